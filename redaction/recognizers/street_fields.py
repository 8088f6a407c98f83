"""Streets given by the field they fill rather than by their form: a labelled line (``Straße: Hauptstr. 5``,
``Ulica i broj: Vukovarska 62b``, ``רחוב: קינג ג'ורג' 25``) or a table column headed as one (``Domicilio``,
``billing_street``, ``Οδός``). CRM exports write the street of any country this way, in forms no street
pattern foresees; the field says what the value is.

A value counts when it holds a word and a house number and reads as no other field (an e-mail address,
a URL, an IP address): ``Address: see below`` and ``IP address: 10.0.0.1`` stay. A table that splits the
street from its number (``rue;numero``, ``street,house_number``) gives both cells without that test: the
header names them.
"""

from __future__ import annotations

from typing import Any

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers._base import CodeRecognizer, make_result
from redaction.recognizers._table_columns import table_cells

# Field names of a street line in CRM exports and forms, in the languages of tracecase's street patterns.
_STREET_FIELD = (
    r"street(?:[ _\-]?(?:address|line|name|(?:and|&|\+)[ _]?(?:house[ _]?)?(?:number|no|nr)))?[ _]?\d?"
    r"|address(?:[ _]?line)?[ _]?\d?|addr[ _]?\d?|straße|strasse|straße[ _]?(?:und|\+|&)[ _]?(?:hausnummer|nr\.?)"
    r"|anschrift|adresse|dirección|direccion|domicilio|calle(?:[ _]y[ _]n[uú]mero)?|endereço|endereco|logradouro"
    r"|morada|indirizzo|adresa|ulica(?:[ _]i[ _]broj)?|ulice(?:[ _]a[ _]číslo)?|utca|cím|osoite|katuosoite"
    r"|gatuadress|gateadresse|vejnavn|straat(?:[ _]?(?:\+|en)[ _]?(?:nr|huisnummer))?"
    r"|rue|adres|улица|вулиця|адреса|адрес|οδός|οδος|διεύθυνση|διευθυνση|רחוב|כתובת|հասցե|փողոց"
)
# A field is a person's or a shipment's street, never an e-mail's, a machine's or a wallet's.
_OTHER_ADDRESS = r"(?:e-?mail|ip|ipv[46]|mac|web|wallet|server|host|btc|eth|contract|memory|return)[ _\-]?"
_HEADER = regex.compile(rf"(?i)^\W*(?!{_OTHER_ADDRESS})(?:(?:\w+[ _\-]){{0,2}})(?:{_STREET_FIELD})\W*$")
# "Street: …", "| Adresse : …", "• Οδός: …" at a line start or after a cell bar; the value runs to the line's end.
_LABELLED = regex.compile(
    rf"(?im)(?:^|\|)[ \t>*\-•#_]*(?!{_OTHER_ADDRESS})(?:(?:\w+[ _\-]){{0,2}})(?:{_STREET_FIELD})"
    r"[ \t]*\**[ \t]*:[ \t]*\**[ \t]*(?P<value>[^\n|\t]+)"
)
# Columns of a table that splits the street line: the street's name alone, and its house number.
_STREET_NAME_HEADER = regex.compile(
    r"(?i)^\W*(?:\w+[ _\-]){0,2}(?:street(?:[ _]?name)?|stra(?:ß|ss)e|calle|rua|rue|straat|ulica|ulice|utca|logradouro"
    r"|vejnavn|gatunamn|katu|οδός|οδος|улица|вулиця)\W*$"
)
_NUMBER_HEADER = regex.compile(
    r"(?i)^\W*(?:(?:house|street|building|civic)[ _\-]?(?:number|no|nr|num)\.?|haus(?:nummer|nr\.?)|huis(?:nummer|nr)"
    r"|n(?:u|ú)mero(?:[ _](?:exterior|casa|civico))?|num(?:ber)?|nr\.?|no\.?|broj|čí?slo|cislo|numer|husnummer|husnr"
    r"|talonumero|αριθμός|номер)\W*$"
)
_SPLIT_NUMBER = regex.compile(r"(?i)\d{1,5}[a-z]?(?:[ ]?[\-/][ ]?\d{1,4}[a-z]?){0,2}|s/n|bb")
_HOUSE_NUMBER = regex.compile(r"(?<![\d.:/\-])\d{1,5}(?:[a-zA-Z\p{Hebrew}\p{Armenian}]|/\d{1,4}[a-zA-Z]?)?(?![\d.:])")
_WORD = regex.compile(r"\p{L}{2,}")
_NOT_A_STREET = regex.compile(r"@|://|www\.|\b\d{1,3}(?:\.\d{1,3}){3}\b|\b0x[0-9a-fA-F]")
_MAX_VALUE = 120
_SCORE = 0.7
_TRIM = " \t\"'*;,"


def _street_value(text: str, start: int, end: int) -> tuple[int, int] | None:
    span = _trimmed(text, start, end)
    if span is None or span[1] - span[0] > _MAX_VALUE:
        return None
    value = text[span[0] : span[1]]
    return span if _WORD.search(value) and _HOUSE_NUMBER.search(value) else None


class StreetFieldRecognizer(CodeRecognizer):
    """STREET_ADDRESS from street fields: labelled lines and table columns."""

    ENTITY = "STREET_ADDRESS"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **_: Any
    ) -> list[RecognizerResult]:
        spans = []
        for match in _LABELLED.finditer(text):
            spans.append(_street_value(text, *match.span("value")))
        if any(d in text for d in ",;\t|"):
            spans += _table_streets(text)
        name = type(self).__name__
        return [make_result(self, name, self.ENTITY, span, _SCORE) for span in spans if span is not None]


def _table_streets(text: str) -> list[tuple[int, int] | None]:
    """Street cells of delimited tables: whole lines under a street header, or a street and its number apart."""
    spans: list[tuple[int, int] | None] = []
    split: dict[int, list[tuple[str, int, int]]] = {}  # line start -> its street-name and number cells
    for header, start, end in table_cells(text):
        if _STREET_NAME_HEADER.match(header) or _NUMBER_HEADER.match(header):
            split.setdefault(text.rfind("\n", 0, start) + 1, []).append((header, start, end))
        elif _HEADER.match(header):
            spans.append(_street_value(text, start, end))
    for cells in split.values():
        streets = [(s, e) for h, s, e in cells if _STREET_NAME_HEADER.match(h) and _WORD.search(text[s:e])]
        numbers = [
            (s, e) for h, s, e in cells if _NUMBER_HEADER.match(h) and _SPLIT_NUMBER.fullmatch(text[s:e].strip())
        ]
        if streets and numbers:
            spans += [_trimmed(text, s, e) for s, e in (*streets, *numbers)]
        else:
            spans += [_street_value(text, s, e) for s, e in streets]
    return spans


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return (start, end) if start < end and not _NOT_A_STREET.search(text[start:end]) else None
