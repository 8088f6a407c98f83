"""A date whose year is the one an age beside it points at: "Ana Ruiz age 38 (12.03.1985)", "38 y/o, DOB
unknown, 1985-03-12", "Kunde, 38 Jahre, 12.03.1985",
"My age is 66 (February 23,1959)".

Records and intake notes give an age and a birth date side by side with no birth cue. A full date on the
same line, within a short reach of the age, is the birth date when its year is the current year minus the
age (two years either way: a trace may be read a while after it was written); a visit, order or incident
date that close to an age's year is rare.
"""

from __future__ import annotations

from datetime import UTC, datetime

import regex

from redaction.recognizers._dates import DATE, year_of

# Age words before the number ("age 38", "edad: 38") and units after it ("38 y/o", "38 Jahre"); the trigger is built
# from the same lists, so it stays a necessary condition of the pattern.
_AGE_WORDS = r"age[ds]?|edad|alter|âge|idade|età|eta|leeftijd|wiek|yaş"
_AGE_UNITS = r"years?(?:[ \t\-]+old)?|y/?o|yrs?(?:[ \t]+old)?|años|jahre|ans|anos|anni|jaar|lat|yaşında"
_AGE = regex.compile(
    rf"(?i:(?<!\p{{L}})(?:{_AGE_WORDS})[ \t]*(?:[:=]|is|was|es|ist)?[ \t]*(?P<before>\d{{1,3}})(?!\d)"
    rf"|(?<![\d.,])(?P<after>\d{{1,3}})[ \t\-]*(?:{_AGE_UNITS})(?!\p{{L}}))"
)
TRIGGER = rf"(?i:(?<!\p{{L}})(?:{_AGE_WORDS})(?!\p{{L}})|\d[ \t\-]*(?:{_AGE_UNITS})(?!\p{{L}}))"
_REACH = 60
_SLACK = 2  # years


def dates_matching_age(text: str) -> list[tuple[int, int]]:
    """Spans of full dates on an age's line, within reach, whose year the age points at."""
    this_year = datetime.now(UTC).year
    spans = []
    for age in _AGE.finditer(text):
        years = int(age.group("before") or age.group("after"))
        if not 0 < years < 120:
            continue
        line_start = text.rfind("\n", 0, age.start()) + 1
        line_end = text.find("\n", age.end())
        line_end = len(text) if line_end < 0 else line_end
        start, end = max(line_start, age.start() - _REACH), min(line_end, age.end() + _REACH)
        for date in DATE.finditer(text, start, end):
            year = year_of(date.group())
            if year is not None and this_year - years - _SLACK <= year <= this_year - years + _SLACK:
                spans.append(date.span())
    return spans
