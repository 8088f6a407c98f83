"""Payment card numbers: 13-19 digits in consistent groups, a known issuer prefix, a valid Luhn check.

Presidio's card regex predates Mastercard's 2-series (2221-2720); this covers the current IIN
ranges and accepts the groupings cards are printed and typed in (4-4-4-4, Amex 4-6-5, unbroken).
After a card cue ("card", "tarjeta", "Karte", a brand) a 15-16 digit number is a card whatever its
prefix or checksum: a mistyped or test card number in a support chat is still the customer's card.
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

_CUE = regex.compile(
    r"(?i:\b(?:card|cc|tarjeta|karte|kreditkarte|visa|mastercard|master\s+card|amex|maestro|discover)"
    r"|(?:card|karten)(?:nummer|number|no)|\bcc\s*(?:no|num|number))\b[^\d\n]{0,30}$"
)
_CUE_WINDOW = 45


def luhn_valid(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def is_card_number(candidate: str, after_cue: bool = False) -> bool:
    digits = "".join(c for c in candidate if c.isdigit())
    if not 13 <= len(digits) <= 19 or len(set(digits)) == 1:
        return False
    separators = {c for c in candidate if not c.isdigit()}
    if len(separators) > 1:
        return False
    if after_cue and 15 <= len(digits) <= 16:
        return True
    return bool(_ISSUER.match(digits)) and luhn_valid(digits)


class PaymentCardRecognizer(CodeRecognizer):
    """CREDIT_CARD, Luhn-validated."""

    ENTITY = "CREDIT_CARD"
    NAME = "PaymentCardRecognizer"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **_: Any
    ) -> list[RecognizerResult]:
        results = []
        for match in _CANDIDATE.finditer(text):
            if is_card_number(match.group()):
                results.append(make_result(self, self.NAME, self.ENTITY, match.span(), 1.0))
            elif is_card_number(match.group(), after_cue=self._after_cue(text, match.start())):
                results.append(make_result(self, self.NAME, self.ENTITY, match.span(), 0.8))
        return results

    @staticmethod
    def _after_cue(text: str, start: int) -> bool:
        return bool(_CUE.search(text, max(0, start - _CUE_WINDOW), start))
