"""A date of birth written right after a relative: "my mom (12-09-1956) is also travelling", "My spouse: 08/21/72".

Insurance quotes, travel bookings and intake chats list the family with each one's birth date and no birth word.
Only a bracket or a label's colon may stand between the relative and a full date: "my son starts school on
9/1/2025" has words between, and a date in the future is never a birth date.
"""

from __future__ import annotations

import regex

from redaction.recognizers._dates import DATE, could_be_birth_year

_KIN = (
    r"son|daughter|child|kid|baby|wife|husband|spouse|partner|fianc[ée]e?|mom|mum|mother|mama|dad|father|papa|parent"
    r"|sister|brother|sibling|twin|grandma|grandmother|grandpa|grandfather|grandson|granddaughter|grandchild"
    r"|aunt|uncle|nephew|niece|cousin|step(?:son|daughter|mother|father)|dependant|dependent"
)
# The trigger is built from the same words, so it stays a necessary condition of the pattern.
TRIGGER = rf"(?i:(?<!\p{{L}})(?:{_KIN})s?[ \t]*[(:])"
_KIN_BEFORE_DATE = regex.compile(
    rf"(?i:(?<!\p{{L}})(?:my|his|her|our|their|your)[ \t]+(?:[\p{{L}}\-]+[ \t]+){{0,2}}(?:{_KIN})s?)"
    r"[ \t]*(?:\(|:)[ \t]*"
)


def dates_after_kin(text: str) -> list[tuple[int, int]]:
    """Spans of full dates right after a relative, in brackets or after a colon."""
    spans = []
    for kin in _KIN_BEFORE_DATE.finditer(text):
        date = DATE.match(text, kin.end())
        if date is not None and ":" not in date.group() and could_be_birth_year(date.group()):
            spans.append(date.span())
    return spans
