"""Dates of birth: a date a birth cue points at, in the same phrase, the answer after a question, a table column.

"DOB: 03/02/1985", "geboren am 9. Juli 1996", "fecha de nacimiento: 15 de septiembre de 1968", "1996 geboren";
"Please tell me your date of birth. It's 2/16/1942" (the answer a sentence or a chat turn later); a column
headed "DOB" or "Birth date". Dates without a birth cue are left alone: order dates, log timestamps and
deadlines carry evaluation value. No birth date lies in the future, and an answer after a question is never
a timestamp with a time of day; an event between cue and date ("DOB verified on", "order from") makes the date
that event's.
"""

from __future__ import annotations

from typing import Any

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers._base import CodeRecognizer, make_result
from redaction.recognizers._birth_beside_kin import dates_after_kin
from redaction.recognizers._birth_by_age import dates_matching_age
from redaction.recognizers._birth_columns import column_dates
from redaction.recognizers._birth_cues import BIRTH_CUE, OTHER_EVENT, asks_for_birth_date, may_hold_birth_cue
from redaction.recognizers._birth_lists import dates_listed_after
from redaction.recognizers._dates import DATE, NOT_AFTER_TOKEN, PARTIAL, could_be_birth_year, dates_between

Span = tuple[int, int]
_TIGHT = 80  # a label's value is on its line, close by
_LOOSE = 260  # an answer comes within a sentence or two, or the next turn
_BEFORE = 60
_EVENT_REACH = 40  # an event word this close before a date makes it that event's date
_LABEL_GAP = regex.compile(
    r"[\s:=\-–—\"'(),|*_#>：]*"
    r"(?:(?i:is|was|am|on|in|at|as|to|the|es|el|en|de|del|ist|der|im|est|c['’]est|le|il|é|è|em|o|era|war|w|:)\s+)*"
    r"(?:은|는|이|가|は|是|为)?[ \t]*"
)
# A new label between cue and date means the date is that label's value ("DOB: n/a\nLast login: <date>").
_NEW_LABEL = regex.compile(r"\n[ \t]*[\p{L} _]{1,24}:[ \t]*\S|\n\s*\n|[;|][ \t]*[\p{L} _]{1,24}:")
_TURNS_CROSSED = regex.compile(r"(?:\n[^\n]*){4}")  # the answer is within the next turn or two
# A label's value is in its sentence; the full stop of a title or an initial ends none ("DOB of Sra. López:").
_ABBREVIATION = r"(?<!\b(?i:mrs?|ms|mx|drs?|dra|prof|sra?|srta|sres|fr|hr|hrn|mme|mlle|sig|dott|ing|lic|st|\p{L}))"
_SENTENCE_BREAK = regex.compile(rf"[?!](?=\s)|{_ABBREVIATION}\.(?=\s+\p{{Lu}})")
# A short sentence that gives the date the one before named: "O correto é", "Es el", "Richtig ist der", "It's",
# "The correct date is", "I entered".
_RESTATED = regex.compile(
    r"\s*(?:(?!(?i:today|hoy|hoje|heute|now|ahora|agora|jetzt)\b)\p{L}+\s+){0,3}"
    r"(?:(?i:é|es|ist|is|era|war|was|lautet|sería|seria|would\s+be)|(?i:it|that)['’]s|(?i:entered|typed|put))\s+"
    r"(?i:(?:el|der|o|a|the|am|on|dia|el\s+día|o\s+dia)\s+)?"
)
_SENTENCE_END = regex.compile(r"[.!?](?=\s|$)|\n")
# After the date: "... 1996 geboren", "2/16/1942 is my date of birth", "1968-09-15 (birth)".
_VERB_CUE = regex.compile(
    r"(?i:born|geb[oa]h?ren|zur\s+welt|nacid[oa]s?|naci[óo]?|nací|nasc(?:id[oa]s?|i|eu)|n[ée]e?|nat[oa]|生まれ"
    r"|年生まれ|年出生|出生|년생|doğumlu\p{L}*)"
)
# ... and "1967年生まれ", "93년생" (Korean years of birth have two digits).
_YEAR_ALONE = regex.compile(
    DATE.pattern + rf"|{NOT_AFTER_TOKEN}(?:19\d\d|20[0-2]\d)(?:(?=年|년)|(?![\w/]|[.\-]\d))|(?<!\d)\d\d(?=년생)",
    regex.IGNORECASE,
)
_LINKING = regex.compile(r"[(=]|(?i:\b(?:is|was|as|es|era|ist|war|é|est)\b)")
# No colon: "Ticket 2024-11-02: My date of birth is ..." opens with a header's date.
_CUE_AFTER_GAP = regex.compile(
    r"[ \t,;()\-–]{0,4}(?:(?i:is|was|as|es|era|ist|war|é|est|=)\s+)?"
    r"(?:(?i:my|his|her|their|the|your|our|ihr|sein|mein|meine|su|mi|minha|meu|ma|mon|la|el|der|die|o|a)\s+)?"
    # "5 de julio de 1984, es cuando nací", "1990, when I was born"
    r"(?:(?i:cuando|quando|when|als)\s+(?:(?i:i|ich|eu|yo|she|he|er|sie|ela|ele)\s+)?(?:(?i:was|wurde|fui)\s+)?)?"
)

_PLACE_GAP = regex.compile(
    _CUE_AFTER_GAP.pattern + r"(?:(?i:in|im|bei|en|em|na|no|à|a)\s+\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)?\s+)?"
)


def _date_in(text: str, start: int, stop: int, *, loose: bool) -> Span | None:
    partial = None
    if not loose:
        # Right after a label, a date without its year ("birthday: March 3rd") or in six or eight digits.
        label_gap = _LABEL_GAP.match(text, start, stop)
        partial = PARTIAL.match(text, label_gap.end() if label_gap else start, stop)
    for date in dates_between(text, start, stop):
        if partial is not None and date.start() >= partial.end():
            break  # the label's own value comes first: "födelsedatum: 580704 / född 1966-01-14"
        gap = text[start : date.start()]
        # An answer may follow a speaker's label ("Customer: it's ..."), a label's value may not.
        crossed = _TURNS_CROSSED.search(gap) if loose else _NEW_LABEL.search(gap) or _crosses_sentence(gap)
        if OTHER_EVENT.search(gap[-_EVENT_REACH:]) or crossed:
            return None
        if not could_be_birth_year(date.group()) or (loose and ":" in date.group()):
            continue  # a deadline, or a log line's timestamp: the answer may still follow
        return date.span()
    return partial.span() if partial is not None else None


def _crosses_sentence(gap: str) -> bool:
    """Whether a sentence ends between cue and date, unless the next one only restates it: "Mein
    Geburtsdatum stimmt nicht. Richtig ist 12.03.1985", "Mi fecha de nacimiento está mal. Es el 12/03/1985"."""
    breaks = list(_SENTENCE_BREAK.finditer(gap))
    return bool(breaks) and (len(breaks) > 1 or _RESTATED.fullmatch(gap, breaks[0].end()) is None)


def date_after_cue(text: str, cue_start: int, cue_end: int) -> Span | None:
    """The date a cue points at: on its line, or after a question within a turn or two."""
    line_end = _line_end(text, cue_end)
    if not text[cue_end:line_end].strip(" \t:=-\"'|*"):
        # The label ends its line ("Date of birth:\n1942-02-16"): the value is on the next line.
        line_end = _line_end(text, line_end + 1)
    found = _date_in(text, cue_end, min(line_end, cue_end + _TIGHT), loose=False)
    if found is not None:
        return found
    if not asks_for_birth_date(_sentence_of(text, cue_start, cue_end)):
        return None
    return _date_in(text, cue_end, min(len(text), cue_end + _LOOSE), loose=True)


def _line_end(text: str, start: int) -> int:
    # Looked for within the window only: a one-line 1 MB JSON dump must not cost a scan per cue.
    end = text.find("\n", start, start + _LOOSE)
    return min(len(text), start + _LOOSE) if end < 0 else end


def _sentence_of(text: str, cue_start: int, cue_end: int) -> str:
    # From before the cue: a cue may hold a full stop itself ("F. nacimiento", "D.O.B. ").
    floor = max(0, cue_start - _LOOSE)
    start = max(text.rfind("\n", floor, cue_start), *(text.rfind(p + " ", floor, cue_start) for p in ".!?"))
    end = _SENTENCE_END.search(text, cue_end, cue_end + _LOOSE)
    return text[max(floor, start + 1) : end.end() if end else min(len(text), cue_end + _LOOSE)]


def _date_before(text: str, cue: regex.Match[str]) -> Span | None:
    """A date right before the cue: "am 9. Juli 1996 geboren", "2/16/1942 is my date of birth", "1942-02-16 (DOB)".

    A label right after a date ("Datum: 01.02.2025 DOB field missing") is no such cue: a noun needs a verb or a
    bracket between them, a participle ("geboren", "born") does not.
    """
    verb = _VERB_CUE.fullmatch(cue.group()) is not None
    # Before a participle a year alone will do: "Ich bin 1972 geboren", "1985 in Köln geboren".
    # (up to the cue's end: "93년생" is read by a lookahead into the cue)
    dates = (_YEAR_ALONE if verb else DATE).finditer(text, max(0, cue.start() - _BEFORE), cue.end())
    for date in dates:
        # A participle may come after the place too: "am 14.03.1987 in Köln geboren".
        gap = (_PLACE_GAP if verb else _CUE_AFTER_GAP).match(text, date.end(), cue.start())
        if gap is None or gap.end() != cue.start():
            continue
        if verb or _LINKING.search(gap.group()):
            return date.span()
    return None


def _next_to(text: str, cue_end: int, date: Span) -> bool:
    gap = _LABEL_GAP.match(text, cue_end, date[0])
    return gap is not None and gap.end() == date[0]


def birth_date_spans(text: str) -> list[Span]:
    """Every date of birth in ``text``, sorted."""
    spans: set[Span] = set()
    for cue in BIRTH_CUE.finditer(text):
        # The date next to the cue: "ordered 2024-05-01, DOB 1942-02-16" (after it), but "am 9. Juli 1996
        # geboren, Bestellung vom 2024-01-03" (before it); after it when both are.
        after, before = date_after_cue(text, cue.start(), cue.end()), _date_before(text, cue)
        found = before if before is not None and (after is None or not _next_to(text, cue.end(), after)) else after
        if found is not None:
            spans.add(found)
            spans.update(dates_listed_after(text, found))
    spans.update(column_dates(text))
    return sorted(spans)


def unanswered_birth_question(text: str) -> bool:
    """Whether ``text`` asks for a date of birth it does not hold: the answer is in the next message."""
    cues = list(BIRTH_CUE.finditer(text)) if may_hold_birth_cue(text) else []
    if not cues:
        return False
    last = cues[-1]
    if date_after_cue(text, last.start(), last.end()) is not None:
        return False
    # A question, or a label left open at the end of the message ("Date of birth:").
    asks = asks_for_birth_date(_sentence_of(text, last.start(), last.end()))
    return asks or not text[last.end() :].strip(" \t\n:=-*")


def answer_date(text: str) -> Span | None:
    """The date that opens an answer (the message after a birth-date question), if it could be one."""
    return _date_in(text, 0, min(len(text), _LOOSE), loose=True)


class DateOfBirthRecognizer(CodeRecognizer):
    """DATE_OF_BIRTH: a date a birth cue points at."""

    ENTITY = "DATE_OF_BIRTH"
    NAME = "DateOfBirthRecognizer"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **_: Any
    ) -> list[RecognizerResult]:
        spans = birth_date_spans(text)
        # "Ana Ruiz age 38 (12.03.1985)": no cue, but the age says which year a birth date has
        # "my mom (12-09-1956)": a relative's birth date beside them
        for span in (*dates_matching_age(text), *dates_after_kin(text)):
            if not any(span[0] < e and s < span[1] for s, e in spans):
                spans.append(span)
        return [make_result(self, self.NAME, self.ENTITY, span, 0.85) for span in spans]


def date_of_birth_recognizer() -> DateOfBirthRecognizer:
    return DateOfBirthRecognizer()
