"""Realistic cases for dataset and export tests: the captured real-instrumentation traces (plus one trace
carrying PII canaries), redacted by the real redactor, built into cases and reviewed.

Every case here holds redacted content only; :data:`CANARIES` are the raw values that must never appear
in anything built from them.
"""

from __future__ import annotations

import functools
from datetime import UTC, datetime, timedelta
from pathlib import Path

from casegen.cases import build_case
from casegen.review import accept, reject
from ingest import load_traces
from schemas import Message, RedactionRecord, TraceRecord
from schemas.case import Case, ReviewDecision, RuleSource, TicketSource

CAPTURED = Path(__file__).parents[1] / "data" / "captured"
T0 = datetime(2025, 6, 2, 9, 0, tzinfo=UTC)
CANARIES = ("Maria Gonzalez", "maria.gonzalez@example.com", "+1 415 555 0132")
_CANARY_PROMPT = (
    "Hi, I'm Maria Gonzalez (maria.gonzalez@example.com, +1 415 555 0132). My refund has not arrived: where is it?"
)
CANARY_TRACE = "c" * 32
TOOL_TRACE = "d" * 32
LABELS = ("hallucination", "missing_information", "wrong_tool_call", "other")


@functools.cache
def redacted_traces() -> tuple[tuple[TraceRecord, ...], str]:
    """The captured traces and one PII-canary trace after real redaction, and the redaction policy version."""
    from redaction import Redactor

    traces = load_traces([CAPTURED]).traces
    traces += [_canary_trace(traces), _tool_conversation()]
    redactor = Redactor()
    return tuple(redactor.redact_traces(traces)), redactor.policy_version


def _canary_trace(traces: list[TraceRecord]) -> TraceRecord:
    original = next(t for t in traces if t.input_messages and t.output and t.spans)
    prompt = [Message(role="user", content=_CANARY_PROMPT)]
    trace_id = CANARY_TRACE
    spans = [
        s.model_copy(update={"trace_id": trace_id, **({"input_messages": prompt} if s.input_messages else {})})
        for s in original.spans
    ]
    return original.model_copy(update={"trace_id": trace_id, "spans": spans, "input_messages": prompt})


def _tool_conversation() -> TraceRecord:
    """A conversation whose input already holds tool calls (one with arguments that are not JSON) and a tool
    result before the last user turn: the captured traces end their input at the first user turn."""
    from ingest import build_trace
    from schemas import NormalizedSpan, ToolCallRequest

    conversation = [
        Message(role="user", content="What is the weather in Paris and in Rome?"),
        Message(
            role="assistant",
            tool_calls=[
                ToolCallRequest(id="call_1", name="get_weather", arguments={"city": "Paris"}),
                ToolCallRequest(id="call_2", name="get_weather", arguments="Rome, please"),
            ],
        ),
        Message(role="tool", content="18C and sunny", tool_call_id="call_1"),
        Message(role="tool", content="unknown city format", tool_call_id="call_2"),
        Message(role="user", content="And tomorrow in Paris?"),
    ]
    span = NormalizedSpan(
        trace_id=TOOL_TRACE,
        span_id="d" * 16,
        name="chat gpt-4o",
        kind="llm",
        convention="otel_genai",
        service="weather-bot",
        model="gpt-4o",
        start_time=T0,
        end_time=T0 + timedelta(seconds=2),
        system="You are a weather assistant.",
        input_messages=conversation,
        output_messages=[Message(role="assistant", content="Tomorrow Paris will be 20C and cloudy.")],
    )
    return build_trace([span])


@functools.cache
def candidate_cases() -> tuple[Case, ...]:
    """Revision 1 of a case per redacted trace, promoted by a rule (every third also by a ticket)."""
    traces, policy = redacted_traces()
    cases = []
    for index, trace in enumerate(traces):
        at = T0 + timedelta(minutes=index)
        rule = RuleSource(rule="errors" if trace.error else "sampling", reason="test", at=at)
        sources: list[RuleSource | TicketSource] = [rule]
        if index % 3 == 0:
            sources.append(TicketSource(ticket_id=f"T-{index}", note="answer was wrong", by="sam", at=at))
        records = {span.span_id: RedactionRecord(policy_version=policy) for span in trace.spans}
        cases.append(build_case(trace, sources, author=f"rule:{rule.rule}", at=at, span_records=records))
    return tuple(sorted(cases, key=lambda c: c.id))


def expected_output_for(case: Case) -> str:
    """What a reviewer writes as the reference answer: the (redacted) actual output, or for failed calls
    what the assistant should have said."""
    return case.content.actual_output or "I could not reach the service just now; please try again in a minute."


@functools.cache
def reviewed_cases() -> tuple[Case, ...]:
    """The candidates after review: most accepted with an expected output and labels, every seventh rejected,
    every fifth left a candidate; the PII-canary and tool-conversation cases are accepted."""
    reviewed = []
    for index, case in enumerate(candidate_cases()):
        at = T0 + timedelta(hours=1, minutes=index)
        if case.provenance.trace_id in (CANARY_TRACE, TOOL_TRACE):
            reviewed.append(accept(case, by="ana", at=at, expected_output=expected_output_for(case)))
        elif index % 5 == 4:
            reviewed.append(case)
        elif index % 7 == 6:
            reviewed.append(reject(case, by="ana", at=at, reason="not reproducible"))
        else:
            labels = [LABELS[index % len(LABELS)]] if index % 2 else []
            reviewed.append(accept(case, by="ana", at=at, expected_output=expected_output_for(case), labels=labels))
    return tuple(reviewed)


def accepted_cases() -> tuple[Case, ...]:
    return tuple(c for c in reviewed_cases() if c.status == "accepted")


def decisions_for(cases: tuple[Case, ...]) -> list[ReviewDecision]:
    """Two reviewers' independent decisions on each case: they agree except on every fourth case's label."""
    decisions = []
    for index, case in enumerate(cases):
        at = T0 + timedelta(hours=2, minutes=index)
        for reviewer in ("ana", "ben"):
            labels = tuple(case.review.labels)
            if reviewer == "ben" and index % 4 == 0:
                labels = ("hallucination",) if "hallucination" not in labels else ()
            decisions.append(
                ReviewDecision(
                    case_id=case.id,
                    revision=case.revision,
                    reviewer=reviewer,
                    decision="accept" if case.status == "accepted" else "reject",
                    labels=labels,
                    at=at,
                )
            )
    return decisions


def store_reviewed_cases(store: object) -> list[Case]:
    """Save every candidate and its reviewed revision into ``store`` (a ``store.TraceStore``); returns the
    current revisions."""
    from casegen.persist import save_case

    with store.transaction() as session:  # type: ignore[attr-defined]
        for case in candidate_cases():
            save_case(session, case)
        for case in reviewed_cases():
            if case.revision > 1:
                save_case(session, case)
    return list(reviewed_cases())
