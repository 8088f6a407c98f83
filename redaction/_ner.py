"""NER on windows around candidate names, cached by content hash.

spaCy's small English NER sees a token through a convolutional encoder of depth 4 and window 1, so
its decision about a token depends on about four tokens either side. Running NER only on windows
of a few words around each *candidate* (a capitalised word that is not a stop word, a number-like
id or an acronym) gives the entities a full pass would, at a fraction of the tokens: most of an
AI span is lower-case prose, ids, JSON and code. Windows are cached by content hash, so a system
prompt or a retrieved chunk seen before costs a hash lookup.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

import regex

from redaction._cache import LruCache, content_key
from redaction._lookalikes import TECH_TERMS
from redaction._nlp import NerOnlyNlpEngine
from redaction.recognizers._name_words import STOP

_LINE = regex.compile(r"[^\n]+")
_WORD = regex.compile(r"\S+")
_CAPITALISED_WORD = regex.compile(r"(?<!\S)\S*\p{Lu}\S*")
_LETTERS = regex.compile(r"\p{L}[\p{L}'’\-]*")
# Words either side of a candidate given to NER: at least the encoder's receptive field (4 tokens).
_CONTEXT_WORDS = 3
_ACRONYM_MAX = 4

Entity = tuple[int, int, str]


def _mostly_upper(text: str) -> bool:
    upper = sum(map(str.isupper, text))
    lower = sum(map(str.islower, text))
    return upper > 4 * lower and upper > 8


def _is_candidate(word: str, shouting: bool) -> bool:
    """Could NER call this whitespace-delimited word (part of) a name?"""
    if any(c.isdigit() or c in "_/\\@=<>{}[]|`$%#" for c in word):
        return False
    letters = _LETTERS.search(word)
    if letters is None:
        return False
    core = letters.group()
    if not core[0].isupper() or len(core) < 2:
        return False
    if not shouting and core.isupper() and len(core) <= _ACRONYM_MAX:
        return False  # API, JSON, USB: acronyms in mixed-case text
    lower = core.lower()
    return lower not in STOP and lower not in TECH_TERMS


def windows(text: str, known: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, bool]]:
    """Character spans ``(start, end, shouting)`` of ``text`` worth giving to NER.

    ``known`` are spans already found to be names (by cue words): their words need no NER.
    """
    spans: list[tuple[int, int, bool]] = []
    covered = _Covered(known)
    for line in _LINE.finditer(text):
        # Only words with a capital can be candidates: find those first, and split the line into
        # words only when one qualifies (most lines of JSON, code and prose have none).
        capitalised = list(_CAPITALISED_WORD.finditer(text, line.start(), line.end()))
        if not capitalised:
            continue
        shouting = _mostly_upper(line.group())
        picked = {
            m.start()
            for m in capitalised
            if _is_candidate(m.group(), shouting) and not covered(m.start(), m.end())
        }
        if not picked:
            continue
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, line.start(), line.end())]
        if len(words) < 2:
            continue  # a lone token (an id, a path, a key) is not a name NER can judge
        last_end = -1
        for i, (w_start, _, _) in enumerate(words):
            if w_start not in picked:
                continue
            if not shouting and _sentence_start(words, i) and not _next_capitalised(words, i):
                # "Refunds are processed ...": a lone capital at a sentence start is the grammar's, and
                # the small model rarely tags a lone first word as a person anyway. Names introduced
                # by cue words ("Hi Tenzin", "Thanks, Tenzin") are the cue recognizer's.
                continue
            lo, hi = max(0, i - _CONTEXT_WORDS), min(len(words) - 1, i + _CONTEXT_WORDS)
            if spans and lo <= last_end:
                start = spans[-1][0]
                spans[-1] = (start, words[hi][1], shouting)
            else:
                spans.append((words[lo][0], words[hi][1], shouting))
            last_end = hi
    return spans


class _Covered:
    """Is a word inside one of the known spans (or the punctuation right after it)? O(log n) per word."""

    def __init__(self, known: Sequence[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(known):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]

    def __call__(self, start: int, end: int) -> bool:
        i = bisect_right(self._starts, start) - 1
        return i >= 0 and end <= self._ends[i] + 1


def _sentence_start(words: list[tuple[int, int, str]], i: int) -> bool:
    return i == 0 or words[i - 1][2][-1] in ".!?:"


def _next_capitalised(words: list[tuple[int, int, str]], i: int) -> bool:
    if i + 1 >= len(words) or words[i][2][-1] in ".,;:!?)":
        return False
    nxt = words[i + 1][2]
    return nxt[:1].isupper()


class WindowNer:
    """Entities of whole texts, from windowed and cached NER."""

    def __init__(self, nlp: NerOnlyNlpEngine, cache_size: int, batch_size: int) -> None:
        self._nlp = nlp
        self._cache: LruCache[tuple[Entity, ...]] = LruCache(cache_size)
        self._batch_size = batch_size
        self.windows_run = 0

    @property
    def cache_hits(self) -> int:
        return self._cache.hits

    def entities(self, texts: Sequence[str], known: Sequence[Sequence[tuple[int, int]]]) -> list[list[Entity]]:
        """``(start, end, spaCy label)`` per text; ``known[i]`` are name spans of ``texts[i]`` found already."""
        plans: list[list[tuple[int, bytes]]] = []
        todo: dict[bytes, str] = {}
        found: dict[bytes, tuple[Entity, ...]] = {}
        for text, names in zip(texts, known, strict=True):
            plan = []
            for start, end, shouting in windows(text, names):
                view = text[start:end]
                if shouting:
                    # The English model finds names only in mixed case; title() keeps offsets for
                    # nearly all text, and the view is used only when it does.
                    titled = view.title()
                    view = titled if len(titled) == len(view) else view
                key = content_key(view)
                plan.append((start, key))
                if key not in found and key not in todo:
                    cached = self._cache.get(key)
                    if cached is None:
                        todo[key] = view
                    else:
                        found[key] = cached
            plans.append(plan)
        for key, doc in zip(todo, self._nlp.run_ner(list(todo.values()), self._batch_size), strict=True):
            entities = tuple((ent.start_char, ent.end_char, ent.label_) for ent in doc.ents)
            found[key] = entities
            self._cache.put(key, entities)
        self.windows_run += len(todo)
        # Windows of one text never overlap (neighbours are merged), so neither do their entities.
        return [
            [(offset + start, offset + end, label) for offset, key in plan for start, end, label in found[key]]
            for plan in plans
        ]
