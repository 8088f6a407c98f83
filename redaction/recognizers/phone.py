"""Phone numbers: a cheap candidate regex, the cues of :mod:`_phone_cues`, the shapes of :mod:`_phone_shapes`.

Presidio's recognizer runs libphonenumber's matcher once per region over the whole text, which
costs more than spaCy NER on AI-span text and misses regions outside its list. Here one regex finds
digit runs shaped like a phone number (country code, trunk ``(0)``, bracketed area code, extension)
and only those are checked. "519-47132-95" (a SKU) is valid somewhere but grouped like no phone
number, so it stays; so does any number right after an id word ("order", "Rechnung", "SKU").
"""

from __future__ import annotations

from typing import Any

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers._base import CodeRecognizer, make_result
from redaction.recognizers._phone_columns import in_phone_column
from redaction.recognizers._phone_cues import cue_after, cue_before, labelled_phone, unit_after
from redaction.recognizers._phone_regions import text_regions
from redaction.recognizers._phone_shapes import REGIONS, is_international, is_phone_number

_GROUP = r"(?:\d{1,14}|\(\d{1,5}(?: \d{1,4})?\))"  # (030), (06 30)
_CANDIDATE = regex.compile(
    r"(?<![\w#/.\-+@]|\d:)"
    # +41 (0) / (+57) / +(371) / 0049
    r"(?:(?:\(\s?\+\d{1,3}\s?\)|\+\s?\(?\d{1,3}\)?|\(?00\d{1,3}\)?)[ \t.\-]?(?:\(0\)[ \t]?)?)?"
    rf"{_GROUP}(?:(?:[ \t]?[.\-/][ \t]?|[ \t]|(?<=\))){_GROUP}){{0,7}}"
    r"(?:[ \t]?,?[ \t]?(?:x|ext\.?|extension|ext[ée]nsi[oó]n|durchwahl|poste|anexo)[ \t]?\d{1,6})?"  # x0135, ext. 204
    r"(?![\w\-]|\.\d|:\d)",
    regex.IGNORECASE,
)

_LIST_SEPARATOR = regex.compile(r"[ \t]/[ \t]")


class PhoneNumberRecognizer(CodeRecognizer):
    """PHONE_NUMBER, by country code, call cue or a shape only phone numbers have."""

    ENTITY = "PHONE_NUMBER"
    NAME = "PhoneNumberRecognizer"
    REGIONS = REGIONS

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **_: Any
    ) -> list[RecognizerResult]:
        results = []
        regions = text_regions(text) if "." in text or "+" in text else ()
        for match in _CANDIDATE.finditer(text):
            span = self._check(text, match.start(), match.group().rstrip(" .-/"), regions)
            if span is not None:
                results.append(span)
                continue
            # "+91 98765 43210 / 0049 30 1234567": a list of numbers the candidate regex ran together.
            offset = match.start()
            for part in _LIST_SEPARATOR.split(match.group()):
                span = self._check(text, offset, part.rstrip(" .-/"), regions) if part else None
                if span is not None:
                    results.append(span)
                offset += len(part) + 3
        return results

    def _check(self, text: str, start: int, candidate: str, regions: tuple[str, ...]) -> RecognizerResult | None:
        end = start + len(candidate)
        if unit_after(text, end):
            return None  # "840 422 902 requests", "45 804 847 USD"
        before = cue_before(text, start)
        if before is False and not candidate.startswith(("+", "(+")):
            return None  # "order 181 591 0054", "Rechnungsnummer 8421-071023"
        has_context = bool(before) or cue_after(text, end)
        labelled = bool(before) and labelled_phone(text, start)
        if before is None and not has_context:
            # name,email,phone / Ana,ana@…,3734112986
            has_context = labelled = in_phone_column(text, start)
        if not is_phone_number(candidate, has_context, labelled, regions):
            return None
        score = 0.9 if has_context or is_international(candidate) else 0.7
        return make_result(self, self.NAME, self.ENTITY, (start, end), score)
