"""Dates of birth as people write them, per language: numeric, spelled-out, ISO, two-digit years."""

from __future__ import annotations

import random

from bench.redaction.corpus.model import Label

from .core import lab

ENTITY = "DATE_OF_BIRTH"
Ymd = tuple[int, int, int]


def _names(text: str) -> list[str]:
    return text.split()


MONTHS: dict[str, list[str]] = {
    "en": _names("January February March April May June July August September October November December"),
    "es": _names("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"),
    "de": _names("Januar Februar März April Mai Juni Juli August September Oktober November Dezember"),
    "fr": _names("janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
    "pt": _names("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"),
    "it": _names("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"),
    "nl": _names("januari februari maart april mei juni juli augustus september oktober november december"),
    "pl": _names("stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"),
    "sv": _names("januari februari mars april maj juni juli augusti september oktober november december"),
    "tr": _names("Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık"),
    "cs": _names("ledna února března dubna května června července srpna září října listopadu prosince"),
}
# Spelled forms: {d} day, {m} month name, {y} year, {M} three-letter English month, {o} English ordinal day.
SPELLED: dict[str, list[str]] = {
    "en": ["{d} {m} {y}", "{m} {d}, {y}", "{o} {m} {y}", "{o} of {m} {y}", "{d}-{M}-{y}", "{M} {d} {y}"],
    "es": ["{d} de {m} de {y}", "{d} {m} {y}"],
    "de": ["{d}. {m} {y}"],
    "fr": ["{d} {m} {y}", "{fd} {m} {y}"],
    "pt": ["{d} de {m} de {y}"],
    "it": ["{d} {m} {y}"],
    "nl": ["{d} {m} {y}"],
    "pl": ["{d} {m} {y}", "{d} {m} {y} r."],
    "sv": ["{d} {m} {y}"],
    "tr": ["{d} {m} {y}"],
    "cs": ["{d}. {m} {y}"],
}
# Numeric forms: {dd}/{mm} zero-padded, {d}/{mo} bare, {y} four digits, {yy} two digits.
NUMERIC: dict[str, list[str]] = {
    "en": ["{mm}/{dd}/{y}", "{mo}/{d}/{y}", "{dd}/{mm}/{y}", "{mo}/{d}/{yy}", "{dd}.{mm}.{y}"],
    "es": ["{dd}/{mm}/{y}", "{d}/{mo}/{y}", "{dd}-{mm}-{y}", "{d}/{mo}/{yy}"],
    "de": ["{dd}.{mm}.{y}", "{d}.{mo}.{y}", "{dd}.{mm}.{yy}"],
    "fr": ["{dd}/{mm}/{y}", "{dd}.{mm}.{y}", "{d}/{mo}/{yy}"],
    "pt": ["{dd}/{mm}/{y}", "{d}/{mo}/{y}", "{dd}-{mm}-{y}"],
    "it": ["{dd}/{mm}/{y}", "{d}/{mo}/{y}", "{dd}-{mm}-{y}"],
    "nl": ["{dd}-{mm}-{y}", "{d}-{mo}-{y}", "{dd}/{mm}/{y}"],
    "pl": ["{dd}.{mm}.{y}", "{dd}-{mm}-{y}"],
    "sv": ["{y}-{mm}-{dd}", "{yy}{mm}{dd}", "{d}/{mo} {y}"],
    "tr": ["{dd}.{mm}.{y}", "{dd}/{mm}/{y}"],
    "cs": ["{d}. {mo}. {y}", "{dd}.{mm}.{y}", "{d}.{mo}.{y}"],
}
CUES: dict[str, list[str]] = {
    "en": ["DOB {v}", "D.O.B.: {v}", "Date of birth: {v}", "born {v}", "I was born on {v}", "birthday {v}", "b. {v}"],
    "es": ["fecha de nacimiento: {v}", "F. nac.: {v}", "nací el {v}", "nacido el {v}", "nacida el {v}"],
    "de": ["geb. {v}", "geboren am {v}", "Geburtsdatum: {v}", "Geb.-Datum {v}", "Geburtstag {v}"],
    "fr": ["né le {v}", "née le {v}", "date de naissance : {v}", "DDN {v}", "Date de naissance: {v}"],
    "pt": ["data de nascimento: {v}", "nascido em {v}", "nasci em {v}", "DN: {v}", "nascida em {v}"],
    "it": ["nato il {v}", "nata il {v}", "data di nascita: {v}", "nato a Bari il {v}"],
    "nl": ["geboren op {v}", "geboortedatum: {v}", "geb. {v}"],
    "pl": ["data urodzenia {v}", "ur. {v}", "urodzony {v}", "urodziłam się {v}", "data ur.: {v}"],
    "sv": ["född {v}", "födelsedatum: {v}", "jag är född {v}"],
    "tr": ["doğum tarihi {v}", "doğum tarihim {v}", "D.T.: {v}", "Doğum tarihi: {v}"],
    "cs": ["datum narození: {v}", "nar. {v}", "narozen {v}", "narozena {v}"],
}
JSON_KEYS = [
    "dob",
    "birthDate",
    "date_of_birth",
    "dateOfBirth",
    "birthday",
    "fecha_nacimiento",
    "geburtsdatum",
    "data_nascimento",
    "dataNascita",
    "date_naissance",
    "geboortedatum",
    "dogum_tarihi",
    "data_urodzenia",
    "bday",
]


def born(rng: random.Random) -> Ymd:
    return rng.randint(1938, 2007), rng.randint(1, 12), rng.randint(1, 28)


def _ordinal(d: int) -> str:
    return f"{d}th" if 10 <= d <= 20 else f"{d}" + {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def write(rng: random.Random, ymd: Ymd, lang: str, form: str = "") -> tuple[str, str]:
    """(the date as written, its form tag: numeric, spelled or iso)."""
    y, m, d = ymd
    lang = lang if lang in MONTHS else "en"
    form = form or rng.choices(["numeric", "spelled", "iso"], [0.55, 0.3, 0.15])[0]
    if form == "iso":
        return f"{y}-{m:02d}-{d:02d}", form
    names = MONTHS[lang]
    month = names[m - 1] if rng.random() < 0.85 or lang != "en" else names[m - 1][:3]
    vals = {
        "d": str(d),
        "dd": f"{d:02d}",
        "mo": str(m),
        "mm": f"{m:02d}",
        "y": str(y),
        "yy": f"{y % 100:02d}",
        "m": month,
        "M": MONTHS["en"][m - 1][:3],
        "o": _ordinal(d),
        "fd": "1er" if d == 1 else str(d),
    }
    pool = SPELLED[lang] if form == "spelled" else NUMERIC[lang]
    return rng.choice(pool).format(**vals), form


def dob(rng: random.Random, ymd: Ymd, lang: str, *tags: str, form: str = "") -> Label:
    value, shape = write(rng, ymd, lang, form)
    return lab(ENTITY, value, lang if lang in MONTHS else "en", shape, *tags)


def cue(rng: random.Random, lang: str) -> str:
    return rng.choice(CUES.get(lang, CUES["en"]))
