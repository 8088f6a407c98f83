"""Delimited tables in text: CSV exports, pipe tables, TSV and semicolon pastes from a CRM.

A header row says what each column holds, which nothing in a data row does: ``name,email,phone`` over
``Ana Souza,ana@acme.com,3734112986``. A table is a run of lines with the same number of one delimiter;
its header is the run's first line that is not a Markdown rule. Delimiters inside quoted cells
(``"Av. Corrientes 368, piso 7"``) do not count.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

# A tab or a bar splits a row before a semicolon, and that before a comma: cells hold commas ("Suite 9, 18 …").
_DELIMITERS = ("\t", "|", ";", ",")
_QUOTED = regex.compile(r'"[^"\n]*"')
# One cell delimiter of a table row, of any kind.
CELL_DELIMITER = regex.compile(r"[,;\t|]")
_RULE_LINE = regex.compile(r"^[\s|:\-+]+$")  # the |---|---| under a Markdown header
_MAX_LINES_UP = 50
# A header cell names a column in a few words; a sentence or a link in the "top row" makes the run prose that
# happens to hold one comma per line ("To unsubscribe, visit https://…?id=…" over "Acme Ltd, Customer line …").
_MAX_HEADER_WORDS = 5
_LINK = "://"


def _unquoted(line: str) -> str:
    """The line with the delimiters inside quoted cells blanked: ``"$1,234.56"`` is one cell."""
    return _QUOTED.sub(lambda cell: CELL_DELIMITER.sub(" ", cell.group()), line) if '"' in line else line


def column_header(text: str, start: int) -> str | None:
    """The header cell of the column ``start`` lies in, when it lies in a table row."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = _unquoted(text[line_start : line_end if line_end != -1 else len(text)])
    for delimiter in _DELIMITERS:
        if delimiter in line:
            column = line.count(delimiter, 0, start - line_start)
            header = _header(text, line_start, delimiter, line.count(delimiter))
            if header is not None and column < len(header):
                return header[column]
    return None


def _header(text: str, line_start: int, delimiter: str, width: int) -> list[str] | None:
    """The topmost line above with the same number of delimiters, split into its cells."""
    header = None
    end = line_start - 1
    for _ in range(_MAX_LINES_UP):
        if end <= 0:
            break
        begin = text.rfind("\n", 0, end) + 1
        line = _unquoted(text[begin:end])
        if line.count(delimiter) != width:
            break
        if not _RULE_LINE.match(line):
            header = line
        end = begin - 1
    if header is None:
        return None
    cells = header.split(delimiter)
    if any(len(cell.split()) > _MAX_HEADER_WORDS or _LINK in cell for cell in cells):
        return None
    return cells


def table_cells(text: str) -> Iterator[tuple[str, int, int]]:
    """``(header cell, start, end)`` of every data cell of every table in ``text``, in one pass."""
    header: list[str] | None = None
    shape: tuple[str, int] | None = None
    offset = 0
    for raw in text.split("\n"):
        line = _unquoted(raw)
        row_shape = next(((d, line.count(d)) for d in _DELIMITERS if d in line), None)
        if row_shape is None or row_shape != shape:
            header, shape = (line.split(row_shape[0]) if row_shape else None), row_shape
        elif shape is not None and header is not None and not _RULE_LINE.match(line):
            at = offset
            for name, cell in zip(header, line.split(shape[0]), strict=False):
                yield name, at, at + len(cell)
                at += len(cell) + 1
        offset += len(raw) + 1
