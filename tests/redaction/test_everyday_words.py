"""Everyday words of the language a message is written in stay, though each is a popular name somewhere
("Jag", "Kao", "Yeni", "Ben"); the same words in English text, and capitalised names in those languages, go."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.recognizers._everyday_words import everyday_words
from redaction.recognizers._word_lists import is_rare_surname_like

KEPT = [
    ("Jag är född i Malmö och bor nu i Lund, men det är inte så viktigt.", ["Jag", "Lund"]),
    ("Kao što sam rekao, paket nije stigao. Ako možete, pošaljite novi.", ["Kao", "Ako"]),
    ("Merhaba, yeni siparişim gelmedi. Ben çok üzgünüm, lütfen yardım edin.", ["Ben çok üzgünüm"]),
    # Greetings that are names somewhere, opening a message.
    ("Hej Anna, tack för hjälpen", ["Hej "]),
    ("Hei! Tilaus ei ole tullut", ["Hei!"]),
]
GONE = [
    ("Ben and Adam approved it.", ["Ben", "Adam"]),
    ("Merhaba, siparişim gelmedi, çok kötü. Ben Yılmaz bey ile konuştum.", ["Yılmaz"]),
    ("Jag pratade med Kwabena Mensah och han sa att det är klart.", ["Kwabena"]),
    ("Hej Anna, tack för hjälpen", ["Anna"]),
    ("Thanks to Hei for the fix", ["Hei"]),
]


@pytest.mark.parametrize(("text", "words"), KEPT)
def test_everyday_words_of_the_text_language_stay(redactor: Redactor, text: str, words: list[str]) -> None:
    [out] = redactor.redact_texts([text])
    assert all(word in out for word in words), out


@pytest.mark.parametrize(("text", "names"), GONE)
def test_names_beside_them_still_go(redactor: Redactor, text: str, names: list[str]) -> None:
    [out] = redactor.redact_texts([text])
    assert not [name for name in names if name in out], out


def test_a_language_needs_two_of_its_own_words() -> None:
    assert "jag" in everyday_words("Jag är född i Malmö och bor i Lund")
    assert everyday_words("Ask Jag about the och-compiler") == frozenset()
    assert everyday_words("Ben and Adam approved it.") == frozenset()


@pytest.mark.parametrize(
    ("word", "surname_like"),
    [("Lowry", True), ("Paxton", True), ("Menzies", True), ("Escalated", False), ("Support", False)],
)
def test_rare_words_without_a_words_ending_may_be_surnames(word: str, surname_like: bool) -> None:
    assert is_rare_surname_like(word) is surname_like
