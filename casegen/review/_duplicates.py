"""Near-duplicate groups of cases: same input after normalization, or very similar (MinHash LSH).

Inputs are first bucketed by fingerprint (placeholders made generic, case folded, whitespace collapsed:
see ``casegen.cases.normalized_input``); the buckets are then joined when their MinHash signatures
(``datasketch``, character 5-gram shingles, which need no tokenizer in any language) estimate a
Jaccard similarity of at least ``threshold``. A group's representative is its earliest case (trace start
time, then id) and its key is the representative's fingerprint, so the key stays as later near-duplicates
join.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from datasketch import MinHash, MinHashLSH

from casegen.cases import input_fingerprint, normalized_input
from schemas.case import Case

SHINGLE = 5
"""Characters per shingle."""
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class DuplicateGroup:
    """Cases with (nearly) the same input, earliest first."""

    key: str
    """The representative's input fingerprint (``dup-`` + 16 hex digits)."""
    representative: str
    """Id of the earliest case: the one to review."""
    members: tuple[str, ...]
    """Ids of every case in the group, representative first."""

    @property
    def size(self) -> int:
        return len(self.members)


def group_near_duplicates(
    cases: Sequence[Case], *, threshold: float = 0.8, num_perm: int = 128
) -> list[DuplicateGroup]:
    """Every case in exactly one group (most groups have one member), in order of their representatives."""
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], not {threshold}")
    ordered = sorted(cases, key=_age)
    buckets: dict[str, list[Case]] = {}
    texts: dict[str, str] = {}
    for case in ordered:
        key = input_fingerprint(case.content.input)
        buckets.setdefault(key, []).append(case)
        texts.setdefault(key, normalized_input(case.content.input))
    parent = {key: key for key in buckets}
    if threshold < 1.0 and len(buckets) > 1:
        _join_similar(texts, parent, threshold, num_perm)
    groups: dict[str, list[Case]] = {}
    for key, members in buckets.items():  # buckets are in age order, so each group's first case is its earliest
        groups.setdefault(_root(parent, key), []).extend(members)
    result = []
    for members in groups.values():
        members.sort(key=_age)
        result.append(
            DuplicateGroup(
                key=input_fingerprint(members[0].content.input),
                representative=members[0].id,
                members=tuple(case.id for case in members),
            )
        )
    by_id = {case.id: case for case in ordered}
    return sorted(result, key=lambda group: _age(by_id[group.representative]))


def _join_similar(texts: dict[str, str], parent: dict[str, str], threshold: float, num_perm: int) -> None:
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    signatures: dict[str, MinHash] = {}
    for key, text in texts.items():
        signature = MinHash(num_perm=num_perm, seed=1)
        signature.update_batch([s.encode("utf-8") for s in _shingles(text)])
        signatures[key] = signature
        lsh.insert(key, signature)
    for key, signature in signatures.items():
        for other in lsh.query(signature):
            if other != key and signature.jaccard(signatures[other]) >= threshold:
                _union(parent, key, other)


def _shingles(text: str) -> set[str]:
    if len(text) <= SHINGLE:
        return {text}
    return {text[i : i + SHINGLE] for i in range(len(text) - SHINGLE + 1)}


def _root(parent: dict[str, str], key: str) -> str:
    while parent[key] != key:
        parent[key] = parent[parent[key]]
        key = parent[key]
    return key


def _union(parent: dict[str, str], a: str, b: str) -> None:
    root_a, root_b = _root(parent, a), _root(parent, b)
    if root_a != root_b:
        parent[max(root_a, root_b)] = min(root_a, root_b)


def _age(case: Case) -> tuple[datetime, str]:
    return (case.metadata.started_at or _EPOCH, case.id)
