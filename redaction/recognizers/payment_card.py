"""Payment card numbers: 13-19 digits in consistent groups, an issuer's prefix, a valid Luhn check.

Presidio's card regex predates Mastercard's 2-series (2221-2720) and knows neither Mir, RuPay nor
UnionPay's 8-series; this covers the current IIN ranges (:mod:`_card_issuers`) and the groupings cards are
printed and typed in (4-4-4-4, Amex 4-6-5, Diners 4-6-4, 19 digits in fives, unbroken), with spaces,
dashes or dots. After a card cue ("card", "tarjeta", "Karte", "carte", a brand) a 15-16 digit number, or
14-19 digits in groups, is a card whatever its prefix or checksum: a mistyped or test card number in a
support chat is still the customer's card.
"""

from __future__ import annotations

from typing import Any

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers._base import UNSPACED_SCRIPTS, CodeRecognizer, make_result
from redaction.recognizers._card_issuers import CARD_CUE, ID_LABEL, has_issuer_prefix, luhn_valid
from redaction.recognizers._table_columns import column_header

# Not inside a longer number, word, id or version, and not a "+49..." phone number.
# A last group of one digit: 13 and 17 digits grouped in fours ("4580 7302 1573 5").
# A script written without spaces may touch the digits ("カード番号3531-0032-9443-3830で").
_CANDIDATE = regex.compile(
    rf"(?<!(?![{UNSPACED_SCRIPTS}])[\w\-.+/])\d{{4}}(?:([ \-.\u00a0]?)\d{{1,7}}){{1,4}}"
    rf"(?!(?![{UNSPACED_SCRIPTS}])[\w\-/]|[.,]\d)"
)
_CUE_WINDOW = 50
# A product code's label right before the digits: "EAN 5908057110503" may pass a Luhn check by chance.
_PRODUCT_CODE_LABEL = regex.compile(r"(?i:(?<!\p{L})(?:ean|upc|gtin|isbn|asin|sku)[ \t]*[:#\-]?[ \t]*)$")
_PRODUCT_CODE_HEADER = regex.compile(r"(?i:(?<!\p{L})(?:ean|upc|gtin|isbn|asin|sku|barcode|bar[ _]code)(?!\p{L}))")


def is_card_number(candidate: str, after_cue: bool = False) -> bool:
    digits = "".join(c for c in candidate if c.isdigit())
    if not 13 <= len(digits) <= 19 or len(set(digits)) == 1:
        return False
    separators = {c for c in candidate if not c.isdigit()}
    if len(separators) > 1 or (separators == {"."} and not _grouped_in_fours(candidate)):
        return False  # dots only in the printed 4-4-4-4 form, never a decimal or a version
    if after_cue and 15 <= len(digits) <= 16 and not _epoch_micros(candidate):
        return True
    if after_cue and 14 <= len(digits) <= 19 and (separators or has_issuer_prefix(digits)):
        # grouped as cards print them (Diners "3053-081950-5880", "6761 7628 3081 4851 417"), or an issuer's
        return True
    return has_issuer_prefix(digits) and luhn_valid(digits)


def _epoch_micros(candidate: str) -> bool:
    # "card_updated 1718035200123456": a timestamp in microseconds (2017-2033), never typed in groups.
    return candidate.isdigit() and len(candidate) == 16 and candidate[0] == "1" and candidate[1] in "56789"


def _grouped_in_fours(candidate: str) -> bool:
    return all(len(group) == 4 for group in candidate.split(".")[:-1])


class PaymentCardRecognizer(CodeRecognizer):
    """CREDIT_CARD: issuer prefix and Luhn, or a card cue before it."""

    ENTITY = "CREDIT_CARD"
    NAME = "PaymentCardRecognizer"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **_: Any
    ) -> list[RecognizerResult]:
        results = []
        for match in _CANDIDATE.finditer(text):
            if _PRODUCT_CODE_LABEL.search(text, max(0, match.start() - 12), match.start()):
                continue
            if is_card_number(match.group()):
                score = 1.0
            elif is_card_number(match.group(), after_cue=self._after_cue(text, match.start())):
                score = 0.8
            else:
                continue
            # (the table header is read only for a number that would be a card: a CSV holds many digit runs)
            if not _in_barcode_column(text, match.start()):
                results.append(make_result(self, self.NAME, self.ENTITY, match.span(), score))
        return results

    @staticmethod
    def _after_cue(text: str, start: int) -> bool:
        window = max(0, start - _CUE_WINDOW)
        cue = CARD_CUE.search(text, window, start)
        return cue is not None and not ID_LABEL.search(text, cue.end("word"), start)


def _in_barcode_column(text: str, start: int) -> bool:
    """True in a barcode column: "sku;name;…;ean" over "…;5908174140797;…"."""
    header = column_header(text, start) if "\n" in text else None
    return header is not None and _PRODUCT_CODE_HEADER.search(header) is not None
