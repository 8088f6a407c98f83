"""Version ids are content addresses: the same member revisions give the same id in any order, on any
database and installation; any change to a member revision gives another. The canonical serialization is
pinned by fixed digests so that a library or Python upgrade cannot change ids silently."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime

import pytest
from dataset_cases import T0, reviewed_cases

from casegen import DatasetError
from casegen.cases import next_revision
from casegen.datasets import (
    RevisionHistory,
    canonical_json,
    document_digest,
    make_version,
    member_of,
    revision_digest,
    version_id,
)
from schemas import Message
from schemas.case import Case, CaseContent, CaseInput, CaseMetadata, Provenance, RuleSource, ToolStep
from schemas.dataset import MemberRevision

AT = datetime(2025, 1, 2, 3, 4, 5, 678901, tzinfo=UTC)


def _pinned_case() -> Case:
    """A hand-built case exercising every part of the canonical form: non-ASCII text, control characters,
    floats, an integer beyond 64 bits, nested objects with unsorted keys."""
    return Case(
        id="case-0001",
        revision=3,
        status="accepted",
        content=CaseContent(
            input=CaseInput(
                system="Sé breve.\tTabs\nand lines",
                messages=(Message(role="user", content="¿Dónde está mi pedido? 📦"),),
            ),
            tool_trajectory=(ToolStep(name="lookup", arguments={"z": 1, "a": [0.1, 1e-7, 1e21, 2**70]}, result="ok"),),
            actual_output="Mañana.",
        ),
        metadata=CaseMetadata(service="shop", model="gpt-4o", language="es", duration_ms=1234.5),
        provenance=Provenance(
            trace_id="4bf92f3577b34da6a3ce929d0e0e4736",
            sources=(RuleSource(rule="errors", reason="status ERROR", at=AT),),
        ),
        author="ana",
        created_at=AT,
    )


PINNED_TEXT = (
    '{"author":"ana","change":"created","content":{"actual_output":"Mañana.","context_documents":[],'
    '"input":{"messages":[{"content":"¿Dónde está mi pedido? 📦","role":"user","tool_call_id":null,'
    '"tool_calls":null}],"system":"Sé breve.\\tTabs\\nand lines"},"tool_trajectory":[{"arguments":'
    '{"a":[0.1,1e-07,1e+21,1180591620717411303424],"z":1},"error":null,"id":null,"name":"lookup",'
    '"result":"ok","span_id":null}]},"created_at":"2025-01-02T03:04:05.678901Z","duplicate_group":null,'
    '"duplicate_of":null,"id":"case-0001","metadata":{"convention":null,"duration_ms":1234.5,"error":null,'
    '"feedback":[],"language":"es","model":"gpt-4o","provider":null,"service":"shop","started_at":null,'
    '"tool_names":[]},"provenance":{"sources":[{"at":"2025-01-02T03:04:05.678901Z","kind":"rule",'
    '"reason":"status ERROR","rule":"errors"}],"span_ids":[],"trace_id":"4bf92f3577b34da6a3ce929d0e0e4736"},'
    '"redaction":[],"reopened":null,"review":{"expected_output":null,"labels":[],"notes":null,'
    '"reject_reason":null},"revision":3,"schema_version":1,"status":"accepted"}'
)


def test_the_canonical_form_is_pinned() -> None:
    # Keys sorted, no whitespace, non-ASCII literal, control characters escaped, floats in repr form, an
    # integer beyond 64 bits exact. If this changes, every version id changes: only with a new scheme.
    case = _pinned_case()
    assert canonical_json(case.model_dump(mode="json")).decode() == PINNED_TEXT
    assert revision_digest(case) == "d077b98d3255a6e99f882406439740482eee38bbe27216d5aaf9c3bb8fe05ae9"
    assert version_id([member_of(case)]) == "319950a6cc619a5a3eceeead98487cf35a6d35a0a7af555887a4146c3d715218"


def test_nan_is_refused_not_serialized() -> None:
    with pytest.raises(DatasetError, match="not JSON"):
        canonical_json({"score": float("nan")})


def test_same_revisions_same_id_in_any_order() -> None:
    members = [member_of(c) for c in reviewed_cases()]
    shuffled = members[:]
    random.Random(7).shuffle(shuffled)
    assert version_id(members) == version_id(shuffled) == version_id(reversed(members))
    history = RevisionHistory.of(reviewed_cases())
    golden = make_version("golden", members, history, previous=None, by="ana", at=T0)
    other = make_version("containment/incident-7", shuffled, history, previous=None, by="ben", at=AT, message="x")
    assert golden.id == other.id == version_id(members)


def test_any_member_change_changes_the_id() -> None:
    cases = list(reviewed_cases())
    members = [member_of(c) for c in cases]
    base = version_id(members)
    assert version_id(members[1:]) != base
    edited = next_revision(cases[0], change="edited", author="ben", at=AT)  # bookkeeping only: still another revision
    assert version_id([member_of(edited), *members[1:]]) != base
    tampered = members[0].model_copy(update={"digest": "0" * 64})
    assert version_id([tampered, *members[1:]]) != base


def test_stored_json_text_gives_the_same_digest_as_the_model() -> None:
    # The store keeps cases as JSON text; digesting the parsed text needs no model and gives the same digest.
    for case in reviewed_cases():
        assert document_digest(json.loads(case.model_dump_json())) == revision_digest(case)
        assert revision_digest(Case.model_validate_json(case.model_dump_json())) == revision_digest(case)


def test_a_case_twice_in_a_version_is_refused() -> None:
    member = MemberRevision(case_id="a", revision=1, digest="a" * 64)
    with pytest.raises(DatasetError, match="case a is in the version twice"):
        version_id([member, member.model_copy(update={"revision": 2})])
