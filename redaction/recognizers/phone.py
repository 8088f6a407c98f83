"""Phone numbers: a cheap candidate regex, then libphonenumber validation.

Presidio's recognizer runs libphonenumber's matcher once per region over the whole text, which
costs more than spaCy NER on AI-span text and misses regions outside its list. Here one regex finds
digit runs shaped like a phone number and only those are parsed. A candidate without a ``+``
country code must be valid in one of :data:`REGIONS` and either be typed without separators or
grouped the way that region writes numbers: "519-47132-95" (a SKU) is valid somewhere but grouped
like no phone number, so it stays.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import phonenumbers
import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers._base import CodeRecognizer, make_result

# Most common regions first: the first region a number is valid in ends the search.
# Numbers written with a +country code are validated for any region; this list only bounds the
# national-format guesses (each costs a parse), so it holds the regions whose traffic is expected.
REGIONS = ("US", "GB", "DE", "FR", "ES", "IT", "IN", "BR", "MX", "NL", "AU", "NG", "ZA", "PH")
_CANDIDATE = regex.compile(
    r"(?<![\w#/.\-+])"
    r"(?:\+\s?\d{1,3}[\s.\-]?|00\d{1,3}[\s.\-]?)?"  # +34 / 0049
    r"(?:\(\d{1,5}\)[\s.\-]?)?"  # (415)
    r"\d{1,14}(?:[\s.\-/]\d{1,14}){0,6}"
    r"(?![\w\-]|\.\d)"
)
_DIGIT_GROUPS = regex.compile(r"\d+")
_CONTEXT = regex.compile(
    r"(?i:phone|tel|telephone|mobile|cell|call|text|sms|whatsapp|fax|contact|teléfono|telefono|móvil|movil"
    r"|llamar|telefon|handy|rufnummer|anrufen)\W{0,12}$"
)


def _groups(text: str) -> list[int]:
    return [len(group) for group in _DIGIT_GROUPS.findall(text)]


def _national_groups(number: phonenumbers.PhoneNumber) -> list[list[int]]:
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    international = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return [_groups(national), _groups(international)[1:]]


# Dates and times have the digit count of a phone number and are valid in some numbering plan.
_DATE_OR_TIME = regex.compile(r"^\d{4}[\-/.]\d{1,2}[\-/.]\d{1,2}$|^\d{1,2}[\-/.]\d{1,2}[\-/.]\d{2,4}$|^\d{1,2}:\d{2}")


@lru_cache(maxsize=8192)
def is_phone_number(candidate: str, has_context: bool) -> bool:
    """Validate one candidate string (see module docstring for the rules)."""
    digits = sum(c.isdigit() for c in candidate)
    international = candidate.startswith(("+", "00"))
    if digits < (7 if international or has_context else 8) or digits > 15 or _DATE_OR_TIME.match(candidate):
        return False
    for region in (None,) if international else REGIONS:
        try:
            parsed = phonenumbers.parse(candidate, region)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(parsed):
            continue
        groups = _groups(candidate)
        if international or has_context or (len(groups) == 1 and digits <= 12):
            return True
        if groups in _national_groups(parsed):
            return True
    return False


class PhoneNumberRecognizer(CodeRecognizer):
    """PHONE_NUMBER, validated with libphonenumber."""

    ENTITY = "PHONE_NUMBER"
    NAME = "PhoneNumberRecognizer"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **_: Any
    ) -> list[RecognizerResult]:
        results = []
        for match in _CANDIDATE.finditer(text):
            candidate = match.group().rstrip(" .-/")
            has_context = bool(_CONTEXT.search(text, max(0, match.start() - 40), match.start()))
            if is_phone_number(candidate, has_context):
                score = 0.9 if has_context or candidate.startswith("+") else 0.7
                span = (match.start(), match.start() + len(candidate))
                results.append(make_result(self, self.NAME, self.ENTITY, span, score))
        return results
