"""A date of birth restated in another form in the same trace: "User: 05/16/2020" and then "Assistant: Thanks,
I have 16 May 2020. Is that right?", or a form's "DOB: 1975-07-23" beside a letter's "born July 23rd, 1975".

Verbatim repeats are the coreference pass's; here a date of any written form that falls on the same day as a
date of birth found in the scope is that date of birth again. Both readings of a numeric date count ("04/05/1990"
is April or May), and a two-digit year matches its four-digit form ("6-22-96", "22 Jun 1996"). The scope's strings
are read only when it holds a date of birth.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from dateutil import parser as date_parser

from redaction._analysis import Finding, Findings
from redaction.recognizers._dates import DATE

_ENTITY = "DATE_OF_BIRTH"
_SCORE = 0.8
Day = tuple[int, int, int]  # year modulo 100, month, day


def _days(written: str) -> set[Day]:
    """The days ``written`` may name: both orders of a numeric day and month, the year modulo 100."""
    days = set()
    for dayfirst in (False, True):
        try:
            parsed = date_parser.parse(written, dayfirst=dayfirst, fuzzy=True)
        except (ValueError, OverflowError):
            continue  # a month name dateutil does not know ("9. Juli 1996"): no reading
        days.add((parsed.year % 100, parsed.month, parsed.day))
    return days


def add_restated_birth_dates(
    texts: Sequence[str], found: dict[str, Findings | None], allowed: Callable[[str], bool]
) -> dict[str, Findings | None]:
    """``found`` with every other date of the scope's ``texts`` that falls on a found birth date's day."""
    births: set[Day] = set()
    for text in texts:
        for finding in found.get(text) or ():
            if finding.entity_type == _ENTITY and (date := DATE.search(text, finding.start, finding.end)):
                births |= _days(date.group())
    if not births:
        return found
    for text in dict.fromkeys(texts):
        own = found.get(text)
        if own is None:
            continue  # failed closed: nothing of it is written
        extra = [
            Finding(_ENTITY, date.start(), date.end(), _SCORE)
            for date in DATE.finditer(text)
            if not any(f.start < date.end() and date.start() < f.end for f in own)
            and _days(date.group()) & births
            and not allowed(date.group())
        ]
        if extra:
            found[text] = tuple(sorted((*own, *extra), key=lambda f: (f.start, -f.end)))
    return found
