"""Passwords given later in the sentence that names them, and the alternatives after one.

``la senha do wi-fi tá no papel: vivafibra88``, ``la contraseña nueva es la vieja al revés: 4321oleuba``,
``la contraseña provisional que me mandaron, Xk72pLm9, no funciona``: after a colon or a comma within the
password word's sentence, a token that looks like a password (letters with digits or symbols, or digits)
is one; a plain word there is not ("password reset, ticket closed").

``es solymar o solymar1``, ``war früher pinguin und jetzt pinguin99``: once a value is found, the one
offered beside it ("or", "oder", "ou", "and now") is another.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers._base import CodeRecognizer, make_result
from redaction.recognizers._password_cues import CANDIDATE, QUOTE, STRONG
from redaction.recognizers._secret_values import is_password_value, looks_like_password, strip_sentence_end

_LATER = regex.compile(
    rf"(?<!\p{{L}}){STRONG}(?!\p{{L}})[^\n?!:,;]{{0,60}}?[:,][ \t]*{QUOTE}{CANDIDATE}", regex.IGNORECASE
)
_ALTERNATIVE = regex.compile(
    r"[\"'`”’»]?[ \t]*,?[ \t]+(?:o|or|oder|ou|y\s+ahora|e\s+agora|and\s+now|und\s+jetzt|jetzt|now|ahora|agora"
    r"|pero\s+la\s+cambi[ée]\s+(?:por|a)|mas\s+mudei\s+para|but\s+changed\s+it\s+to)[ \t]+"
    rf"{QUOTE}{CANDIDATE}",
    regex.IGNORECASE,
)


def alternatives_after(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The values offered beside found ones: "X or Y", "X und jetzt Y" (Y looks like a password or extends X)."""
    found = []
    for start, end in spans:
        match = _ALTERNATIVE.match(text, end)
        if match is None:
            continue
        value = strip_sentence_end(match.group("value"))
        first = text[start:end]
        # a plain word offered beside a plain word: "marmalade or chocolate"
        both_words = not looks_like_password(first) and is_password_value(value, after_copula=True)
        if looks_like_password(value) or (len(value) > len(first) and value.startswith(first)) or both_words:
            found.append((match.start("value"), match.start("value") + len(value)))
    return found


class LaterPasswordRecognizer(CodeRecognizer):
    """PASSWORD after a colon or comma in the password word's sentence, and beside another password."""

    ENTITY = "PASSWORD"
    NAME = "LaterPasswordRecognizer"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **_: Any
    ) -> list[RecognizerResult]:
        spans = []
        for match in _LATER.finditer(text):
            value = strip_sentence_end(match.group("value"))
            if is_password_value(value, after_copula=False):
                spans.append((match.start("value"), match.start("value") + len(value)))
        spans += alternatives_after(text, spans)
        return [make_result(self, self.NAME, self.ENTITY, span, 0.7) for span in spans]
