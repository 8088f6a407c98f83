"""The column a value of a SQL ``INSERT`` fills: ``INSERT INTO customers (name, phone) VALUES ('Ana', '919 218 640')``.

A database tool's trace holds the statement it ran; its column list says what each value is, as a CSV header does
for its rows. Quoted values may hold commas and doubled quotes; several row tuples may follow one ``VALUES``.
"""

from __future__ import annotations

from functools import lru_cache

import regex

_INSERT = regex.compile(
    r"(?i)\binsert[ \t\n]+(?:(?:ignore|or[ \t]+\w+)[ \t\n]+)?into[ \t\n]+[\w.\"`\[\]]+[ \t\n]*\(([^()]{1,2000})\)"
    r"[ \t\n]*values[ \t\n]*"
)
_VALUE = regex.compile(r"[ \t\n]*(?:'(?:[^']|'')*'|[^,()'\n]*(?:\([^()\n]*\))?[^,()'\n]*)[ \t\n]*")
_BETWEEN_ROWS = regex.compile(r"[ \t\n]*,[ \t\n]*")
_REACH = 8_000
_QUOTES = ' \t\n"`[]'
_INSERT_WORD = regex.compile(r"(?i)insert")


@lru_cache(maxsize=4)
def _holds_insert(text: str) -> bool:
    """Searched once per text, not once per number in it (a str caches its hash, so the lookup is cheap)."""
    return _INSERT_WORD.search(text) is not None


def sql_column(text: str, start: int) -> str | None:
    """The column name of the ``INSERT`` value that ``start`` lies in, or None."""
    if not _holds_insert(text):
        return None
    window = max(0, start - _REACH)
    statements = list(_INSERT.finditer(text, window, start))
    if not statements:
        return None
    statement = statements[-1]  # the nearest before ``start``
    columns = [name.strip(_QUOTES) for name in statement.group(1).split(",")]
    at = statement.end()
    while at <= start and at < len(text) and text[at] == "(":
        at += 1
        for column in range(len(columns)):
            value = _VALUE.match(text, at)
            assert value is not None  # the pattern matches the empty string
            if value.start() <= start < value.end():
                return columns[column]
            at = value.end()
            if at >= len(text) or text[at] != ("," if column < len(columns) - 1 else ")"):
                return None  # not the statement's shape: a row of another width, or no SQL at all
            at += 1
        between = _BETWEEN_ROWS.match(text, at)
        if between is None:
            return None
        at = between.end()
    return None
