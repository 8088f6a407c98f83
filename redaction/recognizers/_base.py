"""Shared building blocks for tracecase's pattern recognizers."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import regex
from presidio_analyzer import EntityRecognizer, LocalRecognizer, Pattern, PatternRecognizer, RecognizerResult

# Secrets are case-sensitive (``AKIA`` is not ``akia``); cue words opt in to case-insensitivity
# inline with ``(?i:...)``.
CASE_SENSITIVE = regex.MULTILINE | regex.DOTALL
# Scripts whose letters glue to the numbers beside them: written without spaces between words
# ("请拨打132 0442 6430联系我", "090-8488-1987までお願いします"), or Arabic as typed in chat ("رقمي050 533 2721");
# for use inside a character class.
UNSPACED_SCRIPTS = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}\p{Arabic}"
IGNORE_CASE = CASE_SENSITIVE | regex.IGNORECASE


def shannon_entropy(value: str) -> float:
    """Bits per character; random keys score above ~3.5, words and placeholders below."""
    if not value:
        return 0.0
    counts = Counter(value)
    total = len(value)
    return -sum(n / total * math.log2(n / total) for n in counts.values())


def make_result(
    recognizer: EntityRecognizer, name: str, entity: str, span: tuple[int, int], score: float
) -> RecognizerResult:
    """A finding of a hand-written (non-regex) recognizer, tagged like Presidio's own."""
    return RecognizerResult(
        entity_type=entity,
        start=span[0],
        end=span[1],
        score=score,
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
        },
    )


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular-expression source: ``a|b(c|d)`` gives ``a`` and ``b(c|d)``.

    ``regex`` tries a long alternation of unlike branches at every position of a text; as patterns of their
    own, each branch is found from its own first characters (the Greek street forms ran five times faster).
    """
    parts: list[str] = []
    depth, start, in_class, escaped = 0, 0, False, False
    for at, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:at])
            start = at + 1
    parts.append(pattern[start:])
    return parts


class TracecasePatternRecognizer(PatternRecognizer):
    """A :class:`PatternRecognizer` with explicit flags and a ``min_entropy`` guard."""

    def __init__(
        self,
        entity: str,
        patterns: Sequence[tuple[str, str, float]],
        *,
        name: str,
        context: Sequence[str] | None = None,
        flags: int = CASE_SENSITIVE,
        min_entropy: float = 0.0,
    ) -> None:
        super().__init__(
            supported_entity=entity,
            name=name,
            patterns=[Pattern(label, rx, score) for label, rx, score in patterns],
            context=list(context) if context else [],
            global_regex_flags=flags,
        )
        self.min_entropy = min_entropy

    def invalidate_result(self, pattern_text: str) -> bool:
        """Reject low-entropy matches (``xxxxxxxx``, ``changeme``-style placeholders)."""
        return self.min_entropy > 0 and shannon_entropy(pattern_text) < self.min_entropy


class CodeRecognizer(LocalRecognizer):
    """A hand-written recognizer of one entity type: subclasses set ``ENTITY`` and implement ``analyze``.

    It has nothing to load (patterns compile at import), and its Presidio name is its class name.
    """

    ENTITY: str

    def __init__(self) -> None:
        super().__init__(supported_entities=[self.ENTITY], name=type(self).__name__, supported_language="en")

    def load(self) -> None:
        """Nothing to load."""
