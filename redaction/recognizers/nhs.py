"""UK NHS numbers: Presidio's recognizer, but an unbroken 10-digit run needs an NHS cue.

One 10-digit number in eleven passes the NHS checksum, and unbroken 10-digit runs are mostly epoch
seconds ("1715674375"), order numbers and ids. NHS numbers are printed 3-3-4 ("943 476 5919"); typed
unbroken, they come after "NHS" (number, no., #).
"""

from __future__ import annotations

from typing import cast

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import NhsRecognizer

_CUE = regex.compile(r"(?i:\bnhs\b|national\s+health)")
_CUE_WINDOW = 40


class GroupedNhsRecognizer(NhsRecognizer):
    """UK_NHS: grouped 3-3-4, or unbroken after an NHS cue."""

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        # Presidio annotates these parameters without Optional although it passes None itself.
        results: list[RecognizerResult] = super().analyze(
            text, entities, cast(NlpArtifacts, nlp_artifacts), cast(int, regex_flags)
        )
        return [r for r in results if not text[r.start : r.end].isdigit() or self._after_cue(text, r.start)]

    @staticmethod
    def _after_cue(text: str, start: int) -> bool:
        return bool(_CUE.search(text, max(0, start - _CUE_WINDOW), start))
