"""Vercel AI SDK spans (legacy ``ai`` tracer; CONVENTIONS 4.1)."""

from __future__ import annotations

import pytest
from rawspan_factory import raw_span

from ingest.normalize import normalize_span
from schemas import Message, ToolCallRequest

DO_GENERATE = {
    "operation.name": "ai.generateText.doGenerate weather-fn",
    "ai.operationId": "ai.generateText.doGenerate",
    "ai.model.id": "gpt-4o-mini",
    "ai.model.provider": "openai.chat",
    "gen_ai.system": "openai.chat",
    "gen_ai.request.model": "gpt-4o-mini",
    "ai.prompt.messages": '[{"role":"system","content":"You can call tools."},{"role":"user","content":[{"type":"text",'
    '"text":"Weather in Paris?"}]}]',
    "ai.prompt.tools": ['{"type":"function","name":"get_weather","inputSchema":{}}'],
    "ai.response.toolCalls": '[{"toolCallId":"call_VSPy","toolName":"get_weather","input":{"location":"Paris"}}]',
    "ai.response.finishReason": "tool-calls",
    "gen_ai.response.finish_reasons": ["tool-calls"],
    "gen_ai.usage.input_tokens": 60,
    "gen_ai.usage.output_tokens": 17,
}
TOOL_CALL = {
    "operation.name": "ai.toolCall",
    "ai.operationId": "ai.toolCall",
    "ai.toolCall.name": "get_weather",
    "ai.toolCall.id": "call_VSPy",
    "ai.toolCall.args": '{"location":"Paris"}',
    "ai.toolCall.result": '{"temperature_c":14,"conditions":"rainy"}',
}


def test_do_generate_with_tool_calls() -> None:
    span = normalize_span(raw_span(DO_GENERATE, name="ai.generateText.doGenerate"))
    assert (span.kind, span.convention, span.provider, span.model) == ("llm", "vercel_ai", "openai", "gpt-4o-mini")
    assert span.system == "You can call tools."
    assert span.input_messages == [Message(role="user", content="Weather in Paris?")]
    assert span.output_messages == [
        Message(
            role="assistant",
            tool_calls=[ToolCallRequest(id="call_VSPy", name="get_weather", arguments={"location": "Paris"})],
        )
    ]
    assert span.attributes["gen_ai.response.finish_reasons"] == ["tool_call"]


def test_tool_call_span() -> None:
    span = normalize_span(raw_span(TOOL_CALL, name="ai.toolCall"))
    assert span.kind == "tool"
    assert span.tool is not None
    assert span.tool.model_dump() == {
        "name": "get_weather",
        "call_id": "call_VSPy",
        "arguments": {"location": "Paris"},
        "result": {"temperature_c": 14, "conditions": "rainy"},
    }


def test_root_span_is_an_agent_with_prompt_and_text() -> None:
    attributes = {
        "ai.operationId": "ai.generateText",
        "ai.model.id": "gpt-4o-mini",
        "ai.prompt": '{"system": "Be brief.", "prompt": "Weather in Paris?"}',
        "ai.response.text": "Rainy, 14°C.",
        "ai.usage.promptTokens": 80,
        "ai.usage.completionTokens": 30,
        "ai.telemetry.metadata.sessionId": "s-9",
    }
    span = normalize_span(raw_span(attributes, name="ai.generateText"))
    assert span.kind == "agent"  # its usage repeats the doGenerate children's
    assert (span.system, span.input_messages[0].content, span.output_messages[0].content) == (
        "Be brief.",
        "Weather in Paris?",
        "Rainy, 14°C.",
    )
    assert span.usage is not None and (span.usage.input_tokens, span.usage.output_tokens) == (80, 30)
    assert span.session_id == "s-9"


@pytest.mark.parametrize(
    ("part", "expected"),
    [
        (
            {
                "type": "tool-result",
                "toolCallId": "c1",
                "toolName": "w",
                "output": {"type": "json", "value": {"t": 14}},
            },
            '{"t":14}',
        ),
        (
            {"type": "tool-result", "toolCallId": "c1", "toolName": "w", "result": "14 degrees"},
            "14 degrees",
        ),  # AI SDK v4
    ],
)
def test_tool_result_parts(part: dict[str, object], expected: str) -> None:
    import orjson

    attributes = {
        "ai.operationId": "ai.generateText.doGenerate",
        "ai.prompt.messages": orjson.dumps([{"role": "tool", "content": [part]}]).decode(),
    }
    (message,) = normalize_span(raw_span(attributes)).input_messages
    assert (message.role, message.content, message.tool_call_id) == ("tool", expected, "c1")


@pytest.mark.parametrize(
    ("operation", "kind"),
    [
        ("ai.streamText.doStream", "llm"),
        ("ai.embed.doEmbed", "embedding"),
        ("ai.embedMany", "chain"),
        ("ai.streamObject", "agent"),
    ],
)
def test_operation_kinds(operation: str, kind: str) -> None:
    assert normalize_span(raw_span({"ai.operationId": operation})).kind == kind
