"""OTel GenAI before v1.37: v1.28 per-message events (log records or span events) and v1.26 content events."""

from __future__ import annotations

import pytest
from rawspan_factory import T0, event, log, raw_span

from ingest.normalize import normalize_span
from schemas import Message, ToolCallRequest

# CONVENTIONS 1.8 "legacy chat returning tool calls", as openai-v2 2.4b0 emits it by default.
SPAN = {
    "gen_ai.operation.name": "chat",
    "gen_ai.system": "openai",
    "gen_ai.request.model": "gpt-4o-mini",
    "gen_ai.response.model": "gpt-4o-mini-2024-07-18",
    "gen_ai.response.id": "chatcmpl-def456",
    "gen_ai.response.finish_reasons": ["tool_calls"],
    "gen_ai.usage.input_tokens": 60,
    "gen_ai.usage.output_tokens": 17,
}
CALL = {
    "id": "call_VSPygqKTWdrhaFErNvMV18Yl",
    "type": "function",
    "function": {"name": "get_weather", "arguments": '{"location": "Paris"}'},
}
BODIES = [
    ("gen_ai.system.message", {"content": "You can call tools."}),
    ("gen_ai.user.message", {"content": "Weather in Paris?"}),
    (
        "gen_ai.choice",
        {"index": 0, "finish_reason": "tool_calls", "message": {"role": "assistant", "tool_calls": [CALL]}},
    ),
]
EXPECTED_CALL = ToolCallRequest(id="call_VSPygqKTWdrhaFErNvMV18Yl", name="get_weather", arguments={"location": "Paris"})


def test_log_records_joined_to_the_span() -> None:
    raw = raw_span(SPAN, name="chat gpt-4o-mini", scope="opentelemetry.instrumentation.openai_v2")
    logs = [log(name, body, {"gen_ai.system": "openai"}, of=raw, time=T0 + i) for i, (name, body) in enumerate(BODIES)]
    span = normalize_span(raw, logs)
    assert span.convention == "otel_genai_legacy"
    assert span.system == "You can call tools."
    assert span.input_messages == [Message(role="user", content="Weather in Paris?")]
    assert span.output_messages == [Message(role="assistant", tool_calls=[EXPECTED_CALL])]
    assert span.attributes["gen_ai.response.finish_reasons"] == ["tool_call"]
    assert span.events == []


def test_same_events_as_span_events() -> None:
    events = [event(name, body, time=T0 + i) for i, (name, body) in enumerate(BODIES)]
    span = normalize_span(raw_span(SPAN, events=events))
    assert span.system == "You can call tools."
    assert span.output_messages[0].tool_calls == [EXPECTED_CALL]


def test_log_order_follows_timestamps_not_arrival() -> None:
    raw = raw_span(SPAN)
    logs = [
        log("gen_ai.user.message", {"content": "second"}, of=raw, time=T0 + 2),
        log("gen_ai.user.message", {"content": "first"}, of=raw, time=T0 + 1),
    ]
    assert [m.content for m in normalize_span(raw, logs).input_messages] == ["first", "second"]


def test_tool_message_keeps_its_call_id_and_assistant_history() -> None:
    raw = raw_span(SPAN)
    logs = [
        log("gen_ai.user.message", {"content": "Weather in Paris?"}, of=raw, time=T0),
        log("gen_ai.assistant.message", {"tool_calls": [CALL]}, of=raw, time=T0 + 1),
        log("gen_ai.tool.message", {"content": '{"temperature_c": 14}', "id": CALL["id"]}, of=raw, time=T0 + 2),
        log(
            "gen_ai.choice",
            {"index": 0, "finish_reason": "stop", "message": {"content": "It is 14°C."}},
            of=raw,
            time=T0 + 3,
        ),
    ]
    span = normalize_span(raw, logs)
    assert [(m.role, m.content, m.tool_call_id) for m in span.input_messages] == [
        ("user", "Weather in Paris?", None),
        ("assistant", None, None),
        ("tool", '{"temperature_c": 14}', CALL["id"]),
    ]
    assert span.input_messages[1].tool_calls == [EXPECTED_CALL]
    assert span.output_messages == [Message(role="assistant", content="It is 14°C.")]


def test_choices_sorted_by_index() -> None:
    raw = raw_span(SPAN)
    logs = [
        log("gen_ai.choice", {"index": 1, "message": {"content": "B"}}, of=raw),
        log("gen_ai.choice", {"index": 0, "message": {"content": "A"}}, of=raw),
    ]
    assert [m.content for m in normalize_span(raw, logs).output_messages] == ["A", "B"]


def test_event_name_from_older_sdks_attribute_is_read_by_the_decoder_contract() -> None:
    # RawLogRecord.event_name already holds `event.name` for older SDKs; a role override is honoured.
    raw = raw_span(SPAN)
    span = normalize_span(raw, [log("gen_ai.system.message", {"content": "Rules.", "role": "instruction"}, of=raw)])
    assert span.system is None
    assert span.input_messages == [Message(role="instruction", content="Rules.")]


@pytest.mark.parametrize(
    ("prompt", "completion"),
    [
        (
            '[{"role": "system", "content": "Sys."}, {"role": "user", "content": "Hi"}]',
            '[{"role": "assistant", "content": "Hello"}]',
        ),
        (
            '{"messages": [{"role": "system", "content": "Sys."}, {"role": "user", "content": "Hi"}]}',
            '{"choices": [{"message": {"role": "assistant", "content": "Hello"}, "finish_reason": "stop"}]}',
        ),
    ],
)
def test_v126_content_events(prompt: str, completion: str) -> None:
    events = [
        event("gen_ai.content.prompt", {"gen_ai.prompt": prompt}),
        event("gen_ai.content.completion", {"gen_ai.completion": completion}),
    ]
    span = normalize_span(raw_span({"gen_ai.system": "openai", "gen_ai.request.model": "gpt-4"}, events=events))
    assert span.system == "Sys."
    assert span.input_messages == [Message(role="user", content="Hi")]
    assert span.output_messages == [Message(role="assistant", content="Hello")]


def test_langsmith_whole_inputs_on_the_span() -> None:
    attributes = {
        "langsmith.span.kind": "llm",
        "gen_ai.system": "openai",
        "gen_ai.prompt": '{"messages": [{"role": "user", "content": "Hi"}]}',
        "gen_ai.completion": "plain text answer",
    }
    span = normalize_span(raw_span(attributes))
    assert span.kind == "llm"
    assert span.input_messages == [Message(role="user", content="Hi")]
    assert span.output_messages == [Message(role="assistant", content="plain text answer")]


def test_new_markers_make_the_span_otel_genai_even_with_gen_ai_system() -> None:
    attributes = {**SPAN, "gen_ai.input.messages": '[{"role":"user","parts":[{"type":"text","content":"x"}]}]'}
    assert normalize_span(raw_span(attributes)).convention == "otel_genai"


def test_unrelated_log_records_stay_as_events() -> None:
    raw = raw_span(SPAN)
    span = normalize_span(raw, [log("app.audit", {"who": "x"}, of=raw)])
    assert [(e.name, e.attributes["log.body"]) for e in span.events] == [("app.audit", {"who": "x"})]


def test_bare_string_body() -> None:
    raw = raw_span(SPAN)
    span = normalize_span(raw, [log("gen_ai.user.message", "Weather in Paris?", of=raw)])
    assert span.input_messages == [Message(role="user", content="Weather in Paris?")]
