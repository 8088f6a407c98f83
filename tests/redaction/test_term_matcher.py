"""The one-pass matcher of known names: whole atoms only, spaces as any run of spaces and commas, longest first."""

from __future__ import annotations

import pytest

from redaction._term_matcher import TermMatcher


@pytest.mark.parametrize(
    ("terms", "text", "expected"),
    [
        (["lan nguyen", "lan"], "nguyen, lan nguyen and lan", ["lan nguyen", "lan"]),
        (["lan nguyen"], "lan,  nguyen", ["lan,  nguyen"]),
        (["o'brien"], "ask o'brien or obrien", ["o'brien"]),
        (["umit.dogan"], "umit.dogan@x and umit dogan", ["umit.dogan"]),
        (["ana"], "anastasia ana_b ana-maria ana.", ["ana", "ana"]),
        (["lan nguyen"], "lan - nguyen", []),
        # A login's number is part of its match; other digits are not a number suffix.
        (["jnwafor", "li"], "jnwafor9 jnwafor12345 jnwaforx li2 x2jnwafor", ["jnwafor9"]),
    ],
)
def test_terms_are_found_as_whole_atoms(terms: list[str], text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in TermMatcher(terms).spans(text)] == expected


def test_every_one_of_many_terms_is_found() -> None:
    # Speed is bench.redaction.memory's to show (a 1 MB table of capitalised words); here: nothing is missed.
    words = [f"w{n}x" for n in range(50_000)]
    text = " ".join(words)
    assert len(TermMatcher(words).spans(text)) == len(words)
