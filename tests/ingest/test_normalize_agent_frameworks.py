"""Shapes agent frameworks emit (issue 11), one table per class of miss; each shape is the one the
framework's own source writes (cited per case) or a real capture (``tests/data/captured``).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from rawspan_factory import T0, raw_span, span_id

from ingest import build_trace
from ingest.normalize import normalize_span
from schemas.span import NormalizedSpan

_OUT = "llm.output_messages"


def _spans(*raws: Any) -> list[NormalizedSpan]:
    return [normalize_span(raw) for raw in raws]


# -- OpenInference: untyped content parts and resource-path models -------------------------------
# openinference-instrumentation-vertexai ``_wrapper.py``: ``_parse_part`` writes
# ``message.contents.{j}.message_content.text`` without a type; ``llm.model_name`` is ``req.model``.
_VERTEX = {
    "openinference.span.kind": "LLM",
    "llm.model_name": "projects/acme/locations/us-central1/publishers/google/models/gemini-1.5-flash",
    "llm.input_messages.0.message.role": "system",
    "llm.input_messages.0.message.contents.0.message_content.text": "Talk like a pirate.",
    "llm.input_messages.1.message.role": "user",
    "llm.input_messages.1.message.contents.0.message_content.text": "Why is metal shiny?",
    f"{_OUT}.0.message.role": "assistant",
    f"{_OUT}.0.message.contents.0.message_content.text": "Arr, free electrons.",
}


def test_untyped_content_parts_are_text_and_the_model_path_names_the_model() -> None:
    span = normalize_span(raw_span(_VERTEX))
    assert span.system == "Talk like a pirate."
    assert [(m.role, m.content) for m in span.input_messages] == [("user", "Why is metal shiny?")]
    assert [m.content for m in span.output_messages] == ["Arr, free electrons."]
    assert span.model == "gemini-1.5-flash"
    assert span.attributes["llm.model_name"] == _VERTEX["llm.model_name"]  # the path is kept


@pytest.mark.parametrize(
    ("model", "expected"),
    [
        ("models/gemini-2.5-flash", "gemini-2.5-flash"),
        ("publishers/google/models/gemini-2.0-flash-001", "gemini-2.0-flash-001"),
        ("projects/p/locations/l/endpoints/1234", "projects/p/locations/l/endpoints/1234"),  # no model name in it
        ("gpt-4o-mini", "gpt-4o-mini"),
    ],
)
def test_model_resource_paths(model: str, expected: str) -> None:
    assert normalize_span(raw_span({"gen_ai.operation.name": "chat", "gen_ai.request.model": model})).model == expected


# -- Streamed output recorded message by message ------------------------------------------------
def _streamed(*texts: str) -> dict[str, Any]:
    attributes: dict[str, Any] = {"openinference.span.kind": "LLM"}
    for index, text in enumerate(texts):
        attributes[f"{_OUT}.{index}.message.role"] = "assistant"
        attributes[f"{_OUT}.{index}.message.content"] = text
    return attributes


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (("Hello", ", ", "world", "!"), ["Hello, world!"]),
        (("Paris.", "Lyon."), ["Paris.", "Lyon."]),  # two choices of one call (n=2) stay apart
        (("One answer.",), ["One answer."]),
    ],
)
def test_streamed_fragments_are_one_turn(texts: tuple[str, ...], expected: list[str]) -> None:
    assert [m.content for m in normalize_span(raw_span(_streamed(*texts))).output_messages] == expected


def test_a_complete_root_output_wins_over_a_fragment() -> None:
    root, llm = span_id(), span_id()
    spans = _spans(
        raw_span({"openinference.span.kind": "AGENT", "output.value": "The capital is Paris!"}, span=root),
        raw_span(
            {
                **_streamed("Paris", "!"),
                "llm.input_messages.0.message.role": "user",
                "llm.input_messages.0.message.content": "Capital?",
            },
            span=llm,
            parent=root,
            start=T0 + 1,
        ),
    )
    assert build_trace(spans).output == "The capital is Paris!"


# -- Tool spans named only by their span name; one call traced as several spans -----------------
@pytest.mark.parametrize(
    ("attributes", "name", "expected"),
    [
        ({"gen_ai.operation.name": "execute_tool"}, "execute_tool get_weather", "get_weather"),
        ({"traceloop.span.kind": "tool"}, "get_weather.tool", "get_weather"),
        # LangSmith's OTel exporter: the run name (langsmith/_internal/otel/_otel_exporter.py).
        ({"langsmith.span.kind": "tool", "langsmith.trace.name": "get_weather"}, "get_weather", "get_weather"),
        ({"openinference.span.kind": "TOOL"}, "tool.search.wikipedia.finish", "wikipedia"),
    ],
)
def test_tool_name_from_wherever_the_producer_put_it(attributes: dict[str, Any], name: str, expected: str) -> None:
    span = normalize_span(raw_span(attributes, name=name))
    assert span.kind == "tool" and span.tool is not None and span.tool.name == expected


def test_lifecycle_spans_of_one_call_count_once() -> None:
    # openinference-instrumentation-beeai: the TOOL span (tool.name) gets a child TOOL span per emitter
    # event (SpanWrapper.child, named after the event, input.value = the event).
    tool = span_id()
    children = [
        raw_span(
            {"openinference.span.kind": "TOOL", "input.value": json.dumps({"event": name})},
            name=name,
            span=span_id(),
            parent=tool,
            start=T0 + 2 + i,
        )
        for i, name in enumerate(("start", "success", "finish"))
    ]
    spans = _spans(
        raw_span(
            {
                "openinference.span.kind": "TOOL",
                "tool.name": "Wikipedia",
                "input.value": '{"query": "Bern"}',
                "output.value": "Bern is the capital.",
            },
            name="Wikipedia",
            span=tool,
            start=T0 + 1,
        ),
        *children,
    )
    calls = build_trace(spans).tool_calls
    assert [(c.name, c.arguments, c.result) for c in calls] == [
        ("Wikipedia", {"query": "Bern"}, "Bern is the capital.")
    ]


def test_sibling_lifecycle_spans_without_a_parent_call_merge() -> None:
    parent = span_id()
    spans = _spans(
        raw_span({"openinference.span.kind": "AGENT"}, span=parent),
        raw_span(
            {"openinference.span.kind": "TOOL", "input.value": '{"query": "Bern"}'},
            name="tool.search.wikipedia.start",
            parent=parent,
            start=T0 + 1,
        ),
        raw_span(
            {"openinference.span.kind": "TOOL", "output.value": "Bern."},
            name="tool.search.wikipedia.finish",
            parent=parent,
            start=T0 + 2,
        ),
    )
    calls = build_trace(spans).tool_calls
    assert [(c.name, c.arguments, c.result) for c in calls] == [("wikipedia", {"query": "Bern"}, "Bern.")]


# -- GenAI events as JSON-array attributes (pydantic-ai 1.x format 1, captured) ------------------
_EVENTS = [
    {"role": "system", "content": "You are terse.", "gen_ai.message.index": 0, "event.name": "gen_ai.system.message"},
    {"content": "Weather in Paris?", "role": "user", "gen_ai.message.index": 0, "event.name": "gen_ai.user.message"},
    {
        "role": "assistant",
        "event.name": "gen_ai.assistant.message",
        "gen_ai.message.index": 1,
        "tool_calls": [
            {
                "id": "call_1",
                "type": "function",
                "function": {"name": "get_weather", "arguments": '{"location": "Paris"}'},
            }
        ],
    },
    {
        "role": "tool",
        "id": "call_1",
        "name": "get_weather",
        "content": {"temperature_c": 3},
        "gen_ai.message.index": 2,
        "event.name": "gen_ai.tool.message",
    },
]
_CHOICE = {"index": 0, "message": {"role": "assistant", "content": "3°C."}, "event.name": "gen_ai.choice"}


def test_chat_span_events_attribute() -> None:
    span = normalize_span(raw_span({"gen_ai.operation.name": "chat", "events": json.dumps([*_EVENTS, _CHOICE])}))
    assert span.system == "You are terse."
    assert [(m.role, m.content, m.tool_call_id) for m in span.input_messages] == [
        ("user", "Weather in Paris?", None),
        ("assistant", None, None),
        ("tool", '{"temperature_c":3}', "call_1"),
    ]
    assert [m.content for m in span.output_messages] == ["3°C."]
    assert "events" not in span.attributes


def test_an_events_attribute_of_another_shape_is_left_alone() -> None:
    span = normalize_span(raw_span({"gen_ai.operation.name": "chat", "events": '[{"kind": "click"}]'}))
    assert span.input_messages == [] and span.attributes["events"] == '[{"kind": "click"}]'


def test_agent_run_conversation_under_an_app_root() -> None:
    # The root is an app span without attributes; the chat span lost its content; the agent-run span
    # holds the run (all_messages_events, final_result, as pydantic-ai 1.x format 1 writes them).
    root, agent = span_id(), span_id()
    final = {"role": "assistant", "content": "3°C.", "event.name": "gen_ai.assistant.message"}
    spans = _spans(
        raw_span({}, name="handle_request", span=root),
        raw_span(
            {
                "gen_ai.operation.name": "invoke_agent",
                "all_messages_events": json.dumps([*_EVENTS, final]),
                "final_result": "3°C.",
            },
            name="agent run",
            span=agent,
            parent=root,
            start=T0 + 1,
        ),
        raw_span({"gen_ai.operation.name": "chat", "gen_ai.request.model": "gpt-4o-mini"}, parent=agent, start=T0 + 2),
    )
    trace = build_trace(spans)
    assert trace.system == "You are terse."
    assert [(m.role, m.content) for m in trace.input_messages] == [("user", "Weather in Paris?")]
    assert trace.output == "3°C."


def test_final_result_alone_is_the_run_output() -> None:
    span = normalize_span(raw_span({"pydantic_ai.all_messages": "[]", "final_result": '{"city": "Paris"}'}))
    assert [m.content for m in span.output_messages] == ['{"city": "Paris"}']


# -- Google ADK legacy schema (google/adk/telemetry/tracing.py: trace_call_llm, trace_tool_call) --
_ADK_REQUEST = {
    "model": "gemini-2.5-flash",
    "config": {"system_instruction": "You are a weather assistant.", "tools": [{"function_declarations": []}]},
    "contents": [
        {"role": "user", "parts": [{"text": "Weather in Paris?"}]},
        {
            "role": "model",
            "parts": [{"function_call": {"id": "adk-1", "name": "get_weather", "args": {"location": "Paris"}}}],
        },
        {
            "role": "user",
            "parts": [{"function_response": {"id": "adk-1", "name": "get_weather", "response": {"temperature_c": 3}}}],
        },
    ],
}
_ADK_RESPONSE = {
    "content": {"role": "model", "parts": [{"text": "3°C in Paris."}]},
    "finish_reason": "STOP",
    "usage_metadata": {"prompt_token_count": 40, "candidates_token_count": 6, "total_token_count": 46},
}


def test_adk_call_llm_span() -> None:
    span = normalize_span(
        raw_span(
            {
                "gen_ai.system": "gcp.vertex.agent",
                "gen_ai.request.model": "gemini-2.5-flash",
                "gcp.vertex.agent.llm_request": json.dumps(_ADK_REQUEST),
                "gcp.vertex.agent.llm_response": json.dumps(_ADK_RESPONSE),
            },
            name="call_llm",
        )
    )
    assert (span.kind, span.convention, span.provider) == ("llm", "google_adk", None)  # a framework, not a provider
    assert span.system == "You are a weather assistant."
    assert [(m.role, m.content, m.tool_call_id) for m in span.input_messages] == [
        ("user", "Weather in Paris?", None),
        ("assistant", None, None),
        ("user", '{"temperature_c":3}', "adk-1"),
    ]
    assert span.input_messages[1].tool_calls[0].name == "get_weather"
    assert [m.content for m in span.output_messages] == ["3°C in Paris."]
    assert span.usage is not None and (span.usage.input_tokens, span.usage.output_tokens) == (40, 6)


@pytest.mark.parametrize(
    ("args", "response", "expected"),
    [
        ('{"location": "Paris"}', '{"temperature_c": 3}', ({"location": "Paris"}, {"temperature_c": 3})),
        ("{}", "{}", (None, None)),  # content capture off: ADK's placeholders
        ("N/A", "{}", (None, None)),  # trace_merged_tool_calls
    ],
)
def test_adk_tool_span(args: str, response: str, expected: tuple[Any, Any]) -> None:
    span = normalize_span(
        raw_span(
            {
                "gen_ai.operation.name": "execute_tool",
                "gen_ai.tool.name": "get_weather",
                "gen_ai.tool.call.id": "adk-1",
                "gcp.vertex.agent.llm_request": "{}",
                "gcp.vertex.agent.llm_response": "{}",
                "gcp.vertex.agent.tool_call_args": args,
                "gcp.vertex.agent.tool_response": response,
            },
            name="execute_tool get_weather",
        )
    )
    assert span.tool is not None and (span.tool.arguments, span.tool.result) == expected
    assert "gcp.vertex.agent.llm_request" not in span.attributes


# -- Langfuse SDK attributes (langfuse-python _client/attributes.py) ------------------------------
def test_langfuse_generation() -> None:
    span = normalize_span(
        raw_span(
            {
                "langfuse.observation.type": "generation",
                "langfuse.observation.model.name": "gpt-4o-mini",
                "langfuse.observation.input": json.dumps(
                    [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Capital of France?"}]
                ),
                "langfuse.observation.output": json.dumps({"role": "assistant", "content": "Paris."}),
                "langfuse.observation.usage_details": json.dumps({"input": 12, "output": 2, "total": 14}),
                "langfuse.session.id": "s-1",
            }
        )
    )
    assert (span.kind, span.convention, span.model, span.session_id) == ("llm", "langfuse", "gpt-4o-mini", "s-1")
    assert span.system == "Be brief." and [m.content for m in span.input_messages] == ["Capital of France?"]
    assert [m.content for m in span.output_messages] == ["Paris."]
    assert span.usage is not None and (span.usage.input_tokens, span.usage.total_tokens) == (12, 14)


def test_langfuse_tool_and_trace_io() -> None:
    tool = normalize_span(
        raw_span(
            {
                "langfuse.observation.type": "tool",
                "langfuse.observation.input": '{"q": 1}',
                "langfuse.observation.output": "done",
            },
            name="lookup",
        )
    )
    assert tool.tool is not None and (tool.tool.name, tool.tool.arguments, tool.tool.result) == (
        "lookup",
        {"q": 1},
        "done",
    )
    root = normalize_span(raw_span({"langfuse.trace.input": "Plan my day", "langfuse.trace.output": "Here is a plan."}))
    assert [m.content for m in root.input_messages] == ["Plan my day"]
    assert [m.content for m in root.output_messages] == ["Here is a plan."]


def test_text_written_as_content_and_as_contents_is_read_once() -> None:
    # openinference-instrumentation-openai-agents on the Responses API (captured: openai-agents-openinference).
    span = normalize_span(
        raw_span(
            {
                "openinference.span.kind": "LLM",
                f"{_OUT}.0.message.role": "assistant",
                f"{_OUT}.0.message.contents.0.message_content.type": "text",
                f"{_OUT}.0.message.contents.0.message_content.text": "Paris.",
                f"{_OUT}.0.message.content": "Paris.",
            }
        )
    )
    assert [m.content for m in span.output_messages] == ["Paris."]
