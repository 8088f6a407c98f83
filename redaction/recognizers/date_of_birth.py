"""Dates of birth: the first date after a birth cue, in the same sentence or the answer after it.

"DOB: 03/02/1985", "geboren am 9. Juli 1996", "fecha de nacimiento: 15 de septiembre de 1968", and
"Please tell me your date of birth. It's 2/16/1942": the cue and the date may be a sentence apart,
so the date is looked for in a short window after the cue (never past a blank line or another
``Label:`` line). Dates without a birth cue are left alone: timestamps and ISO dates carry
evaluation value.
"""

from __future__ import annotations

from typing import Any

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers._base import CodeRecognizer, make_result

_CUE = regex.compile(
    r"(?<!\p{L})(?:d\.?o\.?b\.?|date[\s_]+of[\s_]+birth|birth[\s_]*date|birthday|born|b\.\s*day"
    r"|fecha\s+de\s+nacimiento|f\.\s*nac\.?|nacid[oa]|nac[ií]|cumpleaños|edad\s+y\s+fecha"
    r"|geburtsdatum|geb\.|geboren|geburtstag"
    r"|date\s+de\s+naissance|né(?:e)?\s+le|data\s+de\s+nascimento|nascid[oa]|nasci|aniversário"
    r"|data\s+di\s+nascita|nat[oa]\s+il)(?!\p{L})",
    regex.IGNORECASE,
)
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
    r"|januar|jänner|februar|märz|maerz|mai|juni|juli|okt(?:ober)?|dez(?:ember)?"
    r"|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro"
    r"|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre"
    r"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th|\.|º|°)?"
_DATE = regex.compile(
    r"(?<![\d\w])(?:\d{4}([-/.])\d{1,2}\1\d{1,2}"  # 1985-03-02
    r"|\d{1,2}([-/.])\d{1,2}\2\d{2,4}"  # 03/02/1985, 2.3.85
    rf"|{_MONTHS}\s+{_DAY},?\s+\d{{4}}"  # March 2nd, 1985
    rf"|{_DAY}\s*(?:de\s+|of\s+)?{_MONTHS}(?:\s+de|,)?\s+\d{{4}})"  # 2 March 1985, 9. Juli 1996, 2 de marzo de 1985
    r"(?![\d\w])",
    regex.IGNORECASE,
)
_WINDOW = 120
# "Ich bin am 9. Juli 1996 geboren", "1968-09-15 (birth)": the cue right after the date.
_CUE_AFTER = regex.compile(r"[\s,)(]{0,3}(?i:geboren|born|birth|nacimiento|nascimento|naissance)\b")
# The window ends at a blank line or at the next labelled line ("Last login: ...").
_WINDOW_END = regex.compile(r"\n\s*\n|\n[ \t]*[\p{L} _]{1,24}:")


class DateOfBirthRecognizer(CodeRecognizer):
    """DATE_OF_BIRTH: the first date within a short window after a birth cue."""

    ENTITY = "DATE_OF_BIRTH"
    NAME = "DateOfBirthRecognizer"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **_: Any
    ) -> list[RecognizerResult]:
        spans = [date.span() for date in _DATE.finditer(text) if _CUE_AFTER.match(text, date.end())]
        consumed = {end for _, end in spans}  # their cues ("... 1996 geboren") look no further
        for cue in _CUE.finditer(text):
            if any(end <= cue.start() <= end + 4 for end in consumed):
                continue
            found = self._date_after(text, cue.end())
            if found is not None and found not in spans:
                spans.append(found)
        return [make_result(self, self.NAME, self.ENTITY, span, 0.85) for span in sorted(spans)]

    @staticmethod
    def _date_after(text: str, pos: int) -> tuple[int, int] | None:
        stop = min(len(text), pos + _WINDOW)
        boundary = _WINDOW_END.search(text, pos, stop)
        date = _DATE.search(text, pos, boundary.start() if boundary else stop)
        return date.span() if date is not None else None


def date_of_birth_recognizer() -> DateOfBirthRecognizer:
    return DateOfBirthRecognizer()
