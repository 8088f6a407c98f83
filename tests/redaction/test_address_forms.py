"""Street addresses and birth dates in forms the world writes them that the first recognizers missed: post-office
boxes in many languages, Indian house-and-locality lines, Turkish neighbourhoods and numbered streets, Belgian
"bus" flats, Austrian doors, Hungarian floors, lower-case lines with their postcode, keys naming a kind of
address; birth cues of more languages. And the look-alikes beside them that must stay."""

from __future__ import annotations

import pytest

from redaction.recognizers.date_of_birth import birth_date_spans
from redaction.recognizers.street_address import street_address_recognizer

STREETS = [
    # Post-office boxes, the box number with them.
    ("send it to Orvel GmbH, Postfach 12 34 56, 6020 Innsbruck.", "Postfach 12 34 56"),
    ("Tondel BV, Postbus 4821, 2511 AB Den Haag", "Postbus 4821"),
    ("Kiral Ltd., P.K. 417, 06420 Çankaya/Ankara", "P.K. 417"),
    ("Vendra S.L., Apartado de Correos 3310, 41080 Sevilla", "Apartado de Correos 3310"),
    ("Caixa Postal 9031, 70040-900 Brasília", "Caixa Postal 9031"),
    ("Olmo SA, Apdo. 77, 29080 Málaga", "Apdo. 77"),
    ("Wrzos sp. z o.o., Skr. poczt. 58, 61-001 Poznań", "Skr. poczt. 58"),
    ("Lumen SARL, Boîte postale 212, 69001 Lyon", "Boîte postale 212"),
    ("SHIP TO:\nTova Lind\nBox 5512\n114 85 Stockholm", "Box 5512"),
    # Indian house numbers, localities and landmarks.
    ("ship to H.No. 8-14-2, Gandhi Nagar, Opp. City Bank, Pune 411001", "H.No. 8-14-2, Gandhi Nagar, Opp. City Bank"),
    ("#42, 3rd Cross, 7th Main, Vasant Colony", "#42, 3rd Cross, 7th Main, Vasant Colony"),
    ("B-217, Sunrise Towers, Ashok Layout", "B-217, Sunrise Towers, Ashok Layout"),
    # Turkish: the neighbourhood first, a numbered street, "No:" and the flat.
    ("adresim Kavak Mah. 2214. Sok. No: 8/3, 34000 Fatih/İstanbul", "Kavak Mah. 2214. Sok. No: 8/3, 34000 Fatih"),
    ("Lale Sokak No: 9 Daire: 4", "Lale Sokak No: 9 Daire: 4"),
    # Russian in Latin letters, house and flat; in English with a building number.
    ("ul. Sadovaya, d. 14, kv. 88", "ul. Sadovaya, d. 14, kv. 88"),
    ("Nevsky St., bldg. 33, apt. 6", "Nevsky St., bldg. 33, apt. 6"),
    # Belgian flats, with a year-like postcode after them; Austrian stair and door; Hungarian floor and door.
    ("oud adres: Lindelei 41 bus 7, 2018 Antwerpen", "Lindelei 41 bus 7, 2018 Antwerpen"),
    ("Achterstraat 12 bus 3 · 3000 Leuven", "Achterstraat 12 bus 3 · 3000 Leuven"),
    ("ich wohne in der Grazer Gasse 14/2/9, 8010 Graz", "Grazer Gasse 14/2/9, 8010 Graz"),
    ("Rákóczi út 18. 3. em. 7., 6720 Szeged", "Rákóczi út 18. 3. em. 7., 6720 Szeged"),
    # Romanian block, stair, floor and flat.
    (
        "Str. Florilor nr. 9, bl. C2, sc. 1, et. 3, ap. 12, 400000 Cluj",
        "Str. Florilor nr. 9, bl. C2, sc. 1, et. 3, ap. 12",
    ),
    # Brazilian "R." with the comma before the number; Italian "dei"; names with an apostrophe.
    ("endereço: R. Quinze de Março, nº 410", "R. Quinze de Março, nº 410"),
    ("spedite a Via dei Tigli 41, int. 6", "Via dei Tigli 41, int. 6"),
    ("Avenida Bernardo O'Connor 88 dpto. 12", "Avenida Bernardo O'Connor 88 dpto. 12"),
    # Lower case, trusted by the postcode and city after it.
    ("bitte an am lindenhof 27, 2. og, 04109 leipzig", "am lindenhof 27, 2. og, 04109 leipzig"),
    ("old: nørregade 14, st. tv., 8000 aarhus c", "nørregade 14, st. tv., 8000 aarhus"),
    ("at unit 12/4 wattle grove, hawthorn", "unit 12/4 wattle grove"),
    # Korean branch roads, romanized roads; a Japanese district before its chōme.
    ("서울특별시 마포구 월드컵로12길 34", "서울특별시 마포구 월드컵로12길 34"),
    ("Yeouidae-ro 24, Yeongdeungpo-gu", "Yeouidae-ro 24"),
    ("Ebisu 2-chōme 14-3", "Ebisu 2-chōme 14-3"),
    ("please ship it to EBISU 6-CHŌME 23-14, CHUO-KU", "EBISU 6-CHŌME 23-14"),
    # Irish estates; Portugal's "n.º" and 4-3 postcode in lower case.
    ("Apartment 13, 161 Seaview Lawn\nCork T12 B3T2", "161 Seaview Lawn"),
    ("mandem para travessa alexandre herculano, n.º 136, 1100-525 lisboa", "travessa alexandre herculano, n.º 136"),
    # In lower case, a street without a type word, with its postcode and a known city (typed without accents).
    ("διεύθυνση αποστολής: tsimiski 73, 546 22 thessaloniki", "tsimiski 73, 546 22 thessaloniki"),
    # A street named by common words ("Cara"), vouched for by a city of two words.
    ("(old: Cara Dušana 15/32, 21000 Novi Sad)", "Cara Dušana 15/32, 21000 Novi Sad"),
    ("Hamazaki poghots 17, Vanadzor", "Hamazaki poghots 17"),
    # A street without a type word after a cue that says an address follows, in many languages.
    ("Please ship the replacement to Trubarjeva 7.", "Trubarjeva 7"),
    ("The courier left it at Meir 50 instead of my flat.", "Meir 50"),
    ("Our new office is at Strøget 12, 2nd floor.", "Strøget 12"),
    ("Meine neue Anschrift lautet Ilica 242.", "Ilica 242"),
    ("Ich wohne jetzt in der Vukovarska 62b.", "Vukovarska 62b"),
    ("Moro na Florida 537 desde março.", "Florida 537"),
    ("Pode entregar em Meir 50?", "Meir 50"),
    ("Lieferung an: Trubarjeva 7", "Trubarjeva 7"),
    # A year-like postcode where its city ends the address; a postcode in brackets
    ("Acme Ltd | Meir 50 | 2000 Antwerpen | +32 3 123 45 67", "Meir 50 | 2000 Antwerpen"),
    ("Return address: Acme Ltd, Meir 50, 2000 Antwerpen", "Meir 50, 2000 Antwerpen"),
    ("The meeting is at Trubarjeva 7 (1000 Ljubljana), third floor.", "Trubarjeva 7 (1000 Ljubljana"),
    # A house on a road known by its number, or on Broadway
    ("We moved to 2101 Highway 61 in March.", "2101 Highway 61"),
    ("Bring it to 2520 Route 9 tomorrow.", "2520 Route 9"),
    ("Our office is at 1600 Broadway, New York, NY 10019", "1600 Broadway, New York, NY 10019"),
    # Taiwan: a road, its section and the number
    ("請寄到台北市信義區信義路五段7號", "台北市信義區信義路五段7號"),
    ("地址：中正路100之2號 3樓", "中正路100之2號 3樓"),
    # A street without a type word where a signature puts the sender's address: a place on the next line or after it.
    ("Best,\nEitan Levi\nRothschild 22\nTel Aviv", "Rothschild 22"),
    ("Thank you,\nNadia\nKalinina 14-27\nMinsk 220012", "Kalinina 14-27"),
    ("Atentamente,\nFelipe Rojas\nGerente\nLos Carrera 455\nConcepción", "Los Carrera 455"),
    ("Regards,\nOksana Bondarenko\nSahaidachnoho 10, Kyiv", "Sahaidachnoho 10, Kyiv"),
    # A house number spanning a range; "send it to" in other languages; Taiwan's romanized form, number first.
    ("Toimitusosoite: Sepänkatu 7-9 B 12, 40100 Jyväskylä", "Sepänkatu 7-9 B 12, 40100 Jyväskylä"),
    ("Lindenstraße 3-5, 10115 Berlin", "Lindenstraße 3-5, 10115 Berlin"),
    ("envíalo a Los Leones 1234, Providencia", "Los Leones 1234"),
    ("mándamelo a Trubarjeva 7 por favor", "Trubarjeva 7"),
    ("Schick es bitte an Meir 50", "Meir 50"),
    ("Ship to 5F., No. 100, Sec. 4, Zhongxiao E. Rd., Da'an Dist.", "5F., No. 100, Sec. 4, Zhongxiao E. Rd."),
    ("No. 12, Ln. 45, Minsheng Rd., Taipei", "No. 12, Ln. 45, Minsheng Rd."),
    # A type-less street with a known city and no postcode; a flat after a street named after a cue.
    ("Customer Ana Lima, Tumanyan 25, Yerevan, called about the delay.", "Tumanyan 25, Yerevan"),
    ("Husova 8, byt 3, Brno", "Husova 8, byt 3, Brno"),
    ("new addr Komitas 49/3 apt 12", "Komitas 49/3 apt 12"),
    # A type-less street with a dwelling after it, no cue and no city.
    ("Customer at Güemes 3950, piso 2 says the parcel never came.", "Güemes 3950, piso 2"),
    ("Kontakt: Ana | Los Leones 1280, depto 502 | 091 555 1234", "Los Leones 1280, depto 502"),
    ("Տիգրան Մեծի 34, բն. 5", "Տիգրան Մեծի 34, բն. 5"),
    # Croatian type words before the name and declined after an adjective.
    ("the courier could not find Obala kneza Branimira 6 yesterday", "Obala kneza Branimira 6"),
    ("Paket je ostao na Jadranskoj aveniji 8 jer nitko nije bio doma.", "Jadranskoj aveniji 8"),
    # Baltic, Azerbaijani and Georgian types after the name; Lithuanian abbreviations after a genitive.
    ("Brīvības iela 55, Rīga", "Brīvības iela 55"),
    ("Narva mnt 7, Tallinn", "Narva mnt 7"),
    ("Customer at Gedimino pr. 9 says", "Gedimino pr. 9"),
    ("Pilies g. 12-3", "Pilies g. 12-3"),
    ("Nizami küç. 12, Bakı", "Nizami küç. 12"),
    ("რუსთაველის გამზირი 12, თბილისი", "რუსთაველის გამზირი 12"),
    # Vietnam: the number first, then the ward or district; Peru's jirón; Bulgaria's quoted names.
    ("Customer at 123 Nguyễn Huệ, Quận 1 says", "123 Nguyễn Huệ"),
    ("Jr. de la Unión 456, Lima", "Jr. de la Unión 456"),
    ("Адрес: ул. «Ленина» 12", "ул. «Ленина» 12"),
    ("Customer at ул. „Витоша“ 15 says", "ул. „Витоша“ 15"),
    # Slavic streets named by an adjective or a genitive alone, without type or city.
    ("Customer at Gundulićeva 7 says the parcel never came.", "Gundulićeva 7"),
    ("Kontakt: Ana | Vukovarska 58 | 091 555 1234", "Vukovarska 58"),
    ("Note: the courier could not find Bana Jelačića 11 yesterday.", "Bana Jelačića 11"),
    ("vul. Hrushevskoho 9 or just Hrushevskoho 9", "Hrushevskoho 9"),
    ("Вулиця: Садова 14", "Садова 14"),
    # Armenian streets after a surname in -yan; the type before a comma and the house number.
    ("Customer at Baghramyan 24 says", "Baghramyan 24"),
    ("Kontakt: Ana | Թումանյան 12 | 091 555 1234", "Թումանյան 12"),
    ("Customer at Abovyan St., 12, apt. 4 says", "Abovyan St., 12, apt. 4"),
    ("Customer at st. Abovyan, 12 says", "st. Abovyan, 12"),
    # Latin America's number sign between a type-less name and its number; an office or house after the number.
    ("Customer at Los Leones N° 1280 says", "Los Leones N° 1280"),
    ("Customer at Güemes 3950, of. 5 says", "Güemes 3950, of. 5"),
]

NOT_STREETS = [
    "see chapter 5, 120 pages and order 12, 80-017 gdańsk",
    "It boils down to 12 place settings.",
    "Issue #3, Fix Layout. Step 3, Page Layout.",
    "sent via email 2 times, 10 route changes",
    "Route 66 Diner, Gate 12, Room 305, 3 main points, take the A1.",
    "Box 3 of 5 is damaged. B.P. 120/80 today.",
    "Python 3, 2024 Release notes",
    "Ship the fix to Windows 11 users first.",
    "Chapter 3, 2024 Edition notes are out.",
    "We sold 2 Route 66 signs; the 1 Broadway show and Highway 1 traffic.",
    "We shipped the release to Android 14 devices.",
    # A numbered id, stage or product under a signature; a "Word 12" line outside one.
    "Thanks,\nAna\nTicket 48213\nPriority High",
    "Best,\nTom\nWindows 11\nDell Latitude",
    "Cheers,\nRaj\nSprint 14\nPlanning Notes",
    "Agenda\nIntro\nRothschild 22\nTel Aviv",
    "mándalo a Juan 3 veces",
    "Python 3, Berlin edition; Windows 11, Paris office; Gate 12, Frankfurt; Studio 54, New York",
    # English abbreviations after a word that is no Lithuanian genitive; a quarter after a time.
    "Version 2 Release Notes pr. 9, Chapter g. 12",
    "Call me at 5 PM, Q. 3 results are due.",
    # Countries and common words with a Slavic ending; amounts and scores after one.
    "Moldova 2 qualifiers; Sharapova 6-4; the Bratislava 2 office; Husova 12% off; Ostrava 3",
    "Christian 3 and Median 5 in The Guardian 2 article",
    "Meet me on Main St., 12 people are coming. We sold 3 units on Oak Ave., 5 of them returned.",
    "Ticket N° 1280 was closed; Factura N° 2040; Pedido Nº 1280; Build #5521 failed; Order #5512; Room #12",
]


@pytest.mark.parametrize(("text", "street"), STREETS)
def test_street_form(findings, text: str, street: str) -> None:  # type: ignore[no-untyped-def]
    found = findings(street_address_recognizer(), text)
    assert any(street in f for f in found), found


@pytest.mark.parametrize("text", NOT_STREETS)
def test_not_a_street(findings, text: str) -> None:  # type: ignore[no-untyped-def]
    assert findings(street_address_recognizer(), text) == []


def test_keys_naming_a_kind_of_address(redactor) -> None:  # type: ignore[no-untyped-def]
    """A delivery or formatted address is a street; a server's address under a like key is not."""
    record = (
        '{"deliveryAddress": "lale sk. no: 5", "formatted_address": "Dorpstraat, 7, 9000 Gent",'
        ' "server_address": "db 2 primary"}'
    )
    [out] = redactor.redact_texts([record], scope="address-keys")
    assert '"deliveryAddress": "<STREET_ADDRESS_' in out
    assert '"formatted_address": "<STREET_ADDRESS_' in out
    assert '"server_address": "db 2 primary"' in out


BIRTH_DATES = [
    ("Re the form,\nb. 04.11.1983\nRegards", "04.11.1983"),
    ("For the insurance form: b. 3/14/1979 the deadline is later", "3/14/1979"),
    ("nato a Pisa il 12-05-1971", "12-05-1971"),
    ("née à Nantes le 3 mars 1966", "3 mars 1966"),
    ("narozena 7.9.1958", "7.9.1958"),
    ("narozen 14. října 1970", "14. října 1970"),
    ("född 1991-06-30, tack!", "1991-06-30"),
    ("født 22.08.1984", "22.08.1984"),
    ("Jag är född 20/12 1944.", "1944"),  # day/month, then the year after a space
    ('{"dogum_tarihi": "1975-02-19"}', "1975-02-19"),
    ("Robert Givens was born on Jul-13-1955.", "Jul-13-1955"),  # month, day and year between dashes
    ("I was born at 19550713 in Ohio.", "19550713"),
    ("Our records show his date of birth as July 1955.", "July 1955"),
    # Month names and birth words of more languages; Hungary's year-first date with a month name.
    ("Rođen 12. travnja 1987. u Zagrebu", "12. travnja 1987"),
    ("Народився 12 квітня 1987 року", "12 квітня 1987"),
    ("Дата рождения: 3 марта 1979", "3 марта 1979"),
    ("Születési dátum: 1987. április 12.", "1987. április 12"),
    ("Syntymäaika: 12.4.1987", "12.4.1987"),
    ("Ημερομηνία γέννησης: 5 Μαΐου 1990", "5 Μαΐου 1990"),
    ("Tanggal lahir: 17 Agustus 1985", "17 Agustus 1985"),
    ("Датум рођења: 12.04.1985.", "12.04.1985"),  # Serbian label (the trigger reads the cue list itself)
    ("Дата на раждане: 12.04.1985", "12.04.1985"),  # Bulgarian
]


@pytest.mark.parametrize(("text", "date"), BIRTH_DATES)
def test_birth_date_form(redactor, text: str, date: str) -> None:  # type: ignore[no-untyped-def]
    [out] = redactor.redact_texts([text], scope="birth-forms")
    assert date not in out and "<DATE_OF_BIRTH_" in out


def test_a_visit_after_a_birth_date_is_no_birth_date() -> None:
    text = "född 23 maj 1961 mitt besök är 2025-01-08. ordine del 12-03-2024"
    assert [text[a:b] for a, b in birth_date_spans(text)] == ["23 maj 1961"]
