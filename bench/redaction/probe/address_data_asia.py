"""Address tables, part 2: Japanese block addresses, Korean road names, Russian/Armenian/Georgian forms."""

from __future__ import annotations

from .address_data import Spec, f

ASIA: dict[str, Spec] = {
    "JP": Spec(
        "ja",
        ("Meguro", "Shibuya", "Jingumae", "Nishi-Shinjuku", "Ebisu", "Kitahama"),
        ("",),
        (
            f("JP", "{n} {s}", "{c}-{b}-{g}"),
            f("JP-chome", "{s} {c}-chōme {n}", "{b}-{g}"),
            f("JP-chome", "{n} {s}", "{c}-chome-{b}-{g}"),
        ),
        (
            "Meguro-ku, Tokyo 153-00##",
            "Shibuya-ku, Tokyo 150-00##",
            "Chuo-ku, Osaka 541-00##",
            "Naka-ku, Nagoya 460-00##",
        ),
    ),
    "JP-kanji": Spec(
        "ja",
        ("神南", "渋谷", "恵比寿", "西新宿", "北浜", "栄"),
        ("",),
        (
            f("JP-kanji", "{s}{n}", "{c}-{b}-{g}"),
            f("JP-kanji", "{s}{c}丁目{n}", "{b}-{g}"),
            f("JP-kanji", "{s}{c}丁目{n}", "{b}番{g}号"),
        ),
        (
            "〒150-00## 東京都渋谷区",
            "〒160-00## 東京都新宿区",
            "〒541-00## 大阪府大阪市中央区",
            "〒460-00## 愛知県名古屋市中区",
        ),
        before=True,
    ),
    "KR": Spec(
        "ko",
        ("Teheran-ro", "Sejong-daero", "Gangnam-daero", "Olympic-ro", "Hakdong-ro", "Dosan-daero"),
        ("",),
        (f("KR", "{n} {s}"), f("KR", "{n}, {s} {k}-gil"), f("KR", "{s} {n}")),
        ("Gangnam-gu, Seoul 06###", "Jung-gu, Seoul 04###", "Haeundae-gu, Busan 48###"),
        hmax=520,
    ),
    "KR-hangul": Spec(
        "ko",
        ("테헤란로", "세종대로", "강남대로", "올림픽로", "도산대로", "학동로"),
        ("",),
        (f("KR-hangul", "{s} {n}"), f("KR-hangul", "{s}{k}길 {n}"), f("KR-hangul", "{s} {n}, {k}층")),
        ("서울특별시 강남구", "서울특별시 중구", "부산광역시 해운대구", "(06###) 서울 강남구"),
        hmax=520,
        before=True,
    ),
    "RU": Spec(
        "ru",
        ("Tverskaya", "Lenina", "Pushkinskaya", "Sadovaya", "Gagarina", "Mira"),
        ("",),
        (f("RU", "ul. {s}, d. {n}, kv. {u}"), f("RU", "ul. {s} {n}-{k}"), f("RU", "{s} St., bldg. {n}, apt. {k}")),
        ("Moscow, 125009", "Saint Petersburg 191186", "Kazan, 4201##", "Novosibirsk 630099"),
        hmax=120,
    ),
    "RU-cyr": Spec(
        "ru",
        ("Тверская", "Ленина", "Пушкинская", "Садовая", "Гагарина", "Мира"),
        ("",),
        (
            f("RU-cyr", "ул. {s}, д. {n}, кв. {u}"),
            f("RU-cyr", "ул. {s}, д. {n}, корп. {k}"),
            f("RU-cyr", "пр-т {s}, {n}"),
        ),
        ("г. Москва, 125009", "г. Санкт-Петербург, 191186", "г. Новосибирск, 630099", "г. Казань, 4201##"),
        hmax=120,
    ),
    "AM": Spec(
        "hy",
        ("Mashtots", "Abovyan", "Tumanyan", "Baghramyan", "Sayat-Nova", "Komitas"),
        ("",),
        (
            f("AM", "{s} Ave {n}, apt. {k}"),
            f("AM", "{n} {s} St"),
            f("AM", "{s} poghots {n}"),
            f("AM", "{s} St. {n}/{k}"),
        ),
        ("Yerevan 0010", "Yerevan, 0002", "Gyumri 3101", "Vanadzor 2001"),
        hmax=90,
    ),
    "GE": Spec(
        "ka",
        ("Rustaveli", "Chavchavadze", "Vazha-Pshavela", "Pekini", "Aghmashenebeli", "Kostava"),
        ("",),
        (
            f("GE", "{s} Ave. {n}"),
            f("GE", "{n} {s} Street"),
            f("GE", "{s} St. {n}", "N{h}"),
            f("GE", "{s} gamziri {n}, apt. {k}"),
        ),
        ("Tbilisi 0179", "Tbilisi, 0108", "Batumi 6010", "Kutaisi 4600"),
        hmax=90,
    ),
}
