"""E-mail addresses written to dodge scrapers: ``kwabena.mensah at gmail dot com``, ``x [at] example [dot] org``,
``thanh.nguyen(at)example.com``, ``zc AT outlook DOT com``; and in the words other languages read "@" and "."
aloud: ``isidora42 arroba outlook ponto com``, ``lina85 apenstaartje hotmail punt nl``, ``jan (małpa) wp (kropka) pl``.

People spell their address out in chats and signatures; the local part usually names them. The spelled
form is normalised (``at`` to ``@``, ``dot`` to ``.``) and counts only when the result is an address on a
known public suffix and, unless the "at" is bracketed, the part before it is no dictionary word, so "meet at
noon dot", "look at page 3" and "we met at google.com" stay.
"""

from __future__ import annotations

from typing import Any

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers._base import CodeRecognizer, make_result
from redaction.recognizers._word_lists import is_plain_word
from redaction.recognizers.offline_email import offline_extractor

# "@" read aloud: es/pt/ca arroba, fr arobase, de Klammeraffe, it chiocciola, nl apenstaartje, pl małpa,
# sv/no/da snabel-a, hu kukac, cs/sk zavináč, ru/uk собака, el παπάκι. English "at" only in its two casings:
# "At" opens sentences.
_AT_WORD = (
    r"at|AT|(?i:arroba|arrobas|arobase|arobas|klammeraffe|chiocciola|apenstaartje|małpa|malpa|snabel-a|kukac"
    r"|zavináč|собака|παπάκι)"
)
# "." read aloud: punto, ponto, point, punkt(um), punt, kropka, pont, tečka, bodka, nokta, piste, точка, τελεία.
_DOT_WORD_NAMES = r"(?i:dot|punto|ponto|point|punkt|punktum|punt|kropka|pont|tečka|bodka|nokta|piste|точка|τελεία)"
_AT = rf"(?:(?P<bracket>\s*[\[({{<])\s*(?i:{_AT_WORD})\s*[\])}}>]\s*|\s+(?:{_AT_WORD})\s+)"
_DOT = rf"(?:\s*[\[({{<]\s*{_DOT_WORD_NAMES}\s*[\])}}>]\s*|\s+{_DOT_WORD_NAMES}\s+|\.)"
_LABEL = r"[\p{L}\d](?:[\p{L}\d\-]{0,61}[\p{L}\d])?"
_SPELLED = regex.compile(
    rf"(?<![\w.+\-@])(?P<local>[\p{{L}}\d][\p{{L}}\d._+\-]{{0,63}}){_AT}(?P<domain>{_LABEL}(?:{_DOT}{_LABEL}){{1,4}})"
    r"(?![\w\-]|\.\w)"
)
# A trigger for the analyzer: every spelled address has an "at" word, bare or in brackets.
TRIGGER = rf"[\[({{<]\s*(?i:{_AT_WORD})\s*[\])}}>]|\s(?:{_AT_WORD})\s"
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
            domain = _DOT_WORD.sub(".", match.group("domain")).casefold()
            if not offline_extractor()(domain).suffix:
                continue
            if not match.group("bracket") and is_plain_word(match.group("local")):
                continue  # "we met at google.com": a word, not a mailbox (a bracketed "[at]" is never prose)
            results.append(make_result(self, self.NAME, self.ENTITY, match.span(), 0.8))
        return results
