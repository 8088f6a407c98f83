"""IBANs, also typed in lower case ("de89 3704 0044 0532 0130 00"), validated by Presidio's mod-97 check."""

from __future__ import annotations

from typing import cast

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import IbanRecognizer


class CaseInsensitiveIbanRecognizer(IbanRecognizer):
    """Presidio's IBAN recognizer run on the upper-cased text when case differs (offsets unchanged)."""

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
        return results
