"""The hot-path shortcuts must not change what is found: triggers, NER windows, the content cache."""

from __future__ import annotations

import pytest

from redaction import RedactionConfig, Redactor
from redaction._ner import chunks, model_view

pytestmark = pytest.mark.slow

TEXTS = [
    "Hi, I'm Kwame Mensah. Mail kwame@example.com or call +1 415 555 2671.",
    "Card 4111 1111 1111 1111, SSN 536-90-4399, IBAN DE89 3704 0044 0532 0130 00, from 203.0.113.9.",
    "DOB: 03/02/1985. Ship to 1600 Pennsylvania Avenue NW, Washington, DC 20500.",
    'DB_PASSWORD = "Winter2904$gk"; OPENAI_API_KEY=sk-proj-Zx9QpL2mVb7RtY4nKc8WsA1dFh6JgE3u',
    "Authorization: Bearer ya29.a0AfH6SMBx3kLq9PzX7 and AKIAZ7QW3ERTY5UIOP2A",
    "postgres://admin:S3cr3t!x@db.internal:5432/app and ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8",
    "Geburtsdatum: 27.12.1952, Adresse: Musterstraße 12a. Viele Grüße, Michaele Haase",
    "order ORD-2024-118273 shipped 2024-05-01T12:30:45Z, sku 519-47132-95, v1.2.3",
    "plain lower-case text without anything special",
]


def test_triggers_lose_no_finding() -> None:
    redactor = Redactor(RedactionConfig(cache_size=0))
    analyzer = redactor._analyzer
    with_triggers = analyzer.analyze(TEXTS)
    analyzer._triggers.entities_for = lambda _text: list(analyzer.entities)  # type: ignore[method-assign]
    without = analyzer.analyze(TEXTS)
    assert with_triggers == without
    assert all(found for found in with_triggers[:-2])


def test_cache_serves_repeated_texts_without_new_ner() -> None:
    redactor = Redactor(RedactionConfig())
    text = "Escalation contact: tier-2 lead Rocco Jopich (ext. 4471), rocco@example.org."
    first = redactor.redact_texts([text], scope="a")
    runs, hits = redactor.stats.ner_windows, redactor.stats.cache_hits
    second = redactor.redact_texts([text, text], scope="b")
    assert second == [first[0], first[0]]
    assert redactor.stats.ner_windows == runs and redactor.stats.cache_hits == hits + 1


@pytest.mark.parametrize(
    "text",
    [
        "short text",
        "word " * 1000,  # spaces only
        ("line of a table\n" * 400),  # line breaks
        "Sentence one. " * 300,
        "x" * 5000,  # no cut point at all
    ],
)
def test_chunks_cover_the_text_in_bounded_pieces(text: str) -> None:
    pieces = list(chunks(text, 500))
    assert "".join(piece for _, piece in pieces) == text
    assert all(len(piece) <= 500 for _, piece in pieces)
    assert all(text[offset : offset + len(piece)] == piece for offset, piece in pieces)


def test_chunks_prefer_line_breaks() -> None:
    text = "alpha beta gamma\n" * 100
    assert all(piece.endswith("\n") for _, piece in list(chunks(text, 500))[:-1])


@pytest.mark.parametrize(
    ("chunk", "view"),
    [
        ("CALLER JOHN SMITH GAVE DETAILS\nthanks", "Caller John Smith Gave Details\nthanks"),
        ("Ana wrote back", "Ana wrote back"),
        ("no capitals here", "no capitals here"),
        # A shouted name inside a mixed line; not acronyms, nor words glued to a code.
        ("NEW | PEMBA SHERPA | Laptop | OPEN", "NEW | Pemba Sherpa | Laptop | OPEN"),
        ("use the AWS API KEY now", "use the AWS API KEY now"),
        ("INVOICE NF-e 166.925.693 paid", "INVOICE NF-e 166.925.693 paid"),
        # A dash glued to a capitalised word reads as a space; not a flag, nor a hyphen inside a word.
        ("call her back -Kwame Mensah", "call her back  Kwame Mensah"),
        ("run java -Xmx512m and Ko-Fi", "run java -Xmx512m and Ko-Fi"),
    ],
)
def test_model_view_title_cases_shouting_lines_and_names(chunk: str, view: str) -> None:
    assert model_view(chunk) == view


def test_ner_looks_beyond_name_candidates() -> None:
    """A name NER alone finds, in a sentence with no cue word, is found: NER reads all of the text."""
    redactor = Redactor(RedactionConfig())
    [out] = redactor.redact_texts(["The refund was approved after Kwabena Mensah checked the ledger entries."])
    assert "Kwabena" not in out and "Mensah" not in out
