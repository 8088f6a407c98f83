"""Identifiers and secrets of one scope, found again wherever they recur verbatim.

A password, phone number or card found once in a trace is still that secret when the trace repeats it
where no rule would see it: the assistant echoing "I've set your password to X", a tool result quoting
the number back, a later message with no cue. Each found value is kept per scope and every standalone
occurrence of it in the scope's texts is redacted as the same entity.
"""

from __future__ import annotations

import re

# Shorter values recur by chance ("2024", "admin"); digit-only ones (years, counts) need more.
_MIN_CHARS = 6
_MIN_DIGITS_ONLY = 7
# Bounds the alternation per scope; a trace with more secrets than this keeps its first ones.
_MAX_VALUES = 500
# Not part of a longer token: "ORD-4821-77" holds no standalone "4821-77".
_BEFORE = r"(?<![\w\-/.#@:=])"
_AFTER = r"(?![\w\-/@])"


class VerbatimValues:
    """Values found in one scope, by entity type."""

    def __init__(self) -> None:
        self._entities: dict[str, str] = {}
        self._pattern: re.Pattern[str] | None = None

    def __bool__(self) -> bool:
        return bool(self._entities)

    def add(self, entity: str, value: str) -> None:
        value = value.strip()
        digits_only = value.isdigit()
        if len(value) < (_MIN_DIGITS_ONLY if digits_only else _MIN_CHARS) or value in self._entities:
            return
        if len(self._entities) < _MAX_VALUES:
            self._entities[value] = entity
            self._pattern = None

    def occurrences(self, text: str) -> list[tuple[int, int, str]]:
        """``(start, end, entity)`` of every standalone occurrence of a kept value in ``text``."""
        if not self._entities:
            return []
        if self._pattern is None:
            longest_first = sorted(self._entities, key=len, reverse=True)
            # The standard library's ``re``: it compiles a long alternation of literals far faster than ``regex``
            # (a trace's first lookup paid about 5 ms for it), and the pattern needs nothing ``re`` lacks.
            self._pattern = re.compile(f"{_BEFORE}(?:{'|'.join(map(re.escape, longest_first))}){_AFTER}")
        return [(m.start(), m.end(), self._entities[m.group()]) for m in self._pattern.finditer(text)]
