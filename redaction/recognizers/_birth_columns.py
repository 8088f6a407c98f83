"""Dates in a table column headed by a birth cue: Markdown and pipe tables, CSV/TSV/semicolon exports, and
columns aligned with spaces (a printed data frame, a report).

    | Name     | DOB        |        name,birth_date,city          name       dob
    | Ana Ruiz | 1942-02-16 |        Ana Ruiz,1942-02-16,Lima      Ana Ruiz   1942-02-16
"""

from __future__ import annotations

import regex

from redaction.recognizers._birth_cues import BIRTH_CUE
from redaction.recognizers._dates import DATE, PARTIAL

Span = tuple[int, int]
_DELIMITERS = ("|", "\t", ";", ",")
_ALIGNED = regex.compile(r"\S+(?: \S+)*")  # cells of a space-aligned table: runs split by two or more spaces
_RULE = regex.compile(r"^[\s|:+\-=]*$")  # |---|:---:| or ===== under a header
_MAX_ROWS = 500
_MAX_HEADER_CELL = 32
_MAX_LINE = 2000
_LABEL_EXTRA = 14
_PROSE = regex.compile(r"[.?!]\s|[?!]$|\s(?:is|your|my|es|su|ist|Ihr)\s", regex.IGNORECASE)


def column_dates(text: str) -> list[Span]:
    spans: list[Span] = []
    seen_lines: set[int] = set()
    for cue in BIRTH_CUE.finditer(text):
        line_start = text.rfind("\n", max(0, cue.start() - _MAX_LINE), cue.start()) + 1
        if line_start in seen_lines or cue.start() - line_start >= _MAX_LINE - 1:
            continue  # seen, or no table line: a header is not kilobytes long
        seen_lines.add(line_start)
        line_end = _line_end(text, line_start)
        header = text[line_start:line_end]
        for delimiter in _DELIMITERS:
            if delimiter in header:
                cells = _split(header, delimiter)
                column = _column_of(cells)
                if column is not None:
                    spans.extend(_delimited_column(text, line_end, delimiter, column, len(cells)))
                    break
        else:
            spans.extend(_aligned_column(text, line_start, line_end, cue.start() - line_start))
    return spans


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start, start + _MAX_LINE)
    return min(len(text), start + _MAX_LINE) if end < 0 else end


def _split(line: str, delimiter: str) -> list[tuple[int, str]]:
    cells, offset = [], 0
    for cell in line.split(delimiter):
        cells.append((offset, cell))
        offset += len(cell) + 1
    return cells


def _column_of(cells: list[tuple[int, str]]) -> int | None:
    if any(len(cell.strip()) > _MAX_HEADER_CELL for _, cell in cells):
        return None  # a sentence with commas, not a header
    for index, (_, cell) in enumerate(cells):
        label = cell.strip(" \"'*`_")
        cue = BIRTH_CUE.search(label) if 0 < len(label) <= _MAX_HEADER_CELL else None
        # A header cell is a label ("DOB", "Date of birth (UTC)"), not a sentence that mentions one.
        if cue is not None and len(label) - len(cue.group()) <= _LABEL_EXTRA and not _PROSE.search(label):
            return index
    return None


def _cell_date(text: str, start: int, end: int) -> Span | None:
    date = DATE.search(text, start, end)
    if date is None:  # a partial date ("1942", "19420216") only as the whole cell
        cell = text[start:end]
        offset = len(cell) - len(cell.lstrip(" \"'"))
        date = PARTIAL.fullmatch(text, start + offset, start + len(cell.rstrip(" \"'")))
    return date.span() if date is not None else None


def _rows(text: str, after_header: int) -> list[tuple[int, int]]:
    rows: list[tuple[int, int]] = []
    pos = after_header + 1
    while pos < len(text) and len(rows) < _MAX_ROWS:
        end = _line_end(text, pos)
        line = text[pos:end]
        if not line.strip():
            break
        if not _RULE.match(line):
            rows.append((pos, end))
        pos = end + 1
    return rows


def _delimited_column(text: str, header_end: int, delimiter: str, column: int, width: int) -> list[Span]:
    spans = []
    for start, end in _rows(text, header_end):
        cells = _split(text[start:end], delimiter)
        if len(cells) != width:
            break  # the table ended
        offset, cell = cells[column]
        found = _cell_date(text, start + offset, start + offset + len(cell))
        if found is not None:
            spans.append(found)
    return spans


def _aligned_column(text: str, line_start: int, line_end: int, cue_column: int) -> list[Span]:
    """A column of a space-aligned table: the header has cells two spaces apart, the cue among them."""
    header = text[line_start:line_end]
    cells = [m.span() for m in _ALIGNED.finditer(header)]
    if len(cells) < 2 or "  " not in header or DATE.search(header):
        return []  # not a header row: "DOB:  1942-02-16" is a label and its value
    index = next((i for i, (s, e) in enumerate(cells) if s <= cue_column < e), None)
    if index is None or _column_of([(0, header[cells[index][0] : cells[index][1]])]) is None:
        return []
    left = cells[index - 1][1] + 1 if index > 0 else 0
    right = cells[index + 1][0] - 1 if index + 1 < len(cells) else 10**6
    spans = []
    for start, end in _rows(text, line_end):
        for date in DATE.finditer(text, start + max(0, left - 2), min(end, start + right + 12)):
            if date.start() - start <= cells[index][1] + 2 and date.end() - start >= cells[index][0] - 2:
                spans.append(date.span())
                break
    return spans
