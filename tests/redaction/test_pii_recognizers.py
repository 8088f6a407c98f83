"""PII recognizers, table-driven: (text, the substrings that must be found)."""

from __future__ import annotations

import pytest

from redaction.recognizers.date_of_birth import date_of_birth_recognizer
from redaction.recognizers.iban import CaseInsensitiveIbanRecognizer
from redaction.recognizers.payment_card import PaymentCardRecognizer
from redaction.recognizers.person_cues import PersonCueRecognizer
from redaction.recognizers.phone import PhoneNumberRecognizer
from redaction.recognizers.street_address import street_address_recognizer

CASES = [
    # Dates of birth need a birth cue; other dates are evaluation data.
    (date_of_birth_recognizer, "DOB: 03/02/1985", ["03/02/1985"]),
    (date_of_birth_recognizer, "born on March 2nd, 1985 in Accra", ["March 2nd, 1985"]),
    (date_of_birth_recognizer, '"date_of_birth": "1985-03-02"', ["1985-03-02"]),
    (date_of_birth_recognizer, "fecha de nacimiento: 2 de marzo de 1985", ["2 de marzo de 1985"]),
    (date_of_birth_recognizer, "Geburtsdatum: 27.12.1952", ["27.12.1952"]),
    (date_of_birth_recognizer, "created 2024-05-01, shipped 2024-05-03", []),
    (date_of_birth_recognizer, "Knowledge cutoff 2023-10-01", []),
    # The answer may follow in the next sentence; written forms in es/de/pt/fr.
    (date_of_birth_recognizer, "Please tell me your date of birth. It's 2/16/1942", ["2/16/1942"]),
    (date_of_birth_recognizer, "fecha de nacimiento: 15 de septiembre de 1968", ["15 de septiembre de 1968"]),
    (date_of_birth_recognizer, "geboren am 9. Juli 1996 in Köln", ["9. Juli 1996"]),
    (date_of_birth_recognizer, "data de nascimento: 3 de março de 1977", ["3 de março de 1977"]),
    (date_of_birth_recognizer, "née le 12 février 1980", ["12 février 1980"]),
    (date_of_birth_recognizer, "DOB: (unknown)\nLast login: 2024-05-01", []),
    (date_of_birth_recognizer, "my dob is 1990-01-02, and appointment 2024-05-01", ["1990-01-02"]),
    (date_of_birth_recognizer, "Ich bin am 9. Juli 1996 geboren.", ["9. Juli 1996"]),
    (date_of_birth_recognizer, "nací el 15 de septiembre de 1968", ["15 de septiembre de 1968"]),
    (date_of_birth_recognizer, "Meeting on 2024-05-01 about birth certificates", []),
    (date_of_birth_recognizer, "am 9. Juli 1996 geboren, Kundin seit 2020-01-01", ["9. Juli 1996"]),
    # Street lines with the house number, US/UK/DE/ES/FR, any case.
    (
        street_address_recognizer,
        "Ship to 1600 Pennsylvania Avenue NW, Suite 400, Washington, DC 20500.",
        ["1600 Pennsylvania Avenue NW, Suite 400, Washington, DC 20500"],
    ),
    (street_address_recognizer, "I live at 42 Baker Street, London NW1 6XE.", ["42 Baker Street, London NW1 6XE"]),
    (street_address_recognizer, "ADDRESS: 12 KING PATH", ["12 KING PATH"]),
    (street_address_recognizer, "please update my address to 77 montgomery keys", ["77 montgomery keys"]),
    (street_address_recognizer, "Adresse: Witold-Dietz-Straße 5a, Berlin", ["Witold-Dietz-Straße 5a, Berlin"]),
    (street_address_recognizer, "vivo en Rambla de Juana Marín 45, Madrid", ["Rambla de Juana Marín 45, Madrid"]),
    (street_address_recognizer, "12 rue de la Paix", ["12 rue de la Paix"]),
    # What narrows a street line down is taken with it: flat, floor, door, postcode and city.
    (street_address_recognizer, "send it to Hauptstraße 5, 10115 Berlin", ["Hauptstraße 5, 10115 Berlin"]),
    (street_address_recognizer, "Calle Mayor 12, 3º B, 28013 Madrid", ["Calle Mayor 12, 3º B, 28013 Madrid"]),
    (
        street_address_recognizer,
        "Rua Augusta 1500, apto 42, São Paulo - SP, 01304-001",
        ["Rua Augusta 1500, apto 42, São Paulo - SP, 01304-001"],
    ),
    (
        street_address_recognizer,
        "1600 Amphitheatre Pkwy, Mountain View, CA 94043",
        ["1600 Amphitheatre Pkwy, Mountain View, CA 94043"],
    ),
    (street_address_recognizer, "Keizersgracht 123, 1015 CJ Amsterdam", ["Keizersgracht 123, 1015 CJ Amsterdam"]),
    (
        street_address_recognizer,
        "Adres: ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa",
        ["ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa"],
    ),
    (street_address_recognizer, "Václavské náměstí 846/1, 110 00 Praha 1", ["Václavské náměstí 846/1, 110 00 Praha 1"]),
    (street_address_recognizer, "I live at 4-12-8 Jingumae, Shibuya-ku, Tokyo", ["4-12-8 Jingumae, Shibuya-ku, Tokyo"]),
    (street_address_recognizer, "東京都渋谷区神宮前4丁目12-8", ["東京都渋谷区神宮前4丁目12-8"]),
    (street_address_recognizer, "i live at 350 west 57th st", ["350 west 57th st"]),
    (street_address_recognizer, "Version 1-2-3 Alpha and 4-12-8 Sprint Review", []),
    (
        street_address_recognizer,
        "Rua das Flores, 45 - Centro, Curitiba - PR, 80010-000",
        ["Rua das Flores, 45 - Centro, Curitiba - PR, 80010-000"],
    ),
    (
        street_address_recognizer,
        "Cím: Kossuth Lajos utca 12., 1053 Budapest",
        ["Kossuth Lajos utca 12., 1053 Budapest"],
    ),
    (street_address_recognizer, "Adresa: Strada Victoriei nr. 12, București", ["Strada Victoriei nr. 12, București"]),
    (
        street_address_recognizer,
        "Adres: Atatürk Cad. No:12 D:5, 34000 İstanbul",
        ["Atatürk Cad. No:12 D:5, 34000 İstanbul"],
    ),
    (street_address_recognizer, "Адрес: ул. Ленина, д. 12, кв. 5, Москва", ["ул. Ленина, д. 12, кв. 5, Москва"]),
    (street_address_recognizer, "Διεύθυνση: Οδός Ερμού 12, 105 63 Αθήνα", ["Οδός Ερμού 12, 105 63 Αθήνα"]),
    (street_address_recognizer, "주소: 서울특별시 강남구 테헤란로 123", ["서울특별시 강남구 테헤란로 123"]),
    (street_address_recognizer, "地址：北京市海淀区中关村大街1号", ["北京市海淀区中关村大街1号"]),
    (street_address_recognizer, "Address: House 12, Road 5, Dhanmondi", ["House 12, Road 5, Dhanmondi"]),
    (street_address_recognizer, "Home: 221 Rue Saint-Denis, Montréal", ["221 Rue Saint-Denis, Montréal"]),
    (street_address_recognizer, "Address: Calle 93 # 11-27, Bogotá", ["Calle 93 # 11-27, Bogotá"]),
    (
        street_address_recognizer,
        "ship it to 1200 n lake shore dr apt 3c chicago il 60610",
        ["1200 n lake shore dr apt 3c chicago il 60610"],
    ),
    (
        street_address_recognizer,
        "Flat 12B, 14 Marine Drive, Mumbai 400020",
        ["Flat 12B, 14 Marine Drive, Mumbai 400020"],
    ),
    (street_address_recognizer, "Error 404 Not Found, 10115 Berlin", []),
    # The city after a street line is the address's, where the address ends; a sentence after it is not.
    (street_address_recognizer, "Rua das Flores 45, Lisboa", ["Rua das Flores 45, Lisboa"]),
    (street_address_recognizer, "Atatürk Cad. No:12, Kadıköy, İstanbul.", ["Atatürk Cad. No:12, Kadıköy, İstanbul"]),
    (street_address_recognizer, "12 Baker Street, Thanks, Ana", ["12 Baker Street"]),
    (street_address_recognizer, "12 Baker Street, London is where I live", ["12 Baker Street"]),
    (street_address_recognizer, "Karl Johans gate 22, 0159 Oslo", ["Karl Johans gate 22, 0159 Oslo"]),
    (
        street_address_recognizer,
        "Jl. Sudirman No. 45, Jakarta Pusat 10210",
        ["Jl. Sudirman No. 45, Jakarta Pusat 10210"],
    ),
    (street_address_recognizer, "Avenue Louise 54, 1050 Bruxelles", ["Avenue Louise 54, 1050 Bruxelles"]),
    (street_address_recognizer, "Plac Zbawiciela 3, Warszawa", ["Plac Zbawiciela 3, Warszawa"]),
    (street_address_recognizer, "5 Chome-2-1 Ginza, Chuo City, Tokyo", ["5 Chome-2-1 Ginza, Chuo City, Tokyo"]),
    (
        street_address_recognizer,
        "ADDRESS ON FILE: 3949 THOMPSON LIGHTS, MELANIETON. ESCALATED 2024-02-05.",
        ["3949 THOMPSON LIGHTS, MELANIETON"],
    ),
    (street_address_recognizer, "envíelo a Vial Curro Aguiló 12, Toledo", ["Vial Curro Aguiló 12, Toledo"]),
    (street_address_recognizer, "neue adresse: hartungallee 12, berlin", ["hartungallee 12, berlin"]),
    # Lines in one case are read title-cased, for street types no English word shares; a sentence's words stay.
    (
        street_address_recognizer,
        "i live at calle de alcalá 45, 28014 madrid and love it",
        ["calle de alcalá 45, 28014 madrid"],
    ),
    (
        street_address_recognizer,
        "ul. marszałkowska 84/92, 00-514 warszawa",
        ["ul. marszałkowska 84/92, 00-514 warszawa"],
    ),
    (
        street_address_recognizer,
        "MY ADDRESS IS CALLE MAYOR 12, 28013 MADRID PLEASE UPDATE",
        ["CALLE MAYOR 12, 28013 MADRID"],
    ),
    (street_address_recognizer, "tverskaya ulitsa 7, moskva", ["tverskaya ulitsa 7, moskva"]),
    (street_address_recognizer, "sent via email 2 times", []),
    (street_address_recognizer, "explore every avenue for growth in 2024", []),
    (street_address_recognizer, "the main gate 3 is closed", []),
    # The number after an English street type; the flat, block or plot before the street; more street types.
    (street_address_recognizer, "Kenyatta Avenue 45, Nairobi", ["Kenyatta Avenue 45, Nairobi"]),
    (street_address_recognizer, "Wall Street 2024 outlook", []),
    # A street without a type word, only with its postcode and city.
    (street_address_recognizer, "Karlova 25, 110 00 Praha 1", ["Karlova 25, 110 00 Praha 1"]),
    (street_address_recognizer, "Na Příkopě 12, 110 00 Praha", ["Na Příkopě 12, 110 00 Praha"]),
    (street_address_recognizer, "Chapter 5, 120 Pages", []),
    (street_address_recognizer, "Python 3, 2024 Release", []),
    # A Slavic street named by its adjective alone is one (see test_address_forms for the look-alikes that stay).
    (street_address_recognizer, "Karlova 25 is a long street", ["Karlova 25"]),
    (street_address_recognizer, "Kongens Nytorv 3", ["Kongens Nytorv 3"]),
    (street_address_recognizer, "Olsenstien 3, 0150 Oslo", ["Olsenstien 3, 0150 Oslo"]),
    # ... or after a word naming an address, in many languages.
    (street_address_recognizer, "Adresa: Albánská 12, Praha", ["Albánská 12, Praha"]),
    (street_address_recognizer, "Please ship to Storhaugen 7.", ["Storhaugen 7"]),
    (street_address_recognizer, "my address is Abovyan 12, Yerevan", ["Abovyan 12, Yerevan"]),
    (street_address_recognizer, "ship to Windows 11 users", []),
    (street_address_recognizer, "we moved to Python 3 last year", []),
    (street_address_recognizer, "We met on Main Street 5 times", []),
    (street_address_recognizer, "Historic Route 66 trip", []),
    # Cyrillic and Latin Slavic types before or after the name, any case after the unambiguous ones.
    (street_address_recognizer, "пришлите на вул Франка 12 кв 3", ["вул Франка 12 кв 3"]),
    (street_address_recognizer, "Адрес: пр-т Мира, д. 17, кв. 40", ["пр-т Мира, д. 17, кв. 40"]),
    (street_address_recognizer, "Литейный пр-т, д. 9", ["Литейный пр-т, д. 9"]),
    (street_address_recognizer, "Bulevar kralja Petra 14, 21000 Novi Sad", ["Bulevar kralja Petra 14, 21000 Novi Sad"]),
    (street_address_recognizer, "adresa mi je zagrebačka cesta 12/4", ["zagrebačka cesta 12/4"]),
    (street_address_recognizer, "Ulica: Hlavná 12/B", ["Hlavná 12/B"]),
    (street_address_recognizer, "La cesta 3 productos", []),
    (street_address_recognizer, "et al. Smith 2019", []),
    # Hungarian, Romanian, Mexican, Brazilian and Swedish forms.
    (street_address_recognizer, "Petőfi u. 7.", ["Petőfi u. 7"]),
    (street_address_recognizer, "Bd. Eroilor nr. 8, Cluj", ["Bd. Eroilor nr. 8, Cluj"]),
    (street_address_recognizer, "calle morelos #12 col centro", ["calle morelos #12"]),
    (street_address_recognizer, "av insurgentes 300 depto 4", ["av insurgentes 300 depto 4"]),
    (street_address_recognizer, "Rua Barão da Torre, 88", ["Rua Barão da Torre, 88"]),
    (street_address_recognizer, "Kungsportsavenyen 3", ["Kungsportsavenyen 3"]),
    # Flats and floors before the postcode; the city before the postcode; the postcode and city first.
    (
        street_address_recognizer,
        "Dolná 5/A, byt 9, 974 01 Banská Bystrica",
        ["Dolná 5/A, byt 9, 974 01 Banská Bystrica"],
    ),
    (street_address_recognizer, "Meir 78 bus 3\n2000 Antwerpen", ["Meir 78 bus 3\n2000 Antwerpen"]),
    (street_address_recognizer, "Åboulevarden 22, st. th.\n8000 Aarhus C", ["Åboulevarden 22, st. th.\n8000 Aarhus C"]),
    (street_address_recognizer, "Tumanyan 5/1, Yerevan 0001", ["Tumanyan 5/1, Yerevan 0001"]),
    (street_address_recognizer, "51000 Rijeka, Korzo 11/II", ["51000 Rijeka, Korzo 11/II"]),
    (
        street_address_recognizer,
        "3949 THOMPSON LIGHTS, MELANIETON. ESCALATED 2024",
        ["3949 THOMPSON LIGHTS, MELANIETON"],
    ),
    (street_address_recognizer, "Calle 5 de Mayo 34, Int. 2", ["Calle 5 de Mayo 34, Int. 2"]),
    (
        street_address_recognizer,
        "Av. 16 de Septiembre 730, Col. Centro, C.P. 72000, Puebla",
        ["Av. 16 de Septiembre 730, Col. Centro, C.P. 72000, Puebla"],
    ),
    (street_address_recognizer, "Երևան, Աբովյան փող. 12, բն. 34", ["Աբովյան փող. 12, բն. 34"]),
    (street_address_recognizer, "5. května 1640/65, Praha 4", ["5. května 1640/65, Praha 4"]),
    (street_address_recognizer, "konference 12. června 2024", []),
    # Czech and Slovak adjectival and prepositional names; more Norwegian endings.
    (street_address_recognizer, "Bydlím Bělehradská 12.", ["Bělehradská 12"]),
    (street_address_recognizer, "Pod Kalváriou 3", ["Pod Kalváriou 3"]),
    (street_address_recognizer, "Kapitola 3 a Stránka 5", []),
    (street_address_recognizer, "Lindbergjordet 31", ["Lindbergjordet 31"]),
    (street_address_recognizer, "пров. Героїв Крут, 7, Львів", ["пров. Героїв Крут, 7, Львів"]),
    (street_address_recognizer, "Λ. Κηφισίας 44, 115 26 Αθήνα", ["Λ. Κηφισίας 44, 115 26 Αθήνα"]),
    (
        street_address_recognizer,
        "45, Mahatma Gandhi Marg, New Delhi 110001",
        ["45, Mahatma Gandhi Marg, New Delhi 110001"],
    ),
    (
        street_address_recognizer,
        "123 Jalan Bukit Bintang, 55100 Kuala Lumpur",
        ["123 Jalan Bukit Bintang, 55100 Kuala Lumpur"],
    ),
    (street_address_recognizer, "Musterstr. 5\n12345 Berlin", ["Musterstr. 5\n12345 Berlin"]),
    (street_address_recognizer, "Carrer de Mallorca 401, 08013 Barcelona", ["Carrer de Mallorca 401, 08013 Barcelona"]),
    (street_address_recognizer, "Avenida Reforma No. 222, Piso 5", ["Avenida Reforma No. 222, Piso 5"]),
    (street_address_recognizer, "PSC 1234, Box 5678\nAPO AE 12345", ["PSC 1234, Box 5678\nAPO AE 12345"]),
    (street_address_recognizer, "the 3 main points are", []),
    (street_address_recognizer, "version v3.14.28 of Contoso Helpdesk Plus", []),
    (street_address_recognizer, "we ran 5 Star rating jobs during 5 minutes", []),
    # Function words are not street names: "<number> is on its way" is a delivery, not an address.
    (street_address_recognizer, "your refund for Vortex Blender 3000 is on its way.", []),
    (street_address_recognizer, "we have 3 of them by the way", []),
    (street_address_recognizer, "i moved to 221 baker st last week", ["221 baker st"]),
    (street_address_recognizer, "send it to 12 old mill road pls", ["12 old mill road"]),
    # Phone numbers: libphonenumber-valid, grouped like a phone number.
    (PhoneNumberRecognizer, "call (415) 555-2671 now", ["(415) 555-2671"]),
    (PhoneNumberRecognizer, "Teléfono: +34 617 12 42 48", ["+34 617 12 42 48"]),
    (PhoneNumberRecognizer, "ring +4930901820 tomorrow", ["+4930901820"]),
    (PhoneNumberRecognizer, "SKU 519-47132-95", []),
    (PhoneNumberRecognizer, "epoch 1718035200123", []),
    (PhoneNumberRecognizer, "order ORD-2024-118273", []),
    (PhoneNumberRecognizer, "released 2024-05-01 at 12:30", []),
    (PhoneNumberRecognizer, "version 12.14.12", []),
    # Payment cards: Luhn-valid, known issuer prefix, consistent grouping.
    (PaymentCardRecognizer, "card 4111 1111 1111 1111", ["4111 1111 1111 1111"]),
    (PaymentCardRecognizer, "mc 2221-0000-0000-0009", ["2221-0000-0000-0009"]),
    (PaymentCardRecognizer, "amex 3782 822463 10005", ["3782 822463 10005"]),
    (PaymentCardRecognizer, "4111 1111 1111 1112", []),
    (PaymentCardRecognizer, "ts 1718035200123", []),
    (PaymentCardRecognizer, "4111-1111 1111-1111", []),
    # After a card cue, 15-16 digits are a card whatever the prefix or checksum.
    (PaymentCardRecognizer, "my card is 1234 5678 9012 3456", ["1234 5678 9012 3456"]),
    (PaymentCardRecognizer, "tarjeta: 9876-5432-1098-7654", ["9876-5432-1098-7654"]),
    (PaymentCardRecognizer, "Kartennummer 123456789012345", ["123456789012345"]),
    (PaymentCardRecognizer, "Order 1234 5678 9012 3456", []),
    (PaymentCardRecognizer, "card 12345678901234567", []),
    # IBANs in any case, checksum-validated by Presidio; grouped in fours or after a cue, checksum or not.
    (CaseInsensitiveIbanRecognizer, "IBAN DE89 3704 0044 0532 0130 00", ["DE89 3704 0044 0532 0130 00"]),
    (CaseInsensitiveIbanRecognizer, "iban de89370400440532013000", ["de89370400440532013000"]),
    (CaseInsensitiveIbanRecognizer, "DE89 3704 0044 0532 0130 01", ["DE89 3704 0044 0532 0130 01"]),
    (CaseInsensitiveIbanRecognizer, "pay to ro12 brde 0000 1111 2222 3333", ["ro12 brde 0000 1111 2222 3333"]),
    (CaseInsensitiveIbanRecognizer, "my iban is gb12abcd12345612345678.", ["gb12abcd12345612345678"]),
    (CaseInsensitiveIbanRecognizer, "DE89370400440532013001", []),
    (CaseInsensitiveIbanRecognizer, "US12 3456 7890 1234", []),
    (CaseInsensitiveIbanRecognizer, "part AB12 3456 7890", []),
]

PERSON_CASES = [
    ("hi, this is kwame mensah from accra, my order is late", ["kwame mensah"]),
    ("My name is Nguyễn Văn An.", ["Nguyễn Văn An"]),
    ("I'm Kwame, thanks", ["Kwame"]),
    ("Hola, me llamo María José García de la Fuente y necesito ayuda", ["María José García de la Fuente"]),
    ("Guten Tag, ich heiße Jürgen Müller.", ["Jürgen Müller"]),
    ("Sehr geehrte Frau Schneider,", ["Schneider"]),
    ("NOTE: CALLER CORY PENA GAVE SSN 301-69-6748", ["CORY PENA"]),
    ("Best regards,\nSiobhan McCarthy", ["Siobhan McCarthy"]),
    ("Viele Grüße, Michaele Haase", ["Michaele Haase"]),
    ("Dear Dr. Adebayo Okonkwo,", ["Adebayo Okonkwo"]),
    ("my colleague haruto takahashi (h@t.jp) needs access", ["haruto takahashi"]),
    ("Sr. Pérez Gómez llamó ayer", ["Pérez Gómez"]),
    ("Hola Sra. Quispe, su reembolso está listo", ["Quispe"]),
    ("Srta. Mamani no contestó", ["Mamani"]),
    # A dash after another sign-off: mononyms too.
    ("Thanks! -- Priya", ["Priya"]),
    ("Cheers, — Oluwaseun", ["Oluwaseun"]),
    ("all good now. -- tenzin", ["tenzin"]),
    ("Best,\nAiko", ["Aiko"]),
    # near misses
    ("I'm happy with it", []),
    ("This is Kubernetes 1.29 in prod", []),
    ("Hi team,", []),
    ("Hello World!", []),
    ("Thanks, that worked", []),
    ("the user interface is broken", []),
    ("the customer support team", []),
    ("Thanks! -- see you at the sync", []),
    ("a -- b", []),
]


@pytest.mark.parametrize(("factory", "text", "expected"), CASES)
def test_pii_recognizer(findings, factory, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert findings(factory(), text) == expected


@pytest.mark.parametrize(("text", "expected"), PERSON_CASES)
def test_person_cues(findings, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert findings(PersonCueRecognizer(("en", "es", "de")), text) == expected


def test_person_cues_respect_languages(findings) -> None:  # type: ignore[no-untyped-def]
    assert findings(PersonCueRecognizer(("en",)), "me llamo Lucía Pérez") == []


def test_email_validation_never_touches_the_network(findings, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import socket

    from redaction.recognizers import OfflineEmailRecognizer, offline_extractor

    def no_network(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    offline_extractor.cache_clear()
    text = "mail amara@example.co.uk or bad@nowhere.invalidtld"
    assert findings(OfflineEmailRecognizer(), text) == ["amara@example.co.uk"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ping ana.ruiz@support.internal today", ["ana.ruiz@support.internal"]),
        ("qa+1@shop.test, ops@corp.local", ["qa+1@shop.test", "ops@corp.local"]),
        ("owner: j.doe@example.com", ["j.doe@example.com"]),
        ("icon@2x.png and user@host", []),
    ],
)
def test_emails_on_internal_and_test_domains(findings, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    from redaction.recognizers import OfflineEmailRecognizer

    assert findings(OfflineEmailRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bonjour, je m'appelle Amélie Dufour et j'ai un problème", ["Amélie Dufour"]),
        ("Cordialement,\nJean-Luc Moreau", ["Jean-Luc Moreau"]),
        ("meu nome é joão pereira da silva.", ["joão pereira da silva"]),
        ("Mi chiamo Giulia Rossi.", ["Giulia Rossi"]),
        ("Olá, sou a Beatriz Lemos e queria ajuda", ["Beatriz Lemos"]),
        ("Oi, aqui é o Rui Tavares, do suporte", ["Rui Tavares"]),
        ("sou a favor da mudança e quero saber mais", []),
        ("Sou a única titular da conta.", []),
        ("Bonjour à tous,", []),
        ("grazie mille, a presto", []),
    ],
)
def test_person_cues_in_french_portuguese_italian(findings, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert findings(PersonCueRecognizer(("fr", "pt", "it")), text) == expected


def test_person_cues_of_one_language_without_every_cue_kind(findings) -> None:  # type: ignore[no-untyped-def]
    # French has no "weak" cues: the regex must not match an empty cue everywhere.
    assert findings(PersonCueRecognizer(("fr",)), "the build failed again") == []


def test_uuid_groups_are_not_an_iban(findings) -> None:  # type: ignore[no-untyped-def]
    assert findings(CaseInsensitiveIbanRecognizer(), "run 8f4fa5e4-ad08-4a25-9767-c5c3c15a30ce done") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NHS number 9434765919", ["9434765919"]),
        ("nhs: 943 476 5919", ["943 476 5919"]),
        ("Timestamp 1715674375 processed", []),
        ("id 9434765919", []),
    ],
)
def test_unbroken_nhs_numbers_need_a_cue(findings, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    from redaction.recognizers.nhs import GroupedNhsRecognizer

    assert findings(GroupedNhsRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("З повагою,\nОлена", ["Олена"]),
        ("С уважением,\nДмитрий Соколов", ["Дмитрий Соколов"]),
        ("Terveisin,\nAino", ["Aino"]),
        ("Med vennlig hilsen\nOla Nordmann", ["Ola Nordmann"]),
        ("Üdvözlettel,\nKovács Anna", ["Kovács Anna"]),
        ("Saygılarımla,\nEmre", ["Emre"]),
        # Longer sign-offs of the first six languages: the whole closing, then the name.
        ("Saludos cordiales,\nCamila Rojas", ["Camila Rojas"]),
        ("Melhores cumprimentos,\nRui", ["Rui"]),
        ("All the best,\nPriya", ["Priya"]),
        ("Mit besten Grüßen\nJonas", ["Jonas"]),
        # A closing is no sentence's opening; "thanks" words are not sign-offs of these languages.
        ("Спасибо, что написали.", []),
        ("Pozdrawiam serdecznie całą ekipę", []),
    ],
)
def test_sign_offs_of_more_languages(findings, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert findings(PersonCueRecognizer(), text) == expected


def test_sign_offs_respect_languages(findings) -> None:  # type: ignore[no-untyped-def]
    assert findings(PersonCueRecognizer(("en",)), "З повагою,\nОлена") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fwd'd to okafor", ["okafor"]),
        ("blocked on feliciano again", ["feliciano"]),
        ("met with Amani yesterday", ["Amani"]),
        ("Welcome Wei to the team!", ["Wei"]),
        ("Kudos to Wanjiru for closing the deal", ["Wanjiru"]),
        ("shout-out to kwabena for the fix", ["kwabena"]),
        ("Reassigned from Njoroge to Partnerships.", ["Njoroge"]),
        ("blocked on barnes again", ["barnes"]),  # a surname that is a word too
        ("Payment received from Castillo.", ["Castillo"]),
        # Ranks and offices before a surname, a word too; alone or before a noun they stay.
        ("Officer Green wrote it; Sgt. Day filed it; Judge Lane and Pastor Olsen", ["Green", "Day", "Lane", "Olsen"]),
        ("Book a Coach class seat. Officer training starts Monday. Principal component analysis", []),
        # A word after the same verbs is a team, a thing or a greeting's tail.
        ("blocked on review again; waiting on approval; synced with Design", []),
        ("Welcome back everyone! Welcome aboard.", []),
        ("waiting on TKT-48213; escalate to INC0012345; fwd'd to SUP-1234", []),
        ("Thanks to the new cache, latency dropped. Transferred to Billing.", []),
        ("escalating to sales now; hand it over to security", []),
    ],
)
def test_verbs_whose_object_is_a_person(findings, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert findings(PersonCueRecognizer(("en",)), text) == expected
