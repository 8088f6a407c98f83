"""National ids with a check character: Spanish DNI/NIF and NIE, Italian codice fiscale; US SSNs after a cue.

Presidio ships these recognizers for Spanish and Italian pipelines only; tracecase runs one English
pipeline over text in any language, so they are registered under it. A match counts only when its
check character is right: "12345678Z" is a DNI, "12345678A" is an order number (22 in 23 random
ids fail the check), so SKUs and ticket numbers of the same shape stay.
"""

from __future__ import annotations

from typing import cast

from presidio_analyzer import EntityRecognizer, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import (
    EsNieRecognizer,
    EsNifRecognizer,
    ItFiscalCodeRecognizer,
    UsSsnRecognizer,
)

from redaction._nlp import LANGUAGE
from redaction.recognizers._base import TracecasePatternRecognizer


class _ChecksumOnly(EntityRecognizer):
    """Keeps only findings whose check character validated (Presidio scores those at the maximum)."""

    recognizer: PatternRecognizer

    def __init__(self, recognizer: PatternRecognizer) -> None:
        self.recognizer = recognizer
        super().__init__(
            supported_entities=recognizer.supported_entities,
            name=type(recognizer).__name__,
            supported_language=LANGUAGE,
            context=recognizer.context,
        )

    def load(self) -> None:
        """The wrapped recognizer is ready on construction."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        # Presidio annotates nlp_artifacts without Optional although it passes None itself.
        results = self.recognizer.analyze(text, entities, cast(NlpArtifacts, nlp_artifacts))
        return [r for r in results if r.score >= EntityRecognizer.MAX_SCORE]


def es_nif_recognizer() -> EntityRecognizer:
    """ES_NIF: 8 digits and the mod-23 letter (``12345678Z``, ``1234567-L``)."""
    return _ChecksumOnly(EsNifRecognizer(supported_language=LANGUAGE))


def es_nie_recognizer() -> EntityRecognizer:
    """ES_NIE: X/Y/Z, 7 digits and the mod-23 letter (``X1234567L``)."""
    return _ChecksumOnly(EsNieRecognizer(supported_language=LANGUAGE))


def it_fiscal_code_recognizer() -> EntityRecognizer:
    """IT_FISCAL_CODE: the 16-character codice fiscale with its check letter."""
    return _ChecksumOnly(ItFiscalCodeRecognizer(supported_language=LANGUAGE))


# "SS# 402878716", "soc sec no. 183-11-9770", "Tax ID: 576609149": nine digits that Presidio scores as a
# very weak SSN (its context words miss "SS#", "soc sec" and "tax id") are one after such a cue.
_SSN_CUE = (
    r"(?i:\b(?:ssn|ss\s?#|ss\s?no|soc(?:ial)?\.?\s*sec(?:urity)?\.?(?:\s*(?:no|nr|num(?:ber)?|#))?"
    r"|tax\s?(?:payer\s)?id(?:entification)?(?:\s*(?:no|num(?:ber)?|#))?|i?tin))"
)
_CUED_SSN = rf"(?<={_SSN_CUE}[ \t]*[:#=.\-]?[ \t]*(?:is[ \t]+)?)\d{{3}}([ \-.]?)\d{{2}}\1\d{{4}}(?![\d\-])"


class _CuedSsnRecognizer(TracecasePatternRecognizer):
    def invalidate_result(self, pattern_text: str) -> bool:
        return bool(_PRESIDIO_SSN.invalidate_result(pattern_text))


_PRESIDIO_SSN = UsSsnRecognizer()


def cued_ssn_recognizer() -> EntityRecognizer:
    """US_SSN: nine digits (``402878716``, ``402-87-8716``) right after an SSN or tax-id cue."""
    return _CuedSsnRecognizer("US_SSN", [("ssn after a cue", _CUED_SSN, 0.8)], name="CuedSsnRecognizer")
