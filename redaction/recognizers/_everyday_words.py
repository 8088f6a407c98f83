"""The everyday words of the languages a text is written in, besides English: "Jag" and "Hej" in a Swedish
message, "Kao" and "Ako" in a Croatian one, "Yeni" in a Turkish one are words, though each is a popular
name somewhere in the world.

A language counts as present when the text holds two or more of its *evidence* words: frequent words of
that language that are no name and no English word ("och", "att", "nije", "değil"); see
``bench/redaction/make_language_words.py``. "Ben and Adam approved it" has no Turkish evidence, so "Ben"
and "Adam" stay names there.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

import regex

_LEAST_EVIDENCE = 2
_WORD = regex.compile(r"\p{L}+")


@lru_cache(maxsize=1)
def _languages() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    text = resources.files("redaction.recognizers").joinpath("language_words.json").read_text(encoding="utf-8")
    return tuple((frozenset(lists["words"]), frozenset(lists["evidence"])) for lists in json.loads(text).values())


# Asked once per name found in a text: the last texts only (a larger cache would hold large texts alive).
@lru_cache(maxsize=2)
def everyday_words(text: str) -> frozenset[str]:
    """Lower-cased frequent words of every non-English language the text shows evidence of (empty for most)."""
    tokens = {word.group() for word in _WORD.finditer(text.casefold())}  # no list of every word of a large text
    found: set[str] = set()
    for words, evidence in _languages():
        if len(evidence.intersection(tokens)) >= _LEAST_EVIDENCE:
            found |= words
    return frozenset(found)
