"""North American numbers spelled in letters on the keypad: ``1-800-FLOWERS``, ``1-866-GO-SOLAR``, ``(888) MY-TAXI``.

Toll-free vanity numbers are a business's more often than a person's, but a direct line is spelled that way too
and either rings someone: they are phone numbers. Seven keypad characters follow the area code (a few spell
one letter fewer or up to two more than the dial needs); at least three are letters, so "1-800-555-0199" stays
the digit recognizer's and "800-GB" is no number.
"""

from __future__ import annotations

from typing import Any

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers._base import CodeRecognizer, make_result

_VANITY = regex.compile(
    r"(?<![\w\-+])(?:\+?1[ .\-]?)?\(?(?:8(?:00|33|44|55|66|77|88)|[2-9]\d\d)\)?[ .\-]?"
    r"(?P<keys>[A-Z0-9]{2,8}(?:[ .\-][A-Z0-9]{2,8}){0,2})(?![\w\-])"
)
_LEAST_LETTERS = 3


class VanityPhoneRecognizer(CodeRecognizer):
    """PHONE_NUMBER: an area code, then seven to nine keypad characters, at least three of them letters."""

    ENTITY = "PHONE_NUMBER"
    NAME = "VanityPhoneRecognizer"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **_: Any
    ) -> list[RecognizerResult]:
        results = []
        for match in _VANITY.finditer(text):
            keys = [c for c in match.group("keys") if c.isalnum()]
            letters = sum(c.isalpha() for c in keys)
            toll_free = match.group().lstrip("+1 .-(").startswith("8")
            # A toll-free name may be a letter short of the dial ("1-800-MY-TAXI"); other area codes need "1-".
            enough = 6 if toll_free else 7
            if (
                enough <= len(keys) <= 9
                and letters >= _LEAST_LETTERS
                and (toll_free or match.group()[:2] in ("1-", "+1"))
            ):
                results.append(make_result(self, self.NAME, self.ENTITY, match.span(), 0.8))
        return results
