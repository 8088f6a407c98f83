"""E-mail addresses written to dodge scrapers: ``kwabena.mensah at gmail dot com``, ``x [at] example [dot] org``,
``thanh.nguyen(at)example.com``, ``zc AT outlook DOT com``.

People spell their address out in chats and signatures; the local part usually names them. The spelled
form is normalised (``at`` to ``@``, ``dot`` to ``.``) and counts only when the result is an address on a
known public suffix and the part before ``at`` is no dictionary word, so "meet at noon dot", "look at
page 3" and "we met at google.com" stay.
"""

from __future__ import annotations

from typing import Any

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers._base import CodeRecognizer, make_result
from redaction.recognizers._word_lists import is_plain_word
from redaction.recognizers.offline_email import offline_extractor

_AT = r"(?:\s*[\[({<]\s*(?i:at)\s*[\])}>]\s*|\s+(?:at|AT)\s+)"
_DOT = r"(?:\s*[\[({<]\s*(?i:dot)\s*[\])}>]\s*|\s+(?:dot|DOT)\s+|\.)"
_LABEL = r"[\p{L}\d](?:[\p{L}\d\-]{0,61}[\p{L}\d])?"
_SPELLED = regex.compile(
    rf"(?<![\w.+\-@])(?P<local>[\p{{L}}\d][\p{{L}}\d._+\-]{{0,63}}){_AT}(?P<domain>{_LABEL}(?:{_DOT}{_LABEL}){{1,4}})"
    r"(?![\w\-]|\.\w)"
)
# A trigger for the analyzer: every spelled address has an "at" word or bracket.
TRIGGER = r"(?i)[\[({<]\s*at\s*[\])}>]|\sat\s"
_DOT_WORD = regex.compile(_DOT)


class SpelledEmailRecognizer(CodeRecognizer):
    """EMAIL_ADDRESS: addresses with ``at``/``dot`` spelled out, on a known public suffix."""

    ENTITY = "EMAIL_ADDRESS"
    NAME = "SpelledEmailRecognizer"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **_: Any
    ) -> list[RecognizerResult]:
        results = []
        for match in _SPELLED.finditer(text):
            domain = _DOT_WORD.sub(".", match.group("domain"))
            if not offline_extractor()(domain).suffix or is_plain_word(match.group("local")):
                continue  # no known suffix, or "we met at google.com": a word, not a mailbox
            results.append(make_result(self, self.NAME, self.ENTITY, match.span(), 0.8))
        return results
