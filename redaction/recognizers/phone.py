"""Phone numbers: a cheap candidate regex, then the writing rules of :mod:`_phone_shapes`.

Presidio's recognizer runs libphonenumber's matcher once per region over the whole text, which
costs more than spaCy NER on AI-span text and misses regions outside its list. Here one regex finds
digit runs shaped like a phone number (country code, trunk ``(0)``, bracketed area code, extension)
and only those are checked. "519-47132-95" (a SKU) is valid somewhere but grouped like no phone
number, so it stays.
"""

from __future__ import annotations

from typing import Any

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers._base import CodeRecognizer, make_result
from redaction.recognizers._phone_shapes import REGIONS, is_international, is_phone_number

_GROUP = r"(?:\d{1,14}|\(\d{1,5}\))"
_CANDIDATE = regex.compile(
    r"(?<![\w#/.\-+@])"
    # +41 (0) / (+57) / +(371) / 0049
    r"(?:(?:\(\s?\+\d{1,3}\s?\)|\+\s?\(?\d{1,3}\)?|\(?00\d{1,3}\)?)[ \t.\-]?(?:\(0\)[ \t]?)?)?"
    rf"{_GROUP}(?:(?:[ \t]?[.\-/][ \t]?|[ \t]|(?<=\))){_GROUP}){{0,7}}"
    r"(?:[ \t]?(?:x|ext\.?|extension)[ \t]?\d{1,6})?"  # (898)666-3621x0135, 555-0100 ext. 12
    r"(?![\w\-]|\.\d)",
    regex.IGNORECASE,
)
_CONTEXT = regex.compile(
    r"(?i:phone|tel|telephone|mobile|cell|call|ring|text|sms|whatsapp|fax|contact|reach|dial|number"
    r"|teléfono|telefono|móvil|movil|celular|llamar|llámame|llama|número|telefon|handy|rufnummer|anrufen|rückruf"
    r"|unter|téléphone|portable|appeler|telemóvel|ligar|chiamare|cellulare)\b\W{0,3}(?:\p{L}+\W{1,3}){0,3}$"
)
# The words right before a number that make it an id, not a phone number, even after a call cue.
_ID_BEFORE = regex.compile(
    r"(?i:order|ticket|case|invoice|ref|reference|id|no|nr|account|acct|tracking|booking|pedido|bestellung"
    r"|rechnung|factura|version|build|port|pin|code)\W{0,3}$"
)


# "450 0840 (cell)", "0171 2345678 is my mobile": the cue may follow the number.
_CONTEXT_AFTER = regex.compile(
    r"^\W{0,3}(?:\p{L}+\W{1,3}){0,3}(?i:phone|tel|mobile|cell|handy|móvil|movil|celular|whatsapp|number|número"
    r"|nummer)\b"
)


def _has_context(text: str, start: int, end: int) -> bool:
    window = text[max(0, start - 40) : start]
    if _ID_BEFORE.search(window):
        return False
    return bool(_CONTEXT.search(window) or _CONTEXT_AFTER.match(text[end : end + 30]))


class PhoneNumberRecognizer(CodeRecognizer):
    """PHONE_NUMBER, by country code, call cue or a shape only phone numbers have."""

    ENTITY = "PHONE_NUMBER"
    NAME = "PhoneNumberRecognizer"
    REGIONS = REGIONS

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **_: Any
    ) -> list[RecognizerResult]:
        results = []
        for match in _CANDIDATE.finditer(text):
            candidate = match.group().rstrip(" .-/")
            has_context = _has_context(text, match.start(), match.end())
            if is_phone_number(candidate, has_context):
                score = 0.9 if has_context or is_international(candidate) else 0.7
                span = (match.start(), match.start() + len(candidate))
                results.append(make_result(self, self.NAME, self.ENTITY, span, score))
        return results
