"""The case contract: JSON round trips, immutability, the discriminated sources, and what it refuses."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from schemas import Message, RedactionRecord
from schemas.case import (
    Case,
    CaseContent,
    CaseInput,
    ContainmentSource,
    Provenance,
    RuleSource,
    TicketFlag,
    TicketSource,
)

AT = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
TRACE = "0af7651916cd43dd8448eb211c80319c"


def _case(**changes: object) -> Case:
    fields: dict[str, object] = {
        "id": "c1",
        "revision": 1,
        "content": CaseContent(input=CaseInput(system="Be brief.", messages=(Message(role="user", content="Hi"),))),
        "provenance": Provenance(
            trace_id=TRACE,
            sources=(
                RuleSource(rule="errors", reason="status ERROR", at=AT),
                TicketSource(ticket_id="T-1", note="customer <PERSON_1> upset", by="ana", at=AT),
                ContainmentSource(set_name="incident-42", version=2, at=AT),
            ),
        ),
        "redaction": (RedactionRecord(policy_version="p1", fields={"content.input.messages": {"PERSON": 1}}),),
        "author": "rule:errors",
        "created_at": AT,
    }
    fields.update(changes)
    return Case.model_validate(fields)


def test_a_case_round_trips_through_json_with_every_source_kind() -> None:
    case = _case()
    again = Case.model_validate_json(case.model_dump_json())
    assert again == case
    assert [type(s) for s in again.provenance.sources] == [RuleSource, TicketSource, ContainmentSource]
    assert again.schema_version == 1 and again.status == "candidate"


def test_a_revision_cannot_be_changed_in_place() -> None:
    case = _case()
    with pytest.raises(ValidationError):
        case.status = "accepted"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"revision": 0}, "revision"),
        ({"status": "approved"}, "status"),
        ({"created_at": datetime(2025, 3, 1)}, "created_at"),  # naive time: ambiguous in a shared store
        ({"author": ""}, "author"),
        ({"surprise": 1}, "surprise"),
    ],
)
def test_bad_fields_are_named(changes: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        _case(**changes)
    assert field in str(info.value)


def test_a_case_needs_a_source_and_a_real_trace_id() -> None:
    with pytest.raises(ValidationError, match="sources"):
        Provenance(trace_id=TRACE, sources=())
    with pytest.raises(ValidationError, match="trace_id"):
        Provenance(trace_id="not-hex", sources=(RuleSource(rule="errors", reason="x", at=AT),))


def test_an_unknown_source_kind_is_refused() -> None:
    with pytest.raises(ValidationError, match="kind"):
        Provenance.model_validate({"trace_id": TRACE, "sources": [{"kind": "email", "at": AT.isoformat()}]})


def test_a_ticket_flag_waits_by_default() -> None:
    flag = TicketFlag(trace_id=TRACE, ticket_id="T-9", created_at=AT, expires_at=AT)
    assert flag.status == "waiting" and flag.case_id is None
