"""Revisions: immutable, field-level differences, late spans, several sources on one case."""

from __future__ import annotations

from datetime import timedelta

import jsonpatch
import pytest
from conftest import NOW, chat, rule_source, span, trace

from casegen.cases import (
    add_sources,
    build_case,
    case_document,
    changed_fields,
    diff_cases,
    revise_from_trace,
)
from casegen.review import accept, label, reject
from schemas import Message
from schemas.case import Case, ContainmentSource, TicketSource

LATER = NOW + timedelta(minutes=5)


def _first_call() -> list:
    return [
        span(1, "agent", end=9, name="agent"),
        span(
            2,
            parent=1,
            end=1,
            input_messages=[Message(role="user", content="Where is my order?")],
            output_messages=[Message(role="assistant", content="Let me check.")],
        ),
    ]


def _late_span() -> object:
    return span(
        3,
        parent=1,
        start=2,
        end=3,
        input_messages=[Message(role="user", content="Where is my order?")],
        output_messages=[Message(role="assistant", content="It ships tomorrow.")],
        model="gpt-4o",
    )


def _case() -> Case:
    return build_case(trace(*_first_call()), [rule_source()], author="rule:errors", at=NOW)


def test_a_diff_lists_field_changes_with_old_values_and_replays_as_a_patch() -> None:
    older = _case()
    newer = revise_from_trace(older, trace(*_first_call(), _late_span()), author="tracecase", at=LATER)
    assert newer is not None
    changes = diff_cases(older, newer)
    by_path = {c.path: c for c in changes}
    output = by_path["/content/actual_output"]
    assert (output.op, output.before, output.after) == ("replace", "Let me check.", "It ships tomorrow.")
    assert by_path["/metadata/model"].after == "gpt-4o" and by_path["/metadata/model"].before is None
    assert "content.actual_output" in changed_fields(changes) and "provenance.span_ids" in changed_fields(changes)
    patch = [
        {
            "op": c.op,
            "path": c.path,
            **({"from": c.from_path} if c.op == "move" else {}),
            **({"value": c.after} if c.op in ("add", "replace") else {}),
        }
        for c in changes
    ]
    assert jsonpatch.apply_patch(case_document(older), patch) == case_document(newer)


def test_bookkeeping_is_not_a_difference() -> None:
    case = _case()
    assert diff_cases(case, case.model_copy(update={"revision": 7, "author": "x", "created_at": LATER})) == ()


def test_a_late_span_revises_a_candidate_and_leaves_the_old_revision_alone() -> None:
    case = _case()
    before = case.model_dump()
    revised = revise_from_trace(case, trace(*_first_call(), _late_span()), author="tracecase", at=LATER)
    assert revised is not None
    assert (revised.revision, revised.status, revised.change, revised.reopened) == (
        2,
        "candidate",
        "trace_revised",
        None,
    )
    assert revised.provenance.span_ids[-1] == f"{3:016x}" and revised.provenance.sources == case.provenance.sources
    assert case.model_dump() == before
    assert revise_from_trace(revised, trace(*_first_call(), _late_span()), author="tracecase", at=LATER) is None


def test_an_accepted_case_changed_by_a_late_span_goes_back_to_review_with_the_difference() -> None:
    accepted = accept(_case(), by="ana", at=NOW, expected_output="It ships tomorrow.", labels=["missing_information"])
    revised = revise_from_trace(accepted, trace(*_first_call(), _late_span()), author="tracecase", at=LATER)
    assert revised is not None and revised.status == "candidate"
    assert revised.reopened is not None
    assert (revised.reopened.from_revision, revised.reopened.from_status) == (accepted.revision, "accepted")
    assert any(c.path == "/content/actual_output" for c in revised.reopened.changes)
    assert revised.review == accepted.review  # the reviewer's work is kept for the re-review
    # a second late span: the differences accumulate from the reviewed revision
    extra = span(4, "tool", parent=1, start=4, end=5, name="tool")
    again = revise_from_trace(revised, trace(*_first_call(), _late_span(), extra), author="tracecase", at=LATER)
    assert again is not None and again.reopened is not None
    assert again.reopened.from_revision == accepted.revision
    assert len(again.reopened.changes) > len(revised.reopened.changes)
    # accepting again settles it
    settled = accept(again, by="ana", at=LATER)
    assert settled.status == "accepted" and settled.reopened is None


def test_a_rejected_case_keeps_its_status_when_its_trace_changes() -> None:
    rejected = reject(_case(), by="ana", at=NOW, reason="not useful")
    revised = revise_from_trace(rejected, trace(*_first_call(), _late_span()), author="tracecase", at=LATER)
    assert revised is not None and revised.status == "rejected" and revised.reopened is None


def test_a_trace_of_another_case_is_refused() -> None:
    with pytest.raises(ValueError, match="is built from trace"):
        revise_from_trace(_case(), chat().model_copy(update={"trace_id": "f" * 32}), author="t", at=LATER)


def test_several_tickets_make_one_case_listing_all() -> None:
    case = _case()
    one = TicketSource(ticket_id="T-1", note="angry customer", by="sam", at=LATER)
    two = TicketSource(ticket_id="T-2", at=LATER)
    revised = add_sources(case, [one, two, TicketSource(ticket_id="T-1", at=LATER)], author="ticket:T-1", at=LATER)
    assert revised is not None and revised.change == "source_added"
    assert [getattr(s, "ticket_id", None) for s in revised.provenance.sources] == [None, "T-1", "T-2"]
    assert add_sources(revised, [two, rule_source()], author="x", at=LATER) is None
    frozen = add_sources(revised, [ContainmentSource(set_name="inc-7", version=1, at=LATER)], author="x", at=LATER)
    assert frozen is not None and frozen.provenance.sources[-1].kind == "containment"


def test_a_label_change_is_a_field_difference() -> None:
    case = _case()
    labeled = label(case, ["hallucination"], by="ana", at=LATER)
    assert [(c.op, c.path, c.after) for c in diff_cases(case, labeled)] == [
        ("add", "/review/labels/0", "hallucination")
    ]
