"""Phone, card and account numbers read out in words (:mod:`_spoken_digits`): what a voice agent's transcript holds.

A run of three digit words or more that says seven to fifteen digits is a phone number unless an id word comes
first ("your order number is four five six..."); sixteen to nineteen digits, or thirteen to fifteen after a card
cue, a card; nine after a social security cue, an SSN; two spelled letters then twelve digits or more, an IBAN
("A E 5 3, 0 3 5 2, ..."). Digit groups joined by Japanese "の" ("080の4886の2771") are read the same way.
"""

from __future__ import annotations

from typing import Any

import regex
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers._base import make_result
from redaction.recognizers._card_issuers import CARD_CUE
from redaction.recognizers._phone_cues import cue_before
from redaction.recognizers._spoken_digits import NUMBER_WORDS, spoken_runs

_LEAST_WORDS = 3
_LEAST_SINGLES = 7  # "6 7 3 1 3 7 6 9 2": a number read digit by digit
_PHONE_DIGITS = range(7, 16)
_CARD_DIGITS = range(13, 20)
_SSN_CUE = regex.compile(r"(?i:ssn|social(?:[ \t]+security)?|seguro[ \t]+social)(?!\p{L})")
_CUE_REACH = 60
# An IBAN spelled out: its two country letters, one by one, before the digits.
_SPELLED_COUNTRY = regex.compile(r"(?<![\p{L}\d])([A-Z])[ \t,.\-]{1,3}([A-Z])[ \t,.\-]{1,3}(?=\d)")
_LEAST_IBAN_DIGITS = 12
_WORD_GAPS = regex.compile(r"[\s,.\-–—…]+")
_JOINED_BY_NO = regex.compile(r"\d{2,4}の\d{3,4}")


def says_digits_in_words(text: str) -> bool:
    """The engine's trigger: three number words in a row, or digit groups joined by "の" (a word split, not a
    regex: an alternation of every number word tried at every position costs ten times as much)."""
    if "の" in text and _JOINED_BY_NO.search(text):
        return True
    run = 0
    for word in _WORD_GAPS.split(text.casefold()):
        run = run + 1 if word in NUMBER_WORDS else 0
        if run == _LEAST_WORDS:
            return True
    return False


class SpokenNumberRecognizer(LocalRecognizer):
    """PHONE_NUMBER, CREDIT_CARD, US_SSN and IBAN_CODE said in words."""

    NAME = "SpokenNumberRecognizer"
    ENTITIES = ("PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IBAN_CODE")

    def __init__(self) -> None:
        super().__init__(supported_entities=list(self.ENTITIES), name=self.NAME, supported_language="en")

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **_: Any
    ) -> list[RecognizerResult]:
        results = []
        for run in spoken_runs(text):
            country = _SPELLED_COUNTRY.search(text, max(0, run.start - 12), run.start + 1)
            if country is not None and len(run.digits) >= _LEAST_IBAN_DIGITS and "IBAN_CODE" in entities:
                results.append(make_result(self, self.NAME, "IBAN_CODE", (country.start(), run.end), 0.8))
                continue
            in_words = run.words >= _LEAST_WORDS or "の" in text[run.start : run.end]
            if not in_words and run.singles < _LEAST_SINGLES:
                continue  # digits alone are the digit recognizers'
            entity = self._entity(text, run.start, len(run.digits), cued_only=not in_words)
            if entity is not None and entity in entities:
                results.append(make_result(self, self.NAME, entity, (run.start, run.end), 0.8))
        return results

    @staticmethod
    def _entity(text: str, start: int, digits: int, *, cued_only: bool) -> str | None:
        """The entity the run's digits make; a run of single digits ("0 1 0 0 1 1 0", an array) only after a cue."""
        before = text[max(0, start - _CUE_REACH) : start]
        if digits in _CARD_DIGITS and ((digits >= 16 and not cued_only) or CARD_CUE.search(before)):
            return "CREDIT_CARD"
        if digits == 9 and _SSN_CUE.search(before):
            return "US_SSN"
        if digits not in _PHONE_DIGITS:
            return None
        phone_cue = cue_before(text, start)
        return "PHONE_NUMBER" if (phone_cue if cued_only else phone_cue is not False) else None
