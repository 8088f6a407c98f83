"""A date of birth written beside its person without a label: "Maria Lopez (03/03/1978)", "John Smith, 3 March
1978, 12 Main St", "Patient: Maria Lopez | 1978-03-03 | F", "Jeff Anderson / 10/ 15/ 1965".

Records, rosters and CRM exports put a birth date right after the name. A full date (day, month and year) there,
only a bracket, comma, bar, tab or space between, is taken for one when its year is far enough back for a birth
and no time of day follows: an event's date beside a name has words between ("met John Smith on 03/03/2019") or a
time ("John Smith, 2009-03-03 14:22").
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import regex

from redaction.recognizers._dates import DATE, year_of

_YOUNGEST = 15  # years: a date this recent beside a name is more often an event's
_GAP = regex.compile(r"[ \t]*(?:[,|;(\t][ \t]*|[\-–/][ \t]+)?")
_TIME_AFTER = regex.compile(r"[ \t,]*(?:T|at[ \t]+|um[ \t]+|à[ \t]+|a[ \t]+las[ \t]+)?\d{1,2}[:h]\d\d")


def dates_beside_names(text: str, found: Sequence[tuple[str, int, int]]) -> list[tuple[int, int]]:
    """Spans of birth dates right after the names among ``found`` (entity, start, end) that nothing found covers."""
    latest = datetime.now(UTC).year - _YOUNGEST
    added = []
    for entity, _, name_end in found:
        if entity != "PERSON":
            continue
        gap = _GAP.match(text, name_end)
        date = DATE.match(text, gap.end()) if gap is not None and gap.end() > name_end else None
        if date is None or ":" in date.group() or _TIME_AFTER.match(text, date.end()):
            continue
        year = year_of(date.group())
        if year is None or not 1900 <= year <= latest:
            continue
        if not any(start < date.end() and date.start() < end for _, start, end in found):
            added.append((date.start(), date.end()))
    return added
