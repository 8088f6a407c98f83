"""Pseudonym consistency: within one trace, does the same planted value always become the same placeholder?

The redacted output is aligned to its input on shared runs of at least ``ANCHOR`` characters; the
placeholders between the anchors around a planted value are what replaced it. JSON texts are skipped (a
re-serialized document does not align character by character), as are values that were not removed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from .corpus import CorpusText

ANCHOR = 4
PLACEHOLDER = re.compile(r"<[A-Z][A-Z_]*_\d+>")


def placeholders_at(text: str, output: str, start: int, end: int, entity: str = "") -> tuple[str, ...]:
    """The placeholders (of ``entity``'s type, if given) the output holds where ``text[start:end]`` was."""
    blocks = [b for b in SequenceMatcher(None, text, output, autojunk=False).get_matching_blocks() if b.size >= ANCHOR]
    lo = max((b.b + b.size for b in blocks if b.a + b.size <= start), default=0)
    hi = min((b.b for b in blocks if b.a >= end), default=len(output))
    found = (m.group() for m in PLACEHOLDER.finditer(output, lo, hi) if m.end() <= hi)
    return tuple(p for p in found if not entity or p.startswith(f"<{entity}_"))


@dataclass
class Consistency:
    values: int = 0  # (trace, value) pairs redacted in at least two texts
    consistent: int = 0
    examples: list[str] | None = None

    @property
    def rate(self) -> float:
        return self.consistent / self.values if self.values else 1.0


def consistency(corpus: Sequence[CorpusText], outputs: Sequence[str], entities: frozenset[str]) -> Consistency:
    seen: dict[tuple[str, str], set[tuple[str, ...]]] = defaultdict(set)
    texts: dict[tuple[str, str], int] = defaultdict(int)
    for item, output in zip(corpus, outputs, strict=True):
        if item.is_json:
            continue
        for entity, value in {(lab.entity, lab.value) for lab in item.labels if lab.entity in entities}:
            start = item.text.find(value)
            if start < 0 or value in output:
                continue
            found = placeholders_at(item.text, output, start, start + len(value), entity)
            if found:
                seen[(item.trace_id, value)].add(found)
                texts[(item.trace_id, value)] += 1
    result = Consistency(examples=[])
    for key, variants in seen.items():
        if texts[key] < 2:
            continue
        result.values += 1
        result.consistent += len(variants) == 1
        if len(variants) > 1 and result.examples is not None and len(result.examples) < 5:
            result.examples.append(f"{key[1]!r} -> {sorted(variants)}")
    return result
