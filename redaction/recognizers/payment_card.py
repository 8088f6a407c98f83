"""Payment card numbers: 13-19 digits in consistent groups, a known issuer prefix, a valid Luhn check.

Presidio's card regex predates Mastercard's 2-series (2221-2720); this covers the current IIN
ranges and accepts the groupings cards are printed and typed in (4-4-4-4, Amex 4-6-5, unbroken).
"""

from __future__ import annotations

from typing import Any

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers._base import CodeRecognizer, make_result

_CANDIDATE = regex.compile(r"(?<![\w\-.])\d{4}(?:([ \-]?)\d{2,7}){1,4}(?![\w\-]|\.\d)")
_ISSUER = regex.compile(
    r"^(?:4|5[1-5]|2(?:22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)|3[47]|6(?:011|5|4[4-9]|22)|35(?:2[89]|[3-8])"
    r"|3(?:0[0-5]|[689])|5[06-9]|6[0-9])"
)


def luhn_valid(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def is_card_number(candidate: str) -> bool:
    digits = "".join(c for c in candidate if c.isdigit())
    if not 13 <= len(digits) <= 19 or len(set(digits)) == 1:
        return False
    separators = {c for c in candidate if not c.isdigit()}
    return len(separators) <= 1 and bool(_ISSUER.match(digits)) and luhn_valid(digits)


class PaymentCardRecognizer(CodeRecognizer):
    """CREDIT_CARD, Luhn-validated."""

    ENTITY = "CREDIT_CARD"
    NAME = "PaymentCardRecognizer"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **_: Any
    ) -> list[RecognizerResult]:
        return [
            make_result(self, self.NAME, self.ENTITY, match.span(), 1.0)
            for match in _CANDIDATE.finditer(text)
            if is_card_number(match.group())
        ]
