"""Popular given names and surnames of the world stand for a person alone; inside a thing's name they stay."""

from __future__ import annotations

import pytest

from redaction.recognizers._word_lists import world_names
from redaction.recognizers.world_names import WorldNameRecognizer

pytestmark = pytest.mark.slow

RECOGNIZER = WorldNameRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Can you ask Tenzin to call me back?", ["Tenzin"]),
        ("Oluwaseun called about the refund.", ["Oluwaseun"]),
        ("I will forward it to Kwabena Mensah today.", ["Kwabena Mensah"]),
        ("Thanks, Siobhán. Dmitri will reply.", ["Siobhán", "Dmitri"]),
        ("Dear Nguyet, your order shipped.", ["Nguyet"]),
        ("Okeke confirmed the refund; loop in Papaioannou.", ["Okeke", "Papaioannou"]),  # surnames alone
    ],
)
def test_a_lone_given_name_is_a_person(findings, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert findings(RECOGNIZER, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Jordan 1s and the Alexa speaker are out of stock.",  # article; an assistant
        "Offices in San Jose and Santa Monica close early.",  # a saint's place name
        "Warehouses in East Tenzin and Port Kwabena.",  # a compass point or place word opens a place name
        "Offices in Lawrence and in Lugo, flights to Ivano-Frankivsk and Bobo-Dioulasso.",  # towns, hyphenated cities
        "Date: Thu, 14 Mar 2024 08:12:55 GMT; updated Jan 5; Fecha: jue, 14 de marzo",  # calendar words
        "We use Victoria Metrics for storage.",  # a capitalised common word makes it a product
        "We sell Baby Ruth bars.",
        "Meet me on Tenzin Street, near the Priya Hospital.",  # a street, an institution
        "Ask Claude or Gemini to summarise it; run Jupyter and Django.",  # assistants and tools
        "Prada and Armani lead the show; Bosch makes drills.",  # brands named after people
        "see @Priya and priya_bot in /home/tenzin/",  # handles, identifiers and paths
        "Gift cards never expire. Will you mark it as read?",  # common words are no given names
    ],
)
def test_names_of_things_are_not_people(findings, text: str) -> None:  # type: ignore[no-untyped-def]
    assert findings(RECOGNIZER, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("can u ask tenzin to call me back", ["tenzin"]),
        ("hi this is oluwaseun, kwabena mensah said to write", ["oluwaseun", "kwabena mensah"]),
        # Text that capitalises words does capitalise names: a lower-case word there is a word.
        ("Use the tenzin flag as Priya said.", ["Priya"]),
        # Lower case, but glued to code punctuation: a key, a path, a package.
        ("user_id=tenzin_01 path=/srv/priya/ pkg priya-utils", []),
    ],
)
def test_lower_case_writers_names(findings, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert findings(RECOGNIZER, text) == expected


def test_the_list_holds_world_names_and_no_common_words() -> None:
    names = world_names()
    assert {"priya", "kwabena", "oluwaseun", "tenzin", "siobhan", "okeke", "inoue"} <= names  # accent-folded
    ordinary = {"will", "grace", "mark", "florence", "victoria", "alexa", "claude", "jan", "thu", "julio", "prada"}
    assert not ordinary & names


def test_a_given_name_is_redacted_wherever_the_trace_repeats_it(redactor) -> None:  # type: ignore[no-untyped-def]
    out = redactor.redact_texts(["Please ask Tenzin about the invoice.", "tenzin said it was paid"], scope="given")
    assert "enzin" not in " ".join(out)
