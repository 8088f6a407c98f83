"""Cases from real captured traces after real redaction, and from hand-built traces for the edges."""

from __future__ import annotations

import pytest
from conftest import NOW, chat, rule_source, span, trace

from casegen.cases import LanguageDetector, build_case, case_id_for, case_redaction, input_conversation
from redaction import Redactor
from schemas import Message, RedactionRecord, ToolCallRequest, ToolExecution, TraceRecord
from schemas.case import Case


@pytest.mark.slow
def test_every_captured_trace_builds_a_case_that_mirrors_it(redacted_captured: list[TraceRecord]) -> None:
    for record in redacted_captured:
        case = build_case(record, [rule_source()], author="rule:errors", at=NOW)
        assert case.id == case_id_for(record.trace_id) and case.status == "candidate" and case.revision == 1
        assert case.provenance.span_ids == tuple(s.span_id for s in record.spans)
        assert case.content.actual_output == record.output
        assert case.content.input.system == record.system
        assert [t.name for t in case.content.tool_trajectory] == [c.name for c in record.tool_calls]
        assert case.metadata.service == record.service and case.metadata.model == record.model
        assert case.metadata.error == record.error
        assert Case.model_validate_json(case.model_dump_json()) == case
    with_tools = [c for c in map(_case, redacted_captured) if c.content.tool_trajectory]
    assert with_tools and all(step.span_id for c in with_tools for step in c.content.tool_trajectory)
    cases = list(map(_case, redacted_captured))
    with_text = [c for c in cases if c.content.actual_output or any(m.content for m in c.content.input.messages)]
    assert {c.metadata.language for c in with_text} == {"en"}
    assert {c.metadata.language for c in cases if c not in with_text} <= {None}


def _case(record: TraceRecord) -> Case:
    return build_case(record, [rule_source()], author="t", at=NOW)


@pytest.mark.slow
def test_a_case_from_a_redacted_trace_holds_placeholders_not_pii(captured_traces: list[TraceRecord]) -> None:
    original = next(t for t in captured_traces if t.input_messages)
    prompt = "My name is Maria Gonzalez, email maria.gonzalez@example.com. Where is my refund?"
    spans = [
        s.model_copy(update={"input_messages": [Message(role="user", content=prompt)]})
        if s.input_messages == original.input_messages
        else s
        for s in original.spans
    ]
    record = original.model_copy(update={"spans": spans, "input_messages": [Message(role="user", content=prompt)]})
    [redacted] = Redactor().redact_traces([record])
    case = build_case(redacted, [rule_source()], author="t", at=NOW)
    text = case.model_dump_json()
    assert "Maria" not in text and "maria.gonzalez@example.com" not in text
    assert "<EMAIL_ADDRESS_" in (case.content.input.messages[0].content or "")


def test_input_stops_at_the_last_user_turn() -> None:
    conversation = [
        Message(role="user", content="a"),
        Message(role="assistant", content="b"),
        Message(role="user", content="c"),
        Message(role="assistant", tool_calls=[ToolCallRequest(id="x", name="t")]),
        Message(role="tool", content="r", tool_call_id="x"),
    ]
    assert [m.content for m in input_conversation(conversation)] == ["a", "b", "c"]
    assert input_conversation([Message(role="assistant", content="only")])[0].content == "only"
    assert input_conversation([]) == []


def test_the_trajectory_joins_tool_spans_and_their_errors() -> None:
    record = trace(
        span(1, "agent", end=5, name="agent"),
        span(
            2,
            parent=1,
            end=1,
            input_messages=[Message(role="user", content="weather in Paris and Rome?")],
            output_messages=[
                Message(
                    role="assistant",
                    tool_calls=[
                        ToolCallRequest(id="a", name="get_weather", arguments='{"city": "Paris"}'),
                        ToolCallRequest(id="b", name="get_weather", arguments='{"city": "Rome"}'),
                    ],
                )
            ],
        ),
        span(3, "tool", parent=1, start=1, end=2, tool=ToolExecution(name="get_weather", call_id="a", result="sun")),
        span(4, "tool", parent=1, start=1, end=2, status="error", tool=ToolExecution(name="get_weather", call_id="b")),
    )
    steps = build_case(record, [rule_source()], author="t", at=NOW).content.tool_trajectory
    assert [(s.id, s.arguments, s.result, s.span_id) for s in steps] == [
        ("a", {"city": "Paris"}, "sun", f"{3:016x}"),
        ("b", {"city": "Rome"}, None, f"{4:016x}"),
    ]
    assert steps[0].error is None


def test_metadata_for_slicing() -> None:
    case = build_case(chat(provider="openai"), [rule_source()], author="t", at=NOW)
    meta = case.metadata
    assert (meta.service, meta.model, meta.provider, meta.convention) == ("checkout", "gpt-4o", "openai", "otel_genai")
    assert meta.duration_ms == 1000 and meta.started_at is not None and meta.started_at.tzinfo is not None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Where is my parcel? It was due on Monday.", "en"),
        ("Wo ist mein Paket? Es sollte am Montag ankommen.", "de"),
        ("¿Dónde está mi pedido? Debía llegar el lunes.", "es"),
        ("Où est mon colis ? Il devait arriver lundi.", "fr"),
        ("ok", None),  # too short to tell
        ("<PERSON_1> <EMAIL_ADDRESS_2> <PERSON_3f9a2c>", None),  # placeholders are not words
    ],
)
def test_language(text: str, language: str | None) -> None:
    case = build_case(chat(text), [rule_source()], author="t", at=NOW)
    assert case.metadata.language == language


def test_a_stricter_detector_abstains() -> None:
    strict = LanguageDetector(min_confidence=0.9999)
    case = build_case(chat("Refund order please"), [rule_source()], author="t", at=NOW, detector=strict)
    assert case.metadata.language is None


def _rag_trace() -> TraceRecord:
    return trace(
        span(1, "agent", end=5, name="agent"),
        span(2, "retrieval", parent=1, end=1),
        span(
            3,
            parent=1,
            start=1,
            end=2,
            system="Be kind.",
            input_messages=[Message(role="user", content="q")],
            output_messages=[Message(role="assistant", tool_calls=[ToolCallRequest(id="a", name="lookup")])],
        ),
        span(4, "tool", parent=1, start=2, end=3, tool=ToolExecution(name="lookup", call_id="a")),
        span(
            5,
            parent=1,
            start=3,
            end=4,
            system="Be kind.",
            input_messages=[Message(role="user", content="q"), Message(role="tool", content="r", tool_call_id="a")],
            output_messages=[Message(role="assistant", content="answer")],
        ),
    )


def test_span_redaction_records_map_to_case_fields() -> None:
    record = _rag_trace()
    records = {
        f"{2:016x}": RedactionRecord(policy_version="p1", fields={"documents": {"PERSON": 2}}),
        f"{3:016x}": RedactionRecord(
            policy_version="p1",
            fields={"system": {"PERSON": 1}, "input_messages": {"PERSON": 1}, "output_messages": {"PHONE_NUMBER": 1}},
        ),
        f"{4:016x}": RedactionRecord(
            policy_version="p1", fields={"tool.arguments": {"PHONE_NUMBER": 1}, "tool.result": {"EMAIL_ADDRESS": 1}}
        ),
        f"{5:016x}": RedactionRecord(
            policy_version="p2",
            fields={
                "input_messages": {"PERSON": 1, "EMAIL_ADDRESS": 1},
                "output_messages": {"PERSON": 1},
                "attributes.http.request.header.authorization": {"SECRET": 1},
            },
        ),
        "ffffffffffffffff": RedactionRecord(policy_version="p9", fields={"system": {"PERSON": 5}}),  # not in trace
    }
    assert case_redaction(record, records) == (
        RedactionRecord(
            policy_version="p1",
            fields={
                "content.context_documents": {"PERSON": 2},
                "content.input.messages": {"PERSON": 1},
                "content.input.system": {"PERSON": 1},
                "content.tool_trajectory.arguments": {"PHONE_NUMBER": 2},  # requested by span 3, run by span 4
                "content.tool_trajectory.result": {"EMAIL_ADDRESS": 1},
            },
        ),
        RedactionRecord(
            policy_version="p2",
            fields={
                "content.actual_output": {"PERSON": 1},
                "content.input.messages": {"EMAIL_ADDRESS": 1, "PERSON": 1},
            },
        ),
    )


def test_message_counts_take_the_largest_span_not_the_sum() -> None:
    record = _rag_trace()
    both = {
        f"{3:016x}": RedactionRecord(policy_version="p", fields={"input_messages": {"PERSON": 2}}),
        f"{5:016x}": RedactionRecord(policy_version="p", fields={"input_messages": {"PERSON": 3}}),
    }
    [merged] = case_redaction(record, both)
    assert merged.fields == {"content.input.messages": {"PERSON": 3}}


def test_no_records_no_redaction_entry_and_an_empty_record_stays() -> None:
    record = chat()
    assert case_redaction(record, {}) == ()
    clean = {f"{1:016x}": RedactionRecord(policy_version="p", fields={})}
    assert case_redaction(record, clean) == (RedactionRecord(policy_version="p"),)
