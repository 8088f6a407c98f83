"""OpenLLMetry / Traceloop: ≤0.47, 0.48–0.54 and ≥0.55 generations (CONVENTIONS 3.1–3.2)."""

from __future__ import annotations

import pytest
from rawspan_factory import event, raw_span

from ingest.normalize import normalize_span
from schemas import Message, ToolCallRequest

V054_CHAT = {
    "llm.request.type": "chat",
    "gen_ai.system": "openai",
    "gen_ai.request.model": "gpt-4o-mini",
    "gen_ai.request.temperature": 0.2,
    "llm.is_streaming": False,
    "gen_ai.openai.api_base": "https://api.openai.com/v1/",
    "gen_ai.prompt.0.role": "system",
    "gen_ai.prompt.0.content": "You are a concise geography assistant.",
    "gen_ai.prompt.1.role": "user",
    "gen_ai.prompt.1.content": "What is the capital of France?",
    "gen_ai.response.model": "gpt-4o-mini-2024-07-18",
    "gen_ai.response.id": "chatcmpl-abc123",
    "llm.usage.total_tokens": 33,
    "gen_ai.usage.input_tokens": 25,
    "gen_ai.usage.output_tokens": 8,
    "gen_ai.completion.0.finish_reason": "stop",
    "gen_ai.completion.0.role": "assistant",
    "gen_ai.completion.0.content": "Paris is the capital of France.",
}
V047_CHAT = {
    k: v for k, v in V054_CHAT.items() if k not in ("gen_ai.usage.input_tokens", "gen_ai.usage.output_tokens")
} | {"gen_ai.usage.prompt_tokens": 25, "gen_ai.usage.completion_tokens": 8}
V054_TOOL_CALLS = {
    "llm.request.type": "chat",
    "gen_ai.system": "openai",
    "gen_ai.prompt.0.role": "system",
    "gen_ai.prompt.0.content": "You can call tools.",
    "gen_ai.prompt.1.role": "user",
    "gen_ai.prompt.1.content": "Weather in Paris?",
    "llm.request.functions.0.name": "get_weather",
    "llm.request.functions.0.parameters": '{"type": "object", "properties": {"location": {"type": "string"}}}',
    "gen_ai.completion.0.finish_reason": "tool_calls",
    "gen_ai.completion.0.role": "assistant",
    "gen_ai.completion.0.tool_calls.0.id": "call_VSPygqKTWdrhaFErNvMV18Yl",
    "gen_ai.completion.0.tool_calls.0.name": "get_weather",
    "gen_ai.completion.0.tool_calls.0.arguments": '{"location": "Paris"}',
    "llm.usage.total_tokens": 77,
    "gen_ai.usage.input_tokens": 60,
    "gen_ai.usage.output_tokens": 17,
}
V062_TOOL_CALLS = {
    "gen_ai.operation.name": "chat",
    "gen_ai.provider.name": "openai",
    "gen_ai.request.model": "gpt-4o-mini",
    "gen_ai.input.messages": '[{"role": "system", "parts": [{"content": "You can call tools.", "type": "text"}]}, '
    '{"role": "user", "parts": [{"content": "Weather in Paris?", "type": "text"}]}]',
    "gen_ai.response.finish_reasons": ["tool_call"],
    "gen_ai.output.messages": '[{"role": "assistant", "parts": [{"type": "tool_call", "name": "get_weather", '
    '"id": "call_VSPygqKTWdrhaFErNvMV18Yl", "arguments": {"location": "Paris"}}], "finish_reason": "tool_call"}]',
    "gen_ai.usage.total_tokens": 77,
    "gen_ai.usage.input_tokens": 60,
    "gen_ai.usage.output_tokens": 17,
}
CALL = ToolCallRequest(id="call_VSPygqKTWdrhaFErNvMV18Yl", name="get_weather", arguments={"location": "Paris"})


@pytest.mark.parametrize("attributes", [V054_CHAT, V047_CHAT], ids=["0.54", "0.47"])
def test_indexed_chat(attributes: dict[str, object]) -> None:
    span = normalize_span(raw_span(attributes, name="openai.chat"))
    assert (span.kind, span.convention, span.provider) == ("llm", "traceloop", "openai")
    assert span.system == "You are a concise geography assistant."
    assert span.input_messages == [Message(role="user", content="What is the capital of France?")]
    assert span.output_messages == [Message(role="assistant", content="Paris is the capital of France.")]
    assert span.usage is not None
    assert (span.usage.input_tokens, span.usage.output_tokens, span.usage.total_tokens) == (25, 8, 33)
    assert not any(k.startswith(("gen_ai.prompt.", "gen_ai.completion.", "gen_ai.usage")) for k in span.attributes)
    assert span.attributes["llm.is_streaming"] is False


@pytest.mark.parametrize(
    ("attributes", "scope"),
    [
        (V054_TOOL_CALLS, "opentelemetry.instrumentation.openai.v1"),
        (V062_TOOL_CALLS, "opentelemetry.instrumentation.openai.v1"),
    ],
    ids=["0.54", "0.62"],
)
def test_tool_calls_every_generation(attributes: dict[str, object], scope: str) -> None:
    span = normalize_span(raw_span(attributes, name="openai.chat", scope=scope))
    assert span.convention == "traceloop"
    assert span.system == "You can call tools."
    assert span.output_messages == [Message(role="assistant", tool_calls=[CALL])]
    assert span.attributes["gen_ai.response.finish_reasons"] == ["tool_call"]
    assert span.usage is not None and span.usage.total_tokens == 77


def test_prompt_name_and_variables_are_not_messages() -> None:
    attributes = {
        **V054_CHAT,
        "gen_ai.prompt.name": "analyze-code",
        "gen_ai.prompt.variable.language": "python",
    }
    span = normalize_span(raw_span(attributes))
    assert [m.content for m in span.input_messages] == ["What is the capital of France?"]
    assert span.attributes["gen_ai.prompt.name"] == "analyze-code"
    assert span.attributes["gen_ai.prompt.variable.language"] == "python"


def test_list_content_serialized_as_json() -> None:
    attributes = {
        "llm.request.type": "chat",
        "gen_ai.prompt.0.role": "user",
        "gen_ai.prompt.0.content": '[{"type": "text", "text": "Describe"}, '
        '{"type": "image_url", "image_url": {"url": "x"}}]',
    }
    assert normalize_span(raw_span(attributes)).input_messages == [Message(role="user", content="Describe")]


def test_tool_message_in_prompt() -> None:
    attributes = {
        "llm.request.type": "chat",
        "gen_ai.prompt.0.role": "assistant",
        "gen_ai.prompt.0.tool_calls.0.id": "call_1",
        "gen_ai.prompt.0.tool_calls.0.name": "get_weather",
        "gen_ai.prompt.0.tool_calls.0.arguments": '{"location": "Paris"}',
        "gen_ai.prompt.1.role": "tool",
        "gen_ai.prompt.1.content": "14 degrees",
        "gen_ai.prompt.1.tool_call_id": "call_1",
    }
    messages = normalize_span(raw_span(attributes)).input_messages
    assert messages[0].tool_calls == [ToolCallRequest(id="call_1", name="get_weather", arguments={"location": "Paris"})]
    assert (messages[1].role, messages[1].content, messages[1].tool_call_id) == ("tool", "14 degrees", "call_1")


@pytest.mark.parametrize(
    ("entity_input", "entity_output", "arguments", "result"),
    [
        # @tool decorator
        (
            '{"args": [], "kwargs": {"location": "Paris"}}',
            '{"temperature_c": 14, "conditions": "rainy"}',
            {"location": "Paris"},
            {"temperature_c": 14, "conditions": "rainy"},
        ),
        # LangChain tool
        (
            '{"input_str": "{\'location\': \'Paris\'}", "tags": [], "metadata": {}, '
            '"inputs": {"location": "Paris"}, "kwargs": {}}',
            '{"output": "14 degrees", "kwargs": {}}',
            {"location": "Paris"},
            "14 degrees",
        ),
        # positional arguments are kept with their keywords; a returned string is unquoted
        ('{"args": ["Paris"], "kwargs": {"unit": "C"}}', '"14"', {"args": ["Paris"], "kwargs": {"unit": "C"}}, "14"),
    ],
)
def test_tool_spans(entity_input: str, entity_output: str, arguments: object, result: object) -> None:
    attributes = {
        "traceloop.span.kind": "tool",
        "traceloop.entity.name": "get_weather",
        "traceloop.workflow.name": "weather_flow",
        "traceloop.entity.input": entity_input,
        "traceloop.entity.output": entity_output,
    }
    span = normalize_span(raw_span(attributes, name="get_weather.tool"))
    assert span.kind == "tool"
    assert span.tool is not None
    assert (span.tool.name, span.tool.arguments, span.tool.result) == ("get_weather", arguments, result)


def test_workflow_output_string_is_unescaped() -> None:
    # decorators json.dumps the return value: a string arrives quoted with \\u escapes
    attributes = {
        "traceloop.span.kind": "workflow",
        "traceloop.entity.name": "support_rag",
        "traceloop.entity.input": '{"args": [], "kwargs": {"question": "Caf\\u00e9 hours?"}}',
        "traceloop.entity.output": '"Open 8\\u201310 at the caf\\u00e9."',
    }
    span = normalize_span(raw_span(attributes, name="support_rag.workflow"))
    assert span.kind == "chain"
    assert span.input_messages == [Message(role="user", content="Café hours?")]
    assert span.output_messages == [Message(role="assistant", content="Open 8–10 at the café.")]


def test_langchain_retriever_documents() -> None:
    attributes = {
        "gen_ai.operation.name": "vector_db_retrieve",
        "gen_ai.provider.name": "langchain",
        "traceloop.span.kind": "task",
        "traceloop.entity.name": "kb_retriever",
        "traceloop.entity.input": '{"query": "What is our refund policy?", "tags": [], "metadata": {}, "kwargs": {}}',
        "traceloop.entity.output": '{"documents": [{"page_content": '
        '"Refunds are accepted within 30 days of purchase.", '
        '"metadata": {"source": "policy.md"}}, {"page_content": "Digital goods are non-refundable once downloaded.", '
        '"metadata": {"source": "faq.md", "id": "kb-207", "score": 0.78}}], "count": 2}',
    }
    span = normalize_span(raw_span(attributes, name="vector_db_retrieve kb_retriever"))
    assert span.kind == "retrieval"
    assert span.provider is None  # "langchain" is a framework, not a model provider
    assert [(d.id, d.content, d.score) for d in span.documents] == [
        (None, "Refunds are accepted within 30 days of purchase.", None),
        ("kb-207", "Digital goods are non-refundable once downloaded.", 0.78),
    ]


def test_vector_db_query_result_events() -> None:
    events = [
        event(
            "db.query.result",
            {
                "db.query.result.id": "d1",
                "db.query.result.score": 0.9,
                "db.query.result.document": "Doc one",
                "db.query.result.metadata": '{"page": 3}',
            },
        ),
        event(
            "db.query.result",
            {"db.query.result.id": "d2", "db.query.result.distance": 0.4, "db.query.result.document": "Doc two"},
        ),
    ]
    span = normalize_span(
        raw_span(
            {"traceloop.span.kind": "task", "db.system": "chroma"},
            events=events,
            scope="opentelemetry.instrumentation.chromadb",
        )
    )
    assert [(d.id, d.content, d.score, d.metadata) for d in span.documents] == [
        ("d1", "Doc one", 0.9, {"page": 3}),
        ("d2", "Doc two", None, {"distance": 0.4}),
    ]
    assert span.events == []


def test_association_properties_give_session_and_user() -> None:
    attributes = {
        **V054_CHAT,
        "traceloop.association.properties.session_id": "s-1",
        "traceloop.association.properties.user_id": "u-1",
    }
    span = normalize_span(raw_span(attributes))
    assert (span.session_id, span.user_id) == ("s-1", "u-1")
