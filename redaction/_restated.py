"""A value found once in a trace, restated there in another form: the same birth date, the same phone number.

Verbatim repeats are the coreference pass's; a reader also writes a value back in their own format. "User: 6-22-96"
and then "Assistant: Thanks, I have 22 Jun 1996"; a tool call's ``"phone": "+1 555-201-4477"`` and the chat's
"5552014477". Each value is reduced to its readings (the days a date may name, the digits a phone number ends
in); any other date or digit run of the scope that shares a reading with a found one is that value again. The
scope's strings are read only when it holds such a finding.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass

import regex
from dateutil import parser as date_parser

from redaction._analysis import Finding, Findings
from redaction.recognizers._dates import DATE


@dataclass(frozen=True)
class Restatable:
    """An entity whose values may be written in several forms: where to look for them and how to read them."""

    entity: str
    candidates: regex.Pattern[str]
    readings: Callable[[str], set[Hashable]]
    # Characters every form of a reading holds (a date's two year digits, a number's last two): a string without
    # any of them is skipped unread.
    held: Callable[[Hashable], str]


def _days(written: str) -> set[Hashable]:
    """The days ``written`` may name (year modulo 100, month, day): both orders of a numeric day and month. None
    for a date without its year ("birthday: March 3rd"): dateutil would give it this year's, and this year's
    March 3rd in an order or a log is not the birth date."""
    days: set[Hashable] = set()
    if DATE.search(written) is None:
        return days
    for dayfirst in (False, True):
        try:
            parsed = date_parser.parse(written, dayfirst=dayfirst, fuzzy=True)
        except (ValueError, OverflowError):
            continue  # a month name dateutil does not know ("9. Juli 1996"): no reading
        days.add((parsed.year % 100, parsed.month, parsed.day))
    return days


_LEAST_PHONE_DIGITS = 7
_COMPARED_DIGITS = 9  # a country code or a trunk 0 before them differs between forms: "+49 30 …" and "030 …"


def _phone_ends(written: str) -> set[Hashable]:
    digits = "".join(c for c in written if c.isdigit())
    return {digits[-_COMPARED_DIGITS:]} if len(digits) >= _LEAST_PHONE_DIGITS else set()


RESTATABLE = (
    Restatable("DATE_OF_BIRTH", DATE, _days, lambda day: f"{day[0]:02d}"),  # type: ignore[index]
    Restatable(
        "PHONE_NUMBER",
        regex.compile(r"(?<![\w+.\-])\+?\(?\d[\d \-.()/]{5,18}\d(?![\w]|[.\-]\d)"),
        _phone_ends,
        lambda ends: str(ends)[-2:],
    ),
)
_SCORE = 0.8


def add_restated(
    texts: Sequence[str], found: dict[str, Findings | None], allowed: Callable[[str], bool]
) -> dict[str, Findings | None]:
    """``found`` with every other form, in the scope's ``texts``, of a value found there."""
    for kind in RESTATABLE:
        readings: set[Hashable] = set()
        for text in texts:
            for finding in found.get(text) or ():
                if finding.entity_type == kind.entity:
                    readings |= kind.readings(text[finding.start : finding.end])
        if readings:
            _add_forms(kind, dict.fromkeys(texts), found, readings, allowed)  # each distinct string once
    return found


def _add_forms(
    kind: Restatable,
    texts: Iterable[str],
    found: dict[str, Findings | None],
    readings: set[Hashable],
    allowed: Callable[[str], bool],
) -> None:
    held = {kind.held(reading) for reading in readings}
    for text in texts:
        own = found.get(text)
        if own is None or not any(part in text for part in held):
            continue  # failed closed (nothing of it is written), or no form of the values can be in it
        extra = [
            Finding(kind.entity, match.start(), match.end(), _SCORE)
            for match in kind.candidates.finditer(text)
            if not any(f.start < match.end() and match.start() < f.end for f in own)
            and kind.readings(match.group()) & readings
            and not allowed(match.group())
        ]
        if extra:
            found[text] = tuple(sorted((*own, *extra), key=lambda f: (f.start, -f.end)))
