"""NER over all of every text, in chunks of bounded size, batched through ``nlp.pipe`` and cached.

Every text with a letter goes through the model: names the cue rules do not foresee are found only
by looking at all of the text. Texts are cut into chunks of at most :data:`MAX_CHUNK_CHARS`
(at a line break if there is one, else a sentence end, else a space), so a 1 MB paste costs the
memory of one chunk at a time, not of one giant ``Doc``. Chunks are cached by content hash: a
system prompt or a retrieved chunk seen before costs a hash lookup.

The small English model finds names only in mixed case, so ALL-CAPS lines, and runs of capitalised
words inside other lines ("NEW | PEMBA SHERPA | Laptop"), are given to it title-cased (same length,
same offsets), and a dash glued to the front of a capitalised word is read as a space.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from redaction._cache import LruCache, content_key
from redaction._nlp import NerOnlyNlpEngine

MAX_CHUNK_CHARS = 2_000
# Where a chunk may end, best first: a line break, a sentence end, a space.
_CUTS = (regex.compile(r"\n"), regex.compile(r"[.!?;][ \t]"), regex.compile(r"[ \t]"))
_LETTER = regex.compile(r"\p{L}")
_LINE = regex.compile(r"[^\n]+")
# Two to four ALL-CAPS words, one of four letters or more, not glued to a code ("INVOICE NF-e 166"): a shouted
# name in a table row or a ticket line.
_CAPS_RUN = regex.compile(
    r"(?<![\p{L}\p{M}\d\-_./@])\p{Lu}[\p{Lu}\p{M}]+(?:[ \t]+\p{Lu}[\p{Lu}\p{M}]+){1,3}(?![\p{L}\p{M}\d\-_./@])"
)
_LONG_WORD = regex.compile(r"\p{Lu}{4}")
# A dash glued to a capitalised word ("tomorrow -Kwame Mensah", "3pm. -Tharindu"): the tokenizer keeps "-Kwame"
# as one token, which the model never reads as a name. A space in its place keeps the offsets; a flag ("-Xmx512m",
# "-Dkey=value") keeps its dash.
_GLUED_DASH = regex.compile(r"(?<!\S)[-–—](?=\p{Lu}[\p{Ll}\p{M}]{2,}(?![\p{L}\d_=]))")


# Labels of codes that a shouted code follows ("BIC KREDBEBB", "SWIFT DEUTDEFF"): the run is a code, not a name.
_CODE_LABELS = frozenset(
    {"BIC", "SWIFT", "IBAN", "VAT", "SKU", "EAN", "UPC", "REF", "NIP", "KVK", "EIN", "IMEI", "MAC"}
)


def _title_run(run: regex.Match[str]) -> str:
    text = run.group()
    if not _LONG_WORD.search(text) or _CODE_LABELS.intersection(text.split()):
        return text
    return text.title()


Entity = tuple[int, int, str]


def chunks(text: str, limit: int = MAX_CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """``(offset, piece)`` of ``text`` in order, each piece at most ``limit`` characters."""
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = -1
        for pattern in _CUTS:
            # The last cut point in the second half of the window keeps chunks reasonably full.
            for match in pattern.finditer(text, start + limit // 2, end):
                cut = match.end()
            if cut > 0:
                break
        end = cut if cut > 0 else end
        yield start, text[start:end]
        start = end
    if start < len(text):
        yield start, text[start:]


def _mostly_upper(line: str) -> bool:
    upper = sum(map(str.isupper, line))
    lower = sum(map(str.islower, line))
    return upper > 4 * lower and upper > 8


def model_view(chunk: str) -> str:
    """The chunk as the model reads names best: shouting lines title-cased when that keeps their length."""
    if not any(map(str.isupper, chunk)):
        return chunk
    chunk = _GLUED_DASH.sub(" ", chunk)
    pieces: list[str] = []
    done = 0
    for line in _LINE.finditer(chunk):
        text = line.group()
        titled = text.title() if _mostly_upper(text) else _CAPS_RUN.sub(_title_run, text)
        if titled != text and len(titled) == len(text):
            pieces.append(chunk[done : line.start()])
            pieces.append(titled)
            done = line.end()
    if not pieces:
        return chunk
    pieces.append(chunk[done:])
    return "".join(pieces)


class ChunkedNer:
    """Entities of whole texts, from chunked and cached NER."""

    def __init__(self, nlp: NerOnlyNlpEngine, cache_size: int, batch_size: int) -> None:
        self._nlp = nlp
        self._cache: LruCache[tuple[Entity, ...]] = LruCache(cache_size)
        self._batch_size = batch_size
        self.chunks_run = 0

    @property
    def cache_hits(self) -> int:
        return self._cache.hits

    def entities(self, texts: Sequence[str]) -> list[list[Entity]]:
        """``(start, end, spaCy label)`` per text, absolute offsets."""
        plans: list[list[tuple[int, bytes]]] = []
        todo: dict[bytes, str] = {}
        found: dict[bytes, tuple[Entity, ...]] = {}
        for text in texts:
            plan = []
            for offset, piece in chunks(text):
                if not _LETTER.search(piece):
                    continue
                view = model_view(piece)
                key = content_key(view)
                plan.append((offset, key))
                if key not in found and key not in todo:
                    cached = self._cache.get(key)
                    if cached is None:
                        todo[key] = view
                    else:
                        found[key] = cached
            plans.append(plan)
        # Chunks of a batch go through the model in groups, so a batch of large texts never holds
        # more than one group of docs at a time.
        keys = list(todo)
        for at in range(0, len(keys), self._batch_size):
            group = keys[at : at + self._batch_size]
            docs = self._nlp.run_ner([todo[key] for key in group], self._batch_size)
            for key, doc in zip(group, docs, strict=True):
                entities = tuple((ent.start_char, ent.end_char, ent.label_) for ent in doc.ents)
                found[key] = entities
                self._cache.put(key, entities)
        self.chunks_run += len(todo)
        return [
            [(offset + start, offset + end, label) for offset, key in plan for start, end, label in found[key]]
            for plan in plans
        ]
