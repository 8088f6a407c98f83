"""Things that carry a person's name, and big cities written in their own script, stay; the people beside them go."""

from __future__ import annotations

import pytest

KEPT = [
    "I was treated at Hospital Israelita Albert Einstein last year.",
    "We land at John F. Kennedy International Airport at 6.",
    "Storm Ciarán closed the Brest office; Hurricane Ian hit Florida.",
    "Send the Valentine's Day promo and the Martin Luther King Jr. Day notice.",
    "Transfer from Aeroporto Marco Polo to Stazione Santa Lucia.",
    "She studied at Universitat Pompeu Fabra.",
    "Project Darwin ships next week.",
    "I bought the Canon EOS R6 Mark II last week.",  # a generation after a model code
    "Does Tiffany & Co. ship to Canada?",  # a firm's "& Co."
    "Change at Amsterdam Centraal for Barcelona Sants, then Warszawa Centralna.",  # a city's stations
    "Jeg bor i Oslo, men jobber i Bergen.",  # a Norwegian sentence's first word ("I") is no name
    # A big city in its own script is a place, not a name in a script the English model cannot read.
    "The flight from 上海 to 大阪 was delayed, then I went to 서울.",
    "Hotel in القاهرة booked for two nights, then دبي.",
    "Our office in תל אביב is closing.",
]
NAMED = [
    ("Hospital: Ana Lima, room 12", "Ana Lima"),  # a label, not a hospital's name
    ("The hospital called Maria Lopez yesterday.", "Maria Lopez"),
    ("Maria Lopez's Day off is Friday.", "Maria Lopez"),  # a full name before "Day" is a person's
    ("Please contact 王芳 about the refund.", "王芳"),
    ("Henry VIII had six wives.", "Henry"),
    ("Paris Hilton and Sydney Sweeney were there.", "Paris Hilton"),  # first names that are cities too
    ("Ticket from Γιώργος Παπαδόπουλος about the invoice.", "Γιώργος Παπαδόπουλος"),
]


@pytest.mark.parametrize("text", KEPT)
def test_things_named_after_people_and_native_city_names_stay(redactor, text: str) -> None:  # type: ignore[no-untyped-def]
    assert redactor.redact_texts([text], scope="named-things") == [text]


@pytest.mark.parametrize(("text", "name"), NAMED)
def test_people_beside_such_nouns_still_go(redactor, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    [out] = redactor.redact_texts([text], scope=f"named-{name}")
    assert "<PERSON_" in out
    assert not [part for part in name.split() if part in out]
