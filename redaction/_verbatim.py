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
# Bounds the values per scope; a trace with more secrets than this keeps its first ones.
_MAX_VALUES = 500
# Not part of a longer token: "ORD-4821-77" holds no standalone "4821-77".
_TOKEN_BEFORE = re.compile(r"[\w\-/.#@:=]")
_TOKEN_AFTER = re.compile(r"[\w\-/@]")


class VerbatimValues:
    """Values found in one scope, by entity type."""

    def __init__(self) -> None:
        self._entities: dict[str, str] = {}

    def __bool__(self) -> bool:
        return bool(self._entities)

    def add(self, entity: str, value: str) -> None:
        value = value.strip()
        digits_only = value.isdigit()
        if len(value) < (_MIN_DIGITS_ONLY if digits_only else _MIN_CHARS) or value in self._entities:
            return
        if len(self._entities) < _MAX_VALUES:
            self._entities[value] = entity

    def occurrences(self, text: str) -> list[tuple[int, int, str]]:
        """``(start, end, entity)`` of every standalone occurrence of a kept value in ``text``.

        Left to right and never overlapping, the longest value where several start at one place: what a
        longest-first alternation of the values finds, without compiling that alternation for every scope
        (about 1.5 ms a trace, more than all the searching).
        """
        longest_at: dict[int, str] = {}
        for value in self._entities:
            for start in _standalone_starts(text, value):
                if len(value) > len(longest_at.get(start, "")):
                    longest_at[start] = value
        found: list[tuple[int, int, str]] = []
        end = 0
        for start in sorted(longest_at):
            if start >= end:
                value = longest_at[start]
                end = start + len(value)
                found.append((start, end, self._entities[value]))
        return found


def _standalone_starts(text: str, value: str) -> list[int]:
    """Where ``value`` occurs in ``text`` as a token of its own (occurrences may overlap)."""
    starts = []
    start = text.find(value)
    while start != -1:
        end = start + len(value)
        if not (start and _TOKEN_BEFORE.match(text, start - 1)) and not _TOKEN_AFTER.match(text, end):
            starts.append(start)
        start = text.find(value, start + 1)
    return starts
