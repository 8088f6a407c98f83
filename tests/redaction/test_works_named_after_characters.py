"""Films, books, songs and shows named after their characters stay after the noun or shop words that name a work;
a person beside the same words, or a work's words followed by a verb, are still redacted."""

from __future__ import annotations

import pytest

from redaction import Redactor

KEPT = [
    ("I pre-ordered Romeo and Juliet but got it late.", ["Romeo and Juliet"]),
    ("Now streaming: Ted Lasso.", ["Ted Lasso"]),
    ("Have you read the novel Jane Eyre?", ["Jane Eyre"]),
]
GONE = [
    ("the book Maria Lopez recommended is great", ["Maria Lopez"]),
    ("I was watching Maria Lopez play tennis", ["Maria Lopez"]),
    ("reading Priya Sharma's email now", ["Priya", "Sharma"]),
]


@pytest.mark.parametrize(("text", "works"), KEPT)
def test_works_stay(redactor: Redactor, text: str, works: list[str]) -> None:
    [out] = redactor.redact_texts([text])
    assert all(work in out for work in works), out


@pytest.mark.parametrize(("text", "names"), GONE)
def test_people_beside_work_words_go(redactor: Redactor, text: str, names: list[str]) -> None:
    [out] = redactor.redact_texts([text])
    assert not [name for name in names if name in out], out
