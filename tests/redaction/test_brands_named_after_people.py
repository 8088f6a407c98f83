"""Firms and brands named after people stay; people who share a part of such a name are still redacted."""

from __future__ import annotations

import pytest

from redaction import Redactor

KEPT = [
    ("We bank with Morgan Stanley; the fund is managed by Charles Schwab.", ["Morgan Stanley", "Charles Schwab"]),
    ("He drives an Aston Martin; she has an Alfa Romeo.", ["Aston Martin", "Alfa Romeo"]),
    ("Estée Lauder and Ralph Lauren reported earnings.", ["Estée Lauder", "Ralph Lauren"]),
    ("Shop at Albert Heijn or Massimo Dutti.", ["Albert Heijn", "Massimo Dutti"]),
    ("Our law firm is Baker McKenzie.", ["Baker McKenzie"]),
    ("Try the Marie Callender's pot pie; the Jimmy Choo heels were too small.", ["Marie Callender's", "Jimmy Choo"]),
]
GONE = [
    ("Morgan called about the invoice; Stanley Okafor approved it.", ["Morgan", "Stanley Okafor"]),
    ("Edward Jones and Paul Smith joined the call.", ["Edward Jones", "Paul Smith"]),
    ("Ralph Okonkwo wants the Lauren account reviewed by Ralph.", ["Ralph Okonkwo"]),
]


@pytest.mark.parametrize(("text", "brands"), KEPT)
def test_brands_named_after_people_stay(redactor: Redactor, text: str, brands: list[str]) -> None:
    [out] = redactor.redact_texts([text])
    assert all(brand in out for brand in brands), out


@pytest.mark.parametrize(("text", "names"), GONE)
def test_people_sharing_a_brand_word_go(redactor: Redactor, text: str, names: list[str]) -> None:
    [out] = redactor.redact_texts([text])
    assert not [name for name in names if name in out], out
