"""Two or three words that are in no dictionary, side by side: a name NER did not know ("Zeynep Çelik").

The small English model misses most names from outside its training data, but in mixed-case prose
a run of capitalised words none of which is a common word of the service's languages is almost
always a person's name; in all-lower-case chat the same holds for lower-case words ("pls ask
oluwaseun adeyemi"), and one such word before a possessive is a name too ("Kwabena's laptop").
Places, products and tools drop out: a run that is a place name, follows an article or a possessive
pronoun ("my Oura Ring") or precedes a model number is kept; PRODUCT_WORDS and TECH_TERMS are
filtered downstream.
"""

from __future__ import annotations

from typing import Any

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers._base import CodeRecognizer, make_result
from redaction.recognizers._eponyms import EPONYM as _EPONYM
from redaction.recognizers._eponyms import after_determiner
from redaction.recognizers._word_lists import is_place_name, is_plain_word

# A word standing alone: not part of a path, handle, e-mail, number or code token.
_WORD = regex.compile(
    r"(?<![\p{L}\p{M}\d\-_./@'’])[\p{L}][\p{L}\p{M}]*(?:['’\-][\p{L}][\p{L}\p{M}]*)?(?![\p{L}\p{M}\d_/@]|\.\p{L})"
)
_CAPITALISED = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]+(?:['’\-]\p{Lu}?[\p{Ll}\p{M}]+)?")
# Lower-case runs not in Greek or Cyrillic: no dictionary here knows their words, "διεύθυνση αποστολής" (delivery
# address) is a pair of everyday words, and names in those scripts are capitalised even in chat. (Georgian is written
# in lower-case letters only, names too: "გიორგი ბერიძე" stays a pair.)
_LOWER = regex.compile(r"(?![\p{Greek}\p{Cyrillic}])\p{Ll}[\p{Ll}\p{M}]{2,}(?:['’\-]\p{Ll}[\p{Ll}\p{M}]+)?")
_JOIN = regex.compile(r"[ \t]+")
_MODEL = regex.compile(r"[ \t]+(?:\d|[A-Z]{1,3}\d|Pro\b|Max\b|Ultra\b|Plus\b|Mini\b)")
_MAX_RUN = 3
# "Kwabena's laptop", "tanaka's team": one non-dictionary word owning something is a person's name.
_POSSESSIVE = regex.compile(r"(?<![\p{L}\p{M}\d\-_./@'’])(?P<name>\p{L}[\p{L}\p{M}]+)['’]s(?![\p{L}\d])")


class NamePairRecognizer(CodeRecognizer):
    """PERSON: runs of two or three non-dictionary words, capitalised (or lower-case in lower-case text)."""

    ENTITY = "PERSON"
    NAME = "NamePairRecognizer"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **_: Any
    ) -> list[RecognizerResult]:
        if text.isupper():
            return []  # no case to go by (cue recognizers handle ALL-CAPS tickets)
        shape = _LOWER if text.islower() else _CAPITALISED
        results: list[RecognizerResult] = []
        run: list[regex.Match[str]] = []
        for word in (*_WORD.finditer(text), None):
            if word is not None and self._candidate(word.group(), shape):
                if run and not _JOIN.fullmatch(text, run[-1].end(), word.start()):
                    self._flush(text, run, results)
                    run = []
                run.append(word)
                continue
            self._flush(text, run, results)
            run = []
        for match in _POSSESSIVE.finditer(text):
            if self._candidate(match.group("name"), shape) and not _EPONYM.match(text, match.end("name")):
                results.append(make_result(self, self.NAME, self.ENTITY, match.span("name"), 0.5))
        return results

    @staticmethod
    def _candidate(word: str, shape: regex.Pattern[str]) -> bool:
        return bool(shape.fullmatch(word)) and not is_plain_word(word) and not is_place_name(word)

    def _flush(self, text: str, run: list[regex.Match[str]], results: list[RecognizerResult]) -> None:
        if not 2 <= len(run) <= _MAX_RUN:
            return
        start, end = run[0].start(), run[-1].end()
        if is_place_name(text[start:end]) or _MODEL.match(text, end) or after_determiner(text, start):
            return
        results.append(make_result(self, self.NAME, self.ENTITY, (start, end), 0.5))
