"""Shapes real framework instrumentations emit (tests/data/captured/<framework>/), one table per shape.

* OpenInference writes one tool call under ``message.tool_calls.N`` and/or ``message.contents.N``.
* LangChain tool runs return a ``ToolMessage``, recorded serialized (two serializations) as the result;
  chain inputs/outputs carry serialized Human/AI messages.
* pydantic-ai records a run's conversation on the agent span only (``pydantic_ai.all_messages``).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from rawspan_factory import raw_span

from ingest.normalize import normalize_span
from ingest.normalize._langchain import langchain_message, tool_message_result

CALL = "toolu_01"
ARGS = '{"location": "Paris"}'
RESULT = {"location": "Paris", "temperature_c": 3}


def _tool_call_keys(
    prefix: str, call_id: str | None = CALL, name: str | None = "get_weather", arguments: str | None = ARGS
) -> dict[str, Any]:
    keys = {"id": call_id, "function.name": name, "function.arguments": arguments}
    return {f"{prefix}.tool_call.{k}": v for k, v in keys.items() if v is not None}


_OUT = "llm.output_messages.0.message"


@pytest.mark.parametrize(
    ("attributes", "expected_calls", "expected_text"),
    [
        pytest.param(
            {
                **_tool_call_keys(f"{_OUT}.tool_calls.0"),
                f"{_OUT}.contents.0.message_content.type": "tool_use",
                **_tool_call_keys(f"{_OUT}.contents.0"),
            },
            [(CALL, "get_weather", {"location": "Paris"})],
            None,
            id="same-call-in-both-families",
        ),
        pytest.param(
            {f"{_OUT}.contents.0.message_content.type": "tool_use", **_tool_call_keys(f"{_OUT}.contents.0")},
            [(CALL, "get_weather", {"location": "Paris"})],
            None,
            id="contents-only",
        ),
        pytest.param(
            {
                f"{_OUT}.contents.0.message_content.type": "tool_use",
                f"{_OUT}.contents.1.message_content.type": "text",
                f"{_OUT}.contents.1.message_content.text": "Checking.",
            },
            [],
            "Checking.",
            id="typed-part-without-call-fields-is-no-call",
        ),
        pytest.param(
            {
                **_tool_call_keys(f"{_OUT}.tool_calls.0", arguments=None),
                **_tool_call_keys(f"{_OUT}.contents.0", name=None),
            },
            [(CALL, "get_weather", {"location": "Paris"})],
            None,
            id="merged-by-id",
        ),
        pytest.param(
            {
                **_tool_call_keys(f"{_OUT}.tool_calls.0"),
                **_tool_call_keys(f"{_OUT}.contents.0", call_id="toolu_02", arguments='{"location": "Oslo"}'),
                f"{_OUT}.contents.1.message_content.type": "text",
                f"{_OUT}.contents.1.message_content.text": "Two cities.",
            },
            [(CALL, "get_weather", {"location": "Paris"}), ("toolu_02", "get_weather", {"location": "Oslo"})],
            "Two cities.",
            id="distinct-ids-kept",
        ),
        pytest.param(
            {
                **_tool_call_keys(f"{_OUT}.tool_calls.0", call_id=None),
                **_tool_call_keys(f"{_OUT}.tool_calls.1", call_id=None),
            },
            [(None, "get_weather", {"location": "Paris"})] * 2,
            None,
            id="id-less-calls-not-merged",
        ),
    ],
)
def test_openinference_tool_call_families(
    attributes: dict[str, Any], expected_calls: list[tuple[Any, ...]], expected_text: str | None
) -> None:
    span = normalize_span(raw_span({"openinference.span.kind": "LLM", f"{_OUT}.role": "assistant", **attributes}))
    (message,) = span.output_messages
    assert [(c.id, c.name, c.arguments) for c in message.tool_calls or []] == expected_calls
    assert message.content == expected_text


@pytest.mark.parametrize("part", [{"type": "tool_call"}, {"type": "tool_use"}, {"type": "function_call"}])
def test_an_all_empty_tool_call_part_is_never_emitted(part: dict[str, Any]) -> None:
    messages = [{"role": "assistant", "parts": [part, {"type": "text", "content": "Hi"}]}]
    span = normalize_span(raw_span({"gen_ai.operation.name": "chat", "gen_ai.output.messages": json.dumps(messages)}))
    assert [(m.content, m.tool_calls) for m in span.output_messages] == [("Hi", None)]


def _lc_dumpd(cls: str, **kwargs: Any) -> dict[str, Any]:
    return {"lc": 1, "type": "constructor", "id": ["langchain", "schema", "messages", cls], "kwargs": kwargs}


def _tool_message(content: str, **extra: Any) -> dict[str, Any]:
    return {"content": content, "type": "tool", "name": "get_weather", "tool_call_id": "call_1", **extra}


_AS_DICT = {"type": "tool", "data": _tool_message(json.dumps(RESULT), status="success", artifact=None)}
_DUMPD = _lc_dumpd("ToolMessage", **_tool_message(json.dumps(RESULT)))
_TRACELOOP_OUTPUT = json.dumps({"output": _DUMPD, "kwargs": {"tags": [], "name": "get_weather"}})
_TRACELOOP_INPUT = json.dumps(
    {"input_str": "{'location': 'Paris'}", "inputs": {"location": "Paris"}, "kwargs": {"tool_call_id": "call_1"}}
)


@pytest.mark.parametrize(
    ("attributes", "result", "call_id"),
    [
        pytest.param(
            {
                "openinference.span.kind": "TOOL",
                "tool.name": "get_weather",
                "input.value": "Paris",
                "output.value": json.dumps(_AS_DICT),
            },
            RESULT,
            "call_1",
            id="openinference-message_to_dict",
        ),
        pytest.param(
            {
                "openinference.span.kind": "TOOL",
                "tool.name": "get_weather",
                "output.value": json.dumps({"type": "tool", "data": _tool_message("sunny")}),
            },
            "sunny",
            "call_1",
            id="openinference-text-content",
        ),
        pytest.param(
            {
                "traceloop.span.kind": "tool",
                "traceloop.entity.name": "get_weather",
                "gen_ai.operation.name": "execute_tool",
                "traceloop.entity.input": _TRACELOOP_INPUT,
                "gen_ai.tool.call.arguments": _TRACELOOP_INPUT,
                "traceloop.entity.output": _TRACELOOP_OUTPUT,
                "gen_ai.tool.call.result": _TRACELOOP_OUTPUT,
            },
            RESULT,
            "call_1",
            id="traceloop-dumpd-copied",
        ),
        pytest.param(
            {
                "gen_ai.operation.name": "execute_tool",
                "gen_ai.tool.name": "get_weather",
                "gen_ai.tool.call.result": json.dumps(_DUMPD),
            },
            RESULT,
            "call_1",
            id="otel-result-dumpd",
        ),
        pytest.param(
            {"mlflow.spanType": '"TOOL"', "mlflow.spanOutputs": json.dumps(_DUMPD)}, RESULT, "call_1", id="mlflow-dumpd"
        ),
        pytest.param(
            {
                "gen_ai.operation.name": "execute_tool",
                "gen_ai.tool.call.id": "call_9",
                "gen_ai.tool.call.result": json.dumps(_DUMPD),
            },
            RESULT,
            "call_9",
            id="span-call-id-wins",
        ),
        pytest.param(
            {"openinference.span.kind": "TOOL", "output.value": json.dumps({"type": "tool", "data": [1]})},
            {"type": "tool", "data": [1]},
            None,
            id="lookalike-result-kept",
        ),
        pytest.param(
            {"openinference.span.kind": "TOOL", "output.value": json.dumps({**_AS_DICT, "extra": 1})},
            {**_AS_DICT, "extra": 1},
            None,
            id="not-exactly-message_to_dict-kept",
        ),
    ],
)
def test_langchain_tool_message_result_is_its_content(
    attributes: dict[str, Any], result: Any, call_id: str | None
) -> None:
    tool = normalize_span(raw_span(attributes)).tool
    assert tool is not None
    assert (tool.result, tool.call_id) == (result, call_id)


def test_traceloop_tool_arguments_are_unwrapped_even_when_copied_to_gen_ai_keys() -> None:
    tool = normalize_span(
        raw_span(
            {
                "traceloop.span.kind": "tool",
                "gen_ai.operation.name": "execute_tool",
                "traceloop.entity.input": _TRACELOOP_INPUT,
                "gen_ai.tool.call.arguments": _TRACELOOP_INPUT,
            }
        )
    ).tool
    assert tool is not None and tool.arguments == {"location": "Paris"}


_AI_CALL = _lc_dumpd(
    "AIMessage",
    content="",
    type="ai",
    tool_calls=[{"name": "get_weather", "args": {"location": "Paris"}, "id": "call_1", "type": "tool_call"}],
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (_lc_dumpd("HumanMessage", content="Hi", type="human"), {"role": "user", "content": "Hi"}),
        (_lc_dumpd("SystemMessage", content="Be brief."), {"role": "system", "content": "Be brief."}),
        (_lc_dumpd("ChatMessage", content="x", role="critic"), {"role": "critic", "content": "x"}),
        ({"type": "ai", "data": {"content": "Hello"}}, {"role": "assistant", "content": "Hello"}),
        (
            _AI_CALL,
            {
                "role": "assistant",
                "content": "",
                "tool_calls": [{"id": "call_1", "name": "get_weather", "arguments": {"location": "Paris"}}],
            },
        ),
        ({"type": "tool", "data": _tool_message("ok")}, {"role": "tool", "content": "ok", "tool_call_id": "call_1"}),
        (_lc_dumpd("ChatOpenAI", model_name="gpt-4o-mini"), None),  # a serialized model, not a message
        ({"type": "human", "data": "Hi"}, None),
        ({"lc": 1, "type": "secret", "id": ["OPENAI_API_KEY"]}, None),
    ],
)
def test_langchain_message_serializations(value: dict[str, Any], expected: dict[str, Any] | None) -> None:
    assert langchain_message(value) == expected
    assert (tool_message_result(value) is not None) == (expected is not None and expected["role"] == "tool")


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        (
            "input.value",
            {"messages": [[_lc_dumpd("SystemMessage", content="Be brief."), _lc_dumpd("HumanMessage", content="Hi")]]},
            ("Be brief.", [("user", "Hi")]),
        ),
        ("input.value", _lc_dumpd("HumanMessage", content="Hi"), (None, [("user", "Hi")])),
        ("input.value", [{"type": "human", "data": {"content": "Hi"}}], (None, [("user", "Hi")])),
        ("output.value", _AI_CALL, [("assistant", None, ["get_weather"])]),
        (
            "output.value",
            {"generations": [[{"text": "Hello", "message": _lc_dumpd("AIMessage", content="Hello")}]]},
            [("assistant", "Hello", [])],
        ),
        ("output.value", {"generations": [[{"text": "Plain"}]]}, [("assistant", "Plain", [])]),
    ],
)
def test_langchain_messages_as_chain_values(key: str, value: Any, expected: Any) -> None:
    span = normalize_span(raw_span({"openinference.span.kind": "CHAIN", key: json.dumps(value)}))
    if key == "input.value":
        assert (span.system, [(m.role, m.content) for m in span.input_messages]) == expected
    else:
        assert [
            (m.role, m.content or None, [c.name for c in m.tool_calls or []]) for m in span.output_messages
        ] == expected


def test_hostile_nesting_of_message_batches_does_not_recurse() -> None:
    nested: Any = {"role": "user", "content": "deep"}
    for _ in range(900):
        nested = [nested]
    span = normalize_span(
        raw_span({"openinference.span.kind": "CHAIN", "input.value": json.dumps({"messages": nested})})
    )
    assert span.input_messages == []
