"""OTel GenAI v1.37+ spans (examples from CONVENTIONS 1.8, captured from openai-v2 / util-genai)."""

from __future__ import annotations

import orjson
import pytest
from rawspan_factory import event, log, raw_span

from ingest.normalize import normalize_span
from schemas import Message, ToolCallRequest


def _json(value: object) -> str:
    return orjson.dumps(value).decode()


CHAT = {
    "gen_ai.operation.name": "chat",
    "gen_ai.provider.name": "openai",
    "gen_ai.request.model": "gpt-4o-mini",
    "gen_ai.request.temperature": 0.2,
    "gen_ai.response.model": "gpt-4o-mini-2024-07-18",
    "gen_ai.response.id": "chatcmpl-abc123",
    "gen_ai.response.finish_reasons": ["stop"],
    "gen_ai.usage.input_tokens": 25,
    "gen_ai.usage.output_tokens": 8,
    "gen_ai.input.messages": '[{"role":"system","parts":[{"content":"You are a concise geography assistant.",'
    '"type":"text"}]},{"role":"user","parts":[{"content":"What is the capital of France?","type":"text"}]}]',
    "gen_ai.output.messages": '[{"role":"assistant","parts":[{"content":"Paris is the capital of France.",'
    '"type":"text"}],"finish_reason":"stop"}]',
    "openai.response.system_fingerprint": "fp_1",
}
TOOL_CALLS = {
    "gen_ai.operation.name": "chat",
    "gen_ai.provider.name": "openai",
    "gen_ai.request.model": "gpt-4o-mini",
    "gen_ai.response.finish_reasons": ["tool_calls"],
    "gen_ai.response.model": "gpt-4o-mini-2024-07-18",
    "gen_ai.usage.input_tokens": 60,
    "gen_ai.usage.output_tokens": 17,
    "gen_ai.input.messages": '[{"role":"system","parts":[{"content":"You can call tools.","type":"text"}]},'
    '{"role":"user","parts":[{"content":"Weather in Paris?","type":"text"}]}]',
    "gen_ai.output.messages": '[{"role":"assistant","parts":[{"arguments":{"location":"Paris"},"name":"get_weather",'
    '"id":"call_VSPygqKTWdrhaFErNvMV18Yl","type":"tool_call"}],"finish_reason":"tool_calls"}]',
}
EXECUTE_TOOL = {
    "gen_ai.operation.name": "execute_tool",
    "gen_ai.tool.name": "get_weather",
    "gen_ai.tool.type": "function",
    "gen_ai.tool.call.id": "call_1",
    "gen_ai.tool.description": "Get weather",
    "gen_ai.tool.call.arguments": '{"location":"Paris"}',
    "gen_ai.tool.call.result": '{"temperature_c":14,"conditions":"rainy"}',
}
RETRIEVAL = {
    "gen_ai.operation.name": "retrieval",
    "gen_ai.data_source.id": "kb_main",
    "gen_ai.provider.name": "openai",
    "gen_ai.retrieval.top_k": 2,
    "gen_ai.retrieval.query.text": "What is our refund policy?",
    "gen_ai.retrieval.documents": '[{"id":"kb-101","score":0.91},{"id":"kb-207","score":0.78}]',
}


def test_chat_with_system_prompt() -> None:
    span = normalize_span(raw_span(CHAT, name="chat gpt-4o-mini", kind=3))
    assert (span.kind, span.convention, span.provider) == ("llm", "otel_genai", "openai")
    assert span.model == "gpt-4o-mini-2024-07-18"  # response model beats request model
    assert span.system == "You are a concise geography assistant."
    assert span.input_messages == [Message(role="user", content="What is the capital of France?")]
    assert span.output_messages == [Message(role="assistant", content="Paris is the capital of France.")]
    assert span.usage is not None
    assert (span.usage.input_tokens, span.usage.output_tokens, span.usage.total_tokens) == (25, 8, 33)
    # consumed keys are gone, the rest stays as evidence
    assert "gen_ai.input.messages" not in span.attributes
    assert span.attributes["openai.response.system_fingerprint"] == "fp_1"
    assert span.attributes["gen_ai.request.temperature"] == 0.2


def test_tool_call_request_and_finish_reason() -> None:
    span = normalize_span(raw_span(TOOL_CALLS))
    (message,) = span.output_messages
    assert message.content is None
    assert message.tool_calls == [
        ToolCallRequest(id="call_VSPygqKTWdrhaFErNvMV18Yl", name="get_weather", arguments={"location": "Paris"})
    ]
    assert span.attributes["gen_ai.response.finish_reasons"] == ["tool_call"]


def test_execute_tool_span() -> None:
    span = normalize_span(raw_span(EXECUTE_TOOL, name="execute_tool get_weather"))
    assert span.kind == "tool"
    assert span.tool is not None
    assert span.tool.model_dump() == {
        "name": "get_weather",
        "call_id": "call_1",
        "arguments": {"location": "Paris"},
        "result": {"temperature_c": 14, "conditions": "rainy"},
    }


def test_retrieval_documents() -> None:
    span = normalize_span(raw_span(RETRIEVAL, name="retrieval kb_main"))
    assert span.kind == "retrieval"
    assert [(d.id, d.score, d.content) for d in span.documents] == [("kb-101", 0.91, None), ("kb-207", 0.78, None)]
    assert span.attributes["gen_ai.retrieval.query.text"] == "What is our refund policy?"


def test_retrieval_documents_extra_keys_go_to_metadata() -> None:
    docs = [{"id": "kb-1", "score": 0.5, "content": "Refunds within 30 days.", "metadata": {"src": "a"}, "rank": 1}]
    span = normalize_span(raw_span({"gen_ai.operation.name": "retrieval", "gen_ai.retrieval.documents": _json(docs)}))
    (doc,) = span.documents
    assert (doc.content, doc.metadata) == ("Refunds within 30 days.", {"src": "a", "rank": 1})


def test_system_instructions_attribute_wins_and_text_parts_join() -> None:
    attributes = {
        "gen_ai.operation.name": "chat",
        "gen_ai.system_instructions": _json(
            [{"type": "text", "content": "Be brief."}, {"type": "text", "content": "No emojis."}]
        ),
        "gen_ai.input.messages": _json([{"role": "user", "parts": [{"type": "text", "content": "hi"}]}]),
    }
    span = normalize_span(raw_span(attributes))
    assert span.system == "Be brief.\nNo emojis."
    assert [m.role for m in span.input_messages] == ["user"]


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        # schema spelling, and the spec example's `result` spelling with a leading-space id
        ([{"type": "tool_call_response", "id": "call_1", "response": "rainy"}], [("tool", "rainy", "call_1")]),
        (
            [{"type": "tool_call_response", "id": " call_1", "result": "rainy, 57°F"}],
            [("tool", "rainy, 57°F", "call_1")],
        ),
        # structured responses become JSON text
        ([{"type": "tool_call_response", "id": "c", "response": {"t": 14}}], [("tool", '{"t":14}', "c")]),
        # two responses in one message: one message each (a message answers one call id)
        (
            [
                {"type": "tool_call_response", "id": "a", "response": "1"},
                {"type": "tool_call_response", "id": "b", "response": "2"},
            ],
            [("tool", "1", "a"), ("tool", "2", "b")],
        ),
    ],
)
def test_tool_call_response_parts(parts: list[dict[str, object]], expected: list[tuple[str, str, str]]) -> None:
    attributes = {"gen_ai.operation.name": "chat", "gen_ai.input.messages": _json([{"role": "tool", "parts": parts}])}
    span = normalize_span(raw_span(attributes))
    assert [(m.role, m.content, m.tool_call_id) for m in span.input_messages] == expected


@pytest.mark.parametrize(
    ("parts", "content"),
    [
        ([{"type": "text", "content": "a"}, {"type": "text", "content": "b"}], "a\nb"),
        ([{"type": "reasoning", "content": "thinking..."}, {"type": "text", "content": "answer"}], "answer"),
        ([{"type": "blob", "modality": "image", "mime_type": "image/png", "content": "iVBORw0KGgo="}], None),
        ([{"type": "uri", "modality": "image", "uri": "https://x/y.png"}, {"type": "text", "content": "see"}], "see"),
        ([{"type": "file", "modality": "document", "file_id": "f-1"}], None),
        ([{"type": "server_tool_call", "name": "web_search", "server_tool_call": {"type": "web_search"}}], None),
        ([{"type": "some_future_part", "x": 1}, {"type": "text", "content": "ok"}], "ok"),
    ],
)
def test_part_types(parts: list[dict[str, object]], content: str | None) -> None:
    attributes = {
        "gen_ai.operation.name": "chat",
        "gen_ai.output.messages": _json([{"role": "assistant", "parts": parts, "finish_reason": "stop"}]),
    }
    (message,) = normalize_span(raw_span(attributes)).output_messages
    assert message.content == content


def test_structured_values_as_on_newer_sdks() -> None:
    # AnyValue kvlist/array arrive as Python lists/dicts, not JSON strings.
    attributes = {
        "gen_ai.operation.name": "chat",
        "gen_ai.input.messages": [{"role": "user", "parts": [{"type": "text", "content": "hi"}]}],
        "gen_ai.output.messages": [
            {"role": "assistant", "parts": [{"type": "text", "content": "hello"}], "finish_reason": "stop"}
        ],
    }
    span = normalize_span(raw_span(attributes))
    assert (span.input_messages[0].content, span.output_messages[0].content) == ("hi", "hello")


def test_operation_details_event_fills_when_span_has_no_content() -> None:
    raw = raw_span({"gen_ai.operation.name": "chat", "gen_ai.provider.name": "openai", "gen_ai.request.model": "m"})
    details = log(
        "gen_ai.client.inference.operation.details",
        attributes={
            "gen_ai.system_instructions": [{"type": "text", "content": "Be brief."}],
            "gen_ai.input.messages": [{"role": "user", "parts": [{"type": "text", "content": "hi"}]}],
            "gen_ai.output.messages": [
                {"role": "assistant", "parts": [{"type": "text", "content": "yo"}], "finish_reason": "stop"}
            ],
        },
        of=raw,
    )
    span = normalize_span(raw, [details])
    assert (span.system, span.input_messages[0].content, span.output_messages[0].content) == ("Be brief.", "hi", "yo")
    assert span.events == []  # consumed


def test_span_attribute_beats_operation_details_event() -> None:
    attributes = {**CHAT}
    details = event(
        "gen_ai.client.inference.operation.details",
        {"gen_ai.output.messages": [{"role": "assistant", "parts": [{"type": "text", "content": "other"}]}]},
    )
    span = normalize_span(raw_span(attributes, events=[details]))
    assert span.output_messages[0].content == "Paris is the capital of France."


def test_truncated_messages_json_stays_in_attributes() -> None:
    truncated = CHAT["gen_ai.input.messages"][:40]  # as cut by OTEL_ATTRIBUTE_VALUE_LENGTH_LIMIT
    span = normalize_span(raw_span({**CHAT, "gen_ai.input.messages": truncated}))
    assert span.input_messages == []
    assert span.attributes["gen_ai.input.messages"] == truncated


def test_cache_and_reasoning_usage_aliases() -> None:
    attributes = {
        "gen_ai.operation.name": "chat",
        "gen_ai.usage.input_tokens": 100,
        "gen_ai.usage.output_tokens": 60,
        "gen_ai.usage.cache_read.input_tokens": 50,
        "gen_ai.usage.cache_creation.input_tokens": 25,  # v1.40 name
        "gen_ai.usage.cache_write.input_tokens": 20,  # genai-repo rename wins
        "gen_ai.usage.reasoning.output_tokens": 40,
    }
    usage = normalize_span(raw_span(attributes)).usage
    assert usage is not None
    assert (usage.cache_read_tokens, usage.cache_write_tokens, usage.reasoning_tokens) == (50, 20, 40)
    assert usage.total_tokens == 160
