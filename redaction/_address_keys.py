"""Address parts that JSON keys and shapes name: streets without a street key, and places that are never people.

Geocoders and address forms split a street line: ``{"route": "Harbor Way", "street_number": "3845"}``, and
Google's ``address_components`` tag each part: ``{"long_name": "Harbor Way", "types": ["route"]}``. "route",
"road" or "via" alone name API paths and flight legs as often as streets, so they count only beside a house
number or with such a type tag.

A short value under a place key (``{"city": "Austin"}``, ``"locality": "Hamilton"``, ``"ciudad": "Concepción"``)
is the place, whatever names it shares with people: it is kept and not read for names.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import regex

from redaction._key_rules import normalise_key
from redaction.recognizers._name_words import words

_STREET = "STREET_ADDRESS"
# Keys that hold the street's name when the object also holds its house number.
_BESIDE_A_NUMBER = frozenset({"route", "road", "thoroughfare", "via", "rua", "rue", "calle", "straat", "strasse"})
# Address-component type tags whose component is part of a street line.
_STREET_TYPES = frozenset({"route", "street_number", "street_address", "premise", "subpremise"})
_COMPONENT_NAMES = frozenset({"long_name", "short_name", "longname", "shortname", "name", "text"})


def street_keys(value: Mapping[Any, Any], entities: dict[Any, str | None]) -> None:
    """Mark in ``entities`` the keys of ``value`` that hold a street by the object's shape."""
    if _STREET in entities.values():
        for key in value:
            if entities[key] is None and isinstance(key, str) and normalise_key(key) in _BESIDE_A_NUMBER:
                entities[key] = _STREET
    types = value.get("types")
    if isinstance(types, list) and any(isinstance(t, str) and t.lower() in _STREET_TYPES for t in types):
        for key in value:
            if entities[key] is None and isinstance(key, str) and normalise_key(key) in _COMPONENT_NAMES:
                entities[key] = _STREET


# Key words of a place, matched on whole "_" segments ("billing_city", "destination_country", "stadt").
_PLACE_WORDS = words(
    """
    city town village locality municipality county state province region country district suburb neighborhood
    neighbourhood destination ciudad localidad municipio provincia estado pais país stadt ort gemeinde bundesland
    land ville commune région pays cidade città citta comune plaats gemeente provincie miasto województwo
    wojewodztwo sehir şehir ilce ilçe
    """
)
_NOT_PLACE_WORDS = frozenset({"street", "address", "line", "code", "id", "iso", "zip", "postal"})
# A place's name: a few words, no digits, no e-mail or path ("Austin", "Santo André", "St. Louis").
_PLACE_VALUE = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M} .'’\-()]{0,59}")
_MAX_PLACE_WORDS = 5


def is_place_value(key: str, value: str) -> bool:
    """True when ``value`` is a place's name under a place key: kept as it is."""
    segments = key.split("_")
    if _NOT_PLACE_WORDS.intersection(segments) or not _PLACE_WORDS.intersection(segments):
        return False
    return _PLACE_VALUE.fullmatch(value) is not None and len(value.split()) <= _MAX_PLACE_WORDS
