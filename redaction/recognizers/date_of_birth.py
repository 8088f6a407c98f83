"""Dates of birth, recognised by a cue before the date ("DOB", "born on", "fecha de nacimiento", "geboren am").

Dates without a birth cue are left alone: timestamps and ISO dates carry evaluation value.
"""

from __future__ import annotations

from redaction.recognizers._base import IGNORE_CASE, TracecasePatternRecognizer

_CUES = (
    r"(?:d\.?o\.?b\.?|date[\s_]+of[\s_]+birth|birth[\s_]*date|birthday|born(?:\s+on)?|b\.\s*day"
    r"|fecha\s+de\s+nacimiento|f\.\s*nac\.?|nacid[oa](?:\s+el)?|cumpleaños"
    r"|geburtsdatum|geb\.|geboren(?:\s+am)?|geburtstag)"
)
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
    r"|januar|jänner|februar|märz|mai|juni|juli|oktober|dezember)\.?"
)
_DATE = (
    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"  # 1985-03-02
    r"|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}"  # 03/02/1985, 2.3.85
    rf"|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"  # March 2nd, 1985
    # 2 March 1985, 2 de marzo de 1985
    rf"|\d{{1,2}}(?:st|nd|rd|th|\.)?\s+(?:de\s+|of\s+)?{_MONTHS}(?:\s+de|,)?\s+\d{{4}})"
)
# The cue may be followed by "is", ":", "=", quotes or "el"/"am" before the date.
_GAP = r"[\s:=\"'`\-]{0,6}(?:(?:is|was|es|ist|el|am|on)\s*[:\-]?\s*)?"
_DOB = rf"(?<=\b{_CUES}{_GAP}){_DATE}\b"


def date_of_birth_recognizer() -> TracecasePatternRecognizer:
    return TracecasePatternRecognizer(
        "DATE_OF_BIRTH", [("date after birth cue", _DOB, 0.85)], name="DateOfBirthRecognizer", flags=IGNORE_CASE
    )
