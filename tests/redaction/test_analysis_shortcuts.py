"""The hot-path shortcuts must not change what is found: triggers, NER windows, the content cache."""

from __future__ import annotations

import pytest

from redaction import RedactionConfig, Redactor
from redaction._ner import windows

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
    ("text", "windows_text"),
    [
        ("the order shipped yesterday", []),  # no capitalised word
        ("ORD-2024-118273", []),  # a lone token
        ("Refunds are processed within 5-7 business days.", []),  # a sentence's own capital
        ("Use the API and JSON output", []),  # acronyms
        ("we asked Kwame about it and he agreed to wait", ["we asked Kwame about it and"]),
        ("NOTE CALLER JOHN SMITH GAVE DETAILS", ["NOTE CALLER JOHN SMITH GAVE DETAILS"]),
    ],
)
def test_ner_windows(text: str, windows_text: list[str]) -> None:
    assert [text[a:b] for a, b, _ in windows(text)] == windows_text


def test_known_names_need_no_window() -> None:
    text = "Name: Eric George"
    assert windows(text, [(6, 17)]) == []
    assert windows(text) != []
