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
    r"|fecha\s+de\s+nacimiento|f\.\s*nac\.?|nacid[oa]|cumpleaños"
    r"|geburtsdatum|geb\.|geboren|geburtstag"
    r"|date\s+de\s+naissance|né(?:e)?\s+le|data\s+de\s+nascimento|nascid[oa]|aniversário"
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
# The window ends at a blank line or at the next labelled line ("Last login: ...").
_WINDOW_END = regex.compile(r"\n\s*\n|\n[ \t]*[\p{L} _]{1,24}:")


class DateOfBirthRecognizer(CodeRecognizer):
    """DATE_OF_BIRTH: the first date within a short window after a birth cue."""

    ENTITY = "DATE_OF_BIRTH"
    NAME = "DateOfBirthRecognizer"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **_: Any
    ) -> list[RecognizerResult]:
        results = []
        done = 0
        for cue in _CUE.finditer(text):
            if cue.end() < done:
                continue
            stop = min(len(text), cue.end() + _WINDOW)
            boundary = _WINDOW_END.search(text, cue.end(), stop)
            date = _DATE.search(text, cue.end(), boundary.start() if boundary else stop)
            if date is not None:
                results.append(make_result(self, self.NAME, self.ENTITY, date.span(), 0.85))
                done = date.end()
        return results


def date_of_birth_recognizer() -> DateOfBirthRecognizer:
    return DateOfBirthRecognizer()
