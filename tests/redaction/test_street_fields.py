"""Streets of more countries, and streets given by the field they fill (labelled lines, table columns)."""

from __future__ import annotations

import pytest

from redaction.recognizers._base import alternatives
from redaction.recognizers.street_address import street_address_recognizer
from redaction.recognizers.street_fields import StreetFieldRecognizer

BY_FORM = [
    # (a prefix letter goes with the street: "from", "to")
    ("היי, החנות עוברת מרח' אלנבי 20 לשדרות ירושלים 9, תל אביב", ["מרח' אלנבי 20", "לשדרות ירושלים 9, תל אביב"]),
    ("כתובת הסניף: רחוב הרצל 26 דירה 8, תל אביב 6423902.", ["רחוב הרצל 26 דירה 8, תל אביב 6423902"]),
    ("Աբովյան փ. 103, Երևան", ["Աբովյան փ. 103, Երևան"]),
    ("se entregará en Perú 283, X5000 Córdoba. Por el feriado", ["Perú 283, X5000 Córdoba"]),
    ("nos mudamos a Bv. Oroño 1169, B7600 Mar del Plata", ["Bv. Oroño 1169, B7600 Mar del Plata"]),
    ("Gorriti 288, PB B, X5000 Córdoba", ["Gorriti 288, PB B, X5000 Córdoba"]),
    ("opsturen naar Grote Markt 12, 4000 Luik?", ["Grote Markt 12, 4000 Luik"]),
    ("een restaurant op Steenweg op Gent 264, 4000 Luik.", ["Steenweg op Gent 264, 4000 Luik"]),
    ("Brasserie — Rue du Marché aux Herbes 69, 9000 Gent", ["Rue du Marché aux Herbes 69, 9000 Gent"]),
    ("u sjedištu na Europska avenija 23, 21000 Split.", ["Europska avenija 23, 21000 Split"]),
    ("Sídlo: Nám. slobody 15, 949 01 Nitra", ["Nám. slobody 15, 949 01 Nitra"]),
    ("pryvezit na prosp. peremohy 32, apt 113", ["prosp. peremohy 32, apt 113"]),
    ("Dinner is at 18/3 The Esplanade, Fortitude Valley", ["18/3 The Esplanade, Fortitude Valley"]),
    ("can u drop the esky at 21 pacific hwy before 6?", ["21 pacific hwy"]),
    ("Herzl St 52, Tel Aviv-Yafo 6578001", ["Herzl St 52, Tel Aviv-Yafo 6578001"]),
    ("entregar en Retorno 14 de Cedros 22, Col. Jardines", ["Retorno 14 de Cedros 22, Col. Jardines"]),
    ("oficina en Periférico Sur 4020", ["Periférico Sur 4020"]),
    ("La Plata, Calle 7 N° 1234", ["Calle 7 N° 1234"]),
    # Russian types transliterated; a city's Gran Vía; a rural address by the road's kilometre
    ("My address is nab. Fontanki, d. 120A, kv. 4", ["nab. Fontanki, d. 120A, kv. 4"]),
    ("Enviadlo a Gran Vía 177, 5º A, por favor.", ["Gran Vía 177, 5º A"]),
    ("Confirma dirección: Carretera de Cádiz, km 60. Se reprograma", ["Carretera de Cádiz, km 60"]),
    ("La Gran Vía 2 horas", []),
    # not a Polish "pl." at a domain's end
    ("wysłano na robert@wp.pl. Zgłoszenie 3479184.", []),
    ("Bureau: Avenue Louise 54/7, 1050 Bruxelles", ["Avenue Louise 54/7, 1050 Bruxelles"]),
    ("Korenmarkt 1, 9000 Gent", ["Korenmarkt 1, 9000 Gent"]),
    ("sídlo: nám. Míru 12, Praha", ["nám. Míru 12, Praha"]),
    ("Jugoslávských partyzánů 1580/3, Praha 6", ["Jugoslávských partyzánů 1580/3, Praha 6"]),
    ("bydlím na adrese Dlouhá 5, Olomouc", ["Dlouhá 5, Olomouc"]),
    ("kurýr to vezl na Bělehradskou 56 místo domů", ["Bělehradskou 56"]),
    ("stavba na pozemku Na Kopci č.p. 123 v obci", ["Na Kopci č.p. 123"]),
    ("výdejní místo na tř. Tomáše Bati 3762 ve Zlíně", ["tř. Tomáše Bati 3762"]),
    ("bývam teraz na ulici 1. mája 16, keby niečo", ["1. mája 16"]),
    ("la fiesta es en 25 de Mayo 350, San Isidro", ["25 de Mayo 350, San Isidro"]),
    ("Pick-up location: Leoforos Posidonos 45, Glyfada.", ["Leoforos Posidonos 45, Glyfada"]),
    ("Το ιατρείο βρίσκεται στην οδ. Τσιμισκή 78.", ["οδ. Τσιμισκή 78"]),
    ("Marko / Put Firula 15, 21000 Split", ["Put Firula 15, 21000 Split"]),
    ("2231;Ante Jurić;Vukovarska bb;Sinj", ["Vukovarska bb"]),
    ("The clinic is at ul. Ružová dolina 27, Bratislava.", ["ul. Ružová dolina 27, Bratislava"]),
    ("Δείτε μας στην Ερμού 25, Αθήνα.", ["Ερμού 25, Αθήνα"]),
    ("meet me at Stadiou 10, Athens", ["Stadiou 10, Athens"]),
    ("Dostava na Vukovarska 58a, Zagreb", ["Vukovarska 58a, Zagreb"]),
    ("вул. Шевченка, буд. 5, кв. 3", ["вул. Шевченка, буд. 5, кв. 3"]),
    ("Lot 12, 7 Gum Tree Rd, Mudgee", ["Lot 12, 7 Gum Tree Rd, Mudgee"]),
    ("Yerevan office: Abovyan str. 12", ["Abovyan str. 12"]),
    # Not streets: a phrase with a number, a Czech "to us", a Dutch market day, a chapter, a date.
    ("Δείτε το Κεφαλαίου 5 και 15 Ιουνίου", []),
    ("Alaska 2024 trip", []),
    ("el 25 de Mayo 2024 cerramos", []),
    ("Put Java 8 on the build server", []),
    ("De Grote Markt is op zaterdag druk", []),
    ("řekněte nám 5 minut předem", []),
]

BY_FIELD = [
    ("Straße: Hauptstr. 5\nPLZ: 10115", ["Hauptstr. 5"]),
    ("Ulica i broj: Vukovarska 62b\nGrad: Zadar", ["Vukovarska 62b"]),
    ("רחוב: קינג ג'ורג' 25\nעיר: ירושלים", ["קינג ג'ורג' 25"]),
    ("customer_id: GR-93584 | street: Mitropoleos 17 | city: Athens", ["Mitropoleos 17"]),
    ("Klant-ID;Naam;Straat + nr;Postcode\nBE-01474;Pieter;Korenmarkt 1;9000", ["Korenmarkt 1"]),
    (
        'ID,Nombre,Domicilio,CP\nAR-57040,Joaquín Sosa,"Av. Corrientes 368, piso 7 dto. B",C1043',
        ["Av. Corrientes 368, piso 7 dto. B"],
    ),
    (
        "account_id\tshipping_street\tshipping_city\nAU-84142\tSuite 9, 18 Adelaide Tce\tBraddon ACT",
        ["Suite 9, 18 Adelaide Tce"],
    ),
    # A table that keeps the street's name and its number apart: both cells.
    (
        "id_client;nom;rue;numero;ville\n90672;Léa Fontaine;Rue du Faubourg Saint-Antoine;135;Bordeaux",
        ["Rue du Faubourg Saint-Antoine", "135"],
    ),
    ("customer_id,street,house_number,city\n76389,Jervois Road,3/129,Wellington", ["Jervois Road", "3/129"]),
    # Not a street: no house number, another kind of address, a column named otherwise, a number of no street.
    ("Address: see below", []),
    ("IP address: 10.0.0.1\nE-mail address: ana2@example.com", []),
    ("Wallet address: 0x52908400098527886E0F7030069857D2E4169EE7", []),
    ("id,name,company\n17,Ana,Acme 2000", []),
    ("sku;numero;price\nX1;135;9.99", []),
]


@pytest.mark.parametrize(("text", "expected"), BY_FORM)
def test_street_forms_of_more_countries(findings, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert findings(street_address_recognizer(), text) == expected


@pytest.mark.parametrize(("text", "expected"), BY_FIELD)
def test_streets_by_the_field_they_fill(findings, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert findings(StreetFieldRecognizer(), text) == expected


def test_a_pattern_splits_into_its_top_level_alternatives() -> None:
    assert alternatives(r"a(?:b|c)|[|x]d|e\|f") == ["a(?:b|c)", "[|x]d", r"e\|f"]
