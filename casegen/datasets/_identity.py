"""Content addresses: the digest of one case revision and the id of a dataset version.

The canonical serialization ("tracecase canonical JSON, v1") is defined here, not left to a library's
defaults, so that an id computed today on SQLite equals the one computed next year on PostgreSQL, in
another installation, under another Python version:

1. The document of a case revision is ``Case.model_dump(mode="json")``: every field, the bookkeeping
   ones included (a revision is its content *and* who made it when), datetimes as pydantic writes them
   (RFC 3339, ``Z`` for UTC).
2. It is written as UTF-8 JSON with object keys sorted by code point and no whitespace (separators
   ``,`` and ``:``); strings are written literally except ``"``, ``\\`` and U+0000..U+001F, which are
   escaped (``\\n``, ``\\t``... or ``\\u00XX``, lower-case hex); integers in plain decimal of any size;
   floats in the shortest form that reads back to the same double (Python's ``repr``: ``0.1``,
   ``1e-07``, ``1e+21``); NaN and infinities are refused. This is exactly what
   ``json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)``
   writes, and ``tests/datasets/test_identity.py`` pins it with fixed expected digests.
3. A revision's digest is the lower-case hex SHA-256 of those bytes.
4. A version's id is the digest of the canonical JSON of
   ``{"scheme": "tracecase.dataset-version.v1", "members": [[case_id, revision, digest], ...]}``
   with members sorted by case id: order-independent, and only the member revisions count (not the
   dataset's name, description or the time the version was made).
"""

from __future__ import annotations

import hashlib
import itertools
import json
from collections.abc import Iterable, Mapping
from typing import Any

from casegen.exceptions import DatasetError
from schemas.case import Case
from schemas.dataset import MemberRevision

VERSION_SCHEME = "tracecase.dataset-version.v1"

_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def canonical_json(document: Any) -> bytes:
    """The canonical bytes of a JSON-able document (rule 2 of the module docstring)."""
    try:
        text = _ENCODER.encode(document)
    except ValueError as exc:  # NaN or infinity: not JSON
        raise DatasetError(f"a case document holds a value that is not JSON: {exc}") from exc
    return text.encode("utf-8", "surrogatepass")


def document_digest(document: Mapping[str, Any]) -> str:
    """The digest of a case revision given as its JSON document (``Case.model_dump(mode="json")``, or the
    parsed text of ``Case.model_dump_json()``: they are equal)."""
    return hashlib.sha256(canonical_json(document)).hexdigest()


def revision_digest(case: Case) -> str:
    """The digest of one case revision."""
    return document_digest(case.model_dump(mode="json"))


def member_of(case: Case) -> MemberRevision:
    return MemberRevision(case_id=case.id, revision=case.revision, digest=revision_digest(case))


def sorted_members(members: Iterable[MemberRevision]) -> tuple[MemberRevision, ...]:
    """Members by case id; a case twice is an error (a version holds one revision of each case)."""
    ordered = sorted(members, key=lambda m: m.case_id)
    for before, after in itertools.pairwise(ordered):
        if before.case_id == after.case_id:
            raise DatasetError(f"case {after.case_id} is in the version twice")
    return tuple(ordered)


def version_id(members: Iterable[MemberRevision]) -> str:
    """The content address of a version with these members (rule 4 of the module docstring)."""
    rows = [[m.case_id, m.revision, m.digest] for m in sorted_members(members)]
    return hashlib.sha256(canonical_json({"scheme": VERSION_SCHEME, "members": rows})).hexdigest()
