"""IBANs: Presidio's mod-97 check, also in lower case, and by shape when the checksum is off.

A mistyped or made-up IBAN still identifies an account holder's bank details to a reader, so an
IBAN-shaped value is redacted without its checksum when it is written the way IBANs are (a known
IBAN country, check digits, then groups of four) or follows an ``IBAN`` cue.
"""

from __future__ import annotations

from typing import cast

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import IbanRecognizer
from presidio_analyzer.predefined_recognizers.generic.iban_patterns import regex_per_country

# Countries using IBANs (Presidio's per-country formats plus newer and partial adopters).
_COUNTRIES = "|".join(sorted(set(regex_per_country) | {"BI", "DJ", "EG", "LY", "SD", "SO", "RU", "NI", "MN", "YE"}))
_GROUPED = regex.compile(
    # Spaces only: hyphen-joined groups of four are UUIDs and serials ("...-ad08-4a25-9767-...").
    rf"(?<![A-Z0-9\-])(?:{_COUNTRIES})\d{{2}}(?: [A-Z0-9]{{4}}){{2,7}}(?: [A-Z0-9]{{1,3}})?(?![A-Z0-9\-])"
)
# Matched on the upper-cased text: "iban is gb33…", "IBAN: FR76…", "IBAN-Nummer DE…".
_AFTER_CUE = regex.compile(
    r"(?<=\bIBAN(?:[ \-](?:IS|ES|IST|NUMBER|NO\.?|NUMMER|NÚMERO))?\W{0,6})(?<![A-Z0-9])"
    r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}(?![A-Z0-9])"
)
_SHAPE_SCORE = 0.6


class CaseInsensitiveIbanRecognizer(IbanRecognizer):
    """Presidio's IBAN recognizer run on the upper-cased text (offsets unchanged), plus IBAN-shaped values."""

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        upper = text.upper()
        if upper != text and len(upper) == len(text):
            text = upper
        # Presidio annotates these parameters without Optional although it passes None itself.
        results: list[RecognizerResult] = super().analyze(
            text, entities, cast(NlpArtifacts, nlp_artifacts), cast(int, regex_flags)
        )
        for pattern in (_GROUPED, _AFTER_CUE):
            for match in pattern.finditer(text):
                if not any(r.start <= match.start() < r.end for r in results):
                    results.append(self._shaped(match.span()))
        return results

    def _shaped(self, span: tuple[int, int]) -> RecognizerResult:
        return RecognizerResult(
            entity_type=self.supported_entities[0],
            start=span[0],
            end=span[1],
            score=_SHAPE_SCORE,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: type(self).__name__,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
