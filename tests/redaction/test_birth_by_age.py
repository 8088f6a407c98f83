"""A full date beside an age whose year the age points at is a birth date; other dates beside an age stay."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from redaction import Redactor

BORN = datetime.now(UTC).year - 38


@pytest.mark.parametrize(
    "text",
    [
        f"Ana Ruiz age 38 (12.03.{BORN})",
        f"Kunde, 38 Jahre, Termin offen, 12.03.{BORN}",
        f"patient: 38 y/o, {BORN}-03-12, allergies none",
        f"38 ans, 12/03/{BORN + 1}",
        f"paziente, eta 38, 12/03/{BORN}",  # the unaccented "età": the trigger shares the pattern's words
    ],
)
def test_date_whose_year_the_age_gives(redactor: Redactor, text: str) -> None:
    [out] = redactor.redact_texts([text])
    assert "<DATE_OF_BIRTH_" in out and str(BORN) not in out and str(BORN + 1) not in out, out


@pytest.mark.parametrize(
    "text",
    [
        f"Visit on {BORN + 30}-03-12, patient age 38",
        "order 12.03.2019, 3 years warranty",
        f"Ana Ruiz age 38\nInvoice date 12.03.{BORN}",  # another line
    ],
)
def test_other_dates_beside_an_age_stay(redactor: Redactor, text: str) -> None:
    [out] = redactor.redact_texts([text])
    assert "<DATE_OF_BIRTH_" not in out, out
