"""The language of a case's input, with py3langid (its model ships in the wheel: nothing is downloaded).

Redaction placeholders (``<PERSON_3f9a2c>``) are English-looking tokens in every language, so they are
removed before detection; a text with too few letters left, or whose best language is too uncertain,
has no language (null) rather than a guess.
"""

from __future__ import annotations

import threading
from functools import cache

import regex
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from casegen.cases._placeholders import PLACEHOLDER

_LETTER = regex.compile(r"\p{L}")
MIN_LETTERS = 12
"""Fewer letters than this (after removing placeholders) give no language: "ok" is every language."""
MIN_CONFIDENCE = 0.3
"""Normalized probability below which the best language is not trusted."""


class LanguageDetector:
    """Detects the language of short texts; load once (about half a second), share freely."""

    def __init__(self, min_confidence: float = MIN_CONFIDENCE, min_letters: int = MIN_LETTERS) -> None:
        self._identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        self._lock = threading.Lock()  # the identifier keeps no state per call, but is not documented thread-safe
        self.min_confidence = min_confidence
        self.min_letters = min_letters

    def detect(self, text: str | None) -> str | None:
        """ISO 639-1 code of ``text``'s language, or None when too short or too uncertain."""
        if not text:
            return None
        cleaned = PLACEHOLDER.sub(" ", text)
        if len(_LETTER.findall(cleaned)) < self.min_letters:
            return None
        with self._lock:
            language, confidence = self._identifier.classify(cleaned)
        return str(language) if confidence >= self.min_confidence else None


@cache
def default_detector() -> LanguageDetector:
    """The process-wide detector with default thresholds (loaded on first use)."""
    return LanguageDetector()


def detect_language(text: str | None) -> str | None:
    """:meth:`LanguageDetector.detect` with the process-wide default detector."""
    return default_detector().detect(text)
