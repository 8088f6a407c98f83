"""The known names listed beside a found person are people too; the desks, firms, tools and places of a list, and the
fields of a CSV row, stay."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction._people_in_lists import people_in_lists


def _listed(text: str, person: str) -> list[str]:
    start = text.index(person)
    return [text[s:e] for s, e in people_in_lists(text, [(start, start + len(person))])]


@pytest.mark.parametrize(
    ("text", "person", "listed"),
    [
        # The list's edges: the name that ends the first item, the one that opens the last.
        ("Notes from the call with Lloyds, Eloah Carvalho and Edwards:", "Eloah Carvalho", ["Edwards"]),
        ("Booked a room for Kapoor and Annica Svensson on Thursday.", "Annica Svensson", ["Kapoor"]),
        # Past an item that is no name ("Salesforce", "Thorne" unknown), up to the list's end.
        ("Stakeholders: Moloney, Salesforce, Thorne, Marek and Priya Nair", "Priya Nair", ["Marek", "Moloney"]),
        # Desks, firms and places are no people; an item that is more than a name ends the list.
        ("Notes from the call with Qantas, Giulia and Sales:", "Giulia", []),
        ("Apologies: Gupta, the Web team, Callum", "Callum", []),
        ("Visited Madrid, Priya Nair and Houston", "Priya Nair", []),
        # A CSV row's fields are parted by commas with no space.
        ("Debian Bookworm,Wells Fargo,Gupta,Hamilton", "Wells Fargo", []),
    ],
)
def test_names_beside_a_person(text: str, person: str, listed: list[str]) -> None:
    assert _listed(text, person) == listed


def test_a_long_list_is_read_in_linear_time() -> None:
    text = ", ".join(["Priya Nair", "Gupta"] * 20_000)
    people = [(at, at + len("Priya Nair")) for at in range(0, len(text), len("Priya Nair, Gupta, "))]
    assert len(people_in_lists(text, people)) == 20_000


def test_the_engine_redacts_the_listed_names(redactor: Redactor) -> None:
    [out] = redactor.redact_texts(["Notes from the call with Qantas, Giulia Rossi and Gupta:"])
    assert "Gupta" not in out and "Giulia" not in out and "Qantas" in out, out
