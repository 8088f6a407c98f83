"""Nine bare digits on a line about social security numbers: "payroll SSN mismatch ... the payroll file has
800568092", "you've entered 232216737 - please don't share your Social Security number".

Presidio scores unbroken nine digits as an SSN only with a context word a few tokens away; a line that names
SSNs makes any SSN-shaped nine digits on it one, wherever the cue stands, unless an id word comes right before
them ("employee id 456789123").
"""

from __future__ import annotations

from typing import Any

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import UsSsnRecognizer

from redaction.recognizers._base import CodeRecognizer, make_result
from redaction.recognizers._phone_cues import cue_before

_TOPIC = regex.compile(r"(?i:(?<!\p{L})(?:ssns?|social[ \t]+security(?:[ \t]+numbers?)?|seguro[ \t]+social)(?!\p{L}))")
_NINE_DIGITS = regex.compile(r"(?<![\w\-./])\d{9}(?![\w\-]|[.,]\d)")
_REACH = 150
_PRESIDIO = UsSsnRecognizer()


class SsnOnTopicRecognizer(CodeRecognizer):
    """US_SSN: nine SSN-valid digits on a line that speaks of SSNs."""

    ENTITY = "US_SSN"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **_: Any
    ) -> list[RecognizerResult]:
        results = []
        for match in _NINE_DIGITS.finditer(text):
            line_start = max(text.rfind("\n", 0, match.start()) + 1, match.start() - _REACH)
            line_end = text.find("\n", match.end())
            line_end = min(line_end if line_end >= 0 else len(text), match.end() + _REACH)
            if not _TOPIC.search(text, line_start, line_end):
                continue
            if _PRESIDIO.invalidate_result(match.group()) or cue_before(text, match.start()) is False:
                continue  # "000…", "666…", "123456789"; "employee id 456789123"
            results.append(make_result(self, type(self).__name__, self.ENTITY, match.span(), 0.7))
        return results
