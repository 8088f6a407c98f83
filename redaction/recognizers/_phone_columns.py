"""Tables whose header names a phone column: CSV exports, pipe tables, TSV pastes from a CRM.

``name,email,phone`` over ``Ana Souza,ana@acme.com,3734112986`` says what the unbroken digit run
is, which nothing in its row does (an order id in the same place looks the same). Only the header
decides: a row beside an e-mail address is no cue, or customer ids and SKUs would go too.
"""

from __future__ import annotations

import regex

_DELIMITERS = (",", ";", "\t", "|")
_PHONE_HEADER = regex.compile(
    r"(?i)^\W*(?:\w+[ _\-])?(?:phone|telephone|tel|mobile|cell|cellphone|fax|whatsapp|msisdn|tel[eé]fono|telefone"
    r"|telefon|handy|mobil|m[oó]vil|celular|portable|t[eé]l[eé]phone|rufnummer|telefonnummer|landline|festnetz|fixo"
    r"|fijo|fixe|fisso|callback|call[ _\-]back)(?:[ _\-]\w+)?\W*$"
)
_RULE_LINE = regex.compile(r"^[\s|:\-+]+$")  # the |---|---| under a Markdown header
_MAX_LINES_UP = 50


def in_phone_column(text: str, start: int) -> bool:
    """True when ``start`` lies in a delimited row whose table header names that column a phone."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    for delimiter in _DELIMITERS:
        if delimiter in line:
            column = text.count(delimiter, line_start, start)
            header = _header(text, line_start, delimiter, line.count(delimiter))
            if header is not None and column < len(header):
                return bool(_PHONE_HEADER.match(header[column]))
    return False


def _header(text: str, line_start: int, delimiter: str, width: int) -> list[str] | None:
    """The topmost line above with the same number of delimiters, split into its cells."""
    header = None
    end = line_start - 1
    for _ in range(_MAX_LINES_UP):
        if end <= 0:
            break
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        if line.count(delimiter) != width:
            break
        if not _RULE_LINE.match(line):
            header = line
        end = begin - 1
    return header.split(delimiter) if header is not None else None
