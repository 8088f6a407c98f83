"""Two or three capitalised words that are in no dictionary: a name NER did not know ("Zeynep Çelik").

The small English model misses most names from outside its training data, but in mixed-case prose
a run of capitalised words none of which is a common word of the service's languages is almost
always a person's name. Places, products and tools drop out: a whole run that is a place name, or
one followed by a model number, is kept; PRODUCT_WORDS and TECH_TERMS are filtered downstream.
"""

from __future__ import annotations

from typing import Any

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers._base import CodeRecognizer, make_result
from redaction.recognizers._word_lists import is_place_name, is_plain_word

_CAPITALISED = r"\p{Lu}[\p{Ll}\p{M}]+(?:['’]\p{Lu}[\p{Ll}\p{M}]+|-\p{Lu}?[\p{Ll}\p{M}]+)?"
_RUN = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\d\-_./@]){_CAPITALISED}(?:[ \t]+{_CAPITALISED}){{1,2}}(?![\p{{L}}\d_/@]|\.\p{{L}})"
)
_WORD = regex.compile(r"[\p{L}\p{M}]+")
_MODEL = regex.compile(r"[ \t]+(?:\d|[A-Z]{1,3}\d|Pro\b|Max\b|Ultra\b|Plus\b|Mini\b)")


class NamePairRecognizer(CodeRecognizer):
    """PERSON: capitalised runs of non-dictionary words in mixed-case text."""

    ENTITY = "PERSON"
    NAME = "NamePairRecognizer"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **_: Any
    ) -> list[RecognizerResult]:
        if text.isupper() or text.islower():
            return []  # no case to go by (cue recognizers handle these)
        results = []
        for match in _RUN.finditer(text):
            run = match.group()
            if is_place_name(run) or _MODEL.match(text, match.end()):
                continue
            if any(is_plain_word(word) or is_place_name(word) for word in _WORD.findall(run)):
                continue
            results.append(make_result(self, self.NAME, self.ENTITY, match.span(), 0.5))
        return results
