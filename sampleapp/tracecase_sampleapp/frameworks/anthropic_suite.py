"""Scenarios through the real ``anthropic`` client against :class:`StubAnthropicServer`.

System prompts go in the separate ``system`` field (as cacheable blocks where apps use prompt caching),
tools are flat ``{name, description, input_schema}`` and their results travel back as ``tool_result``
blocks of a user turn: the shapes the OpenAI-only scenarios never produce.
"""

from __future__ import annotations

import json
from typing import Any

import anthropic

from schemas.span import ErrorInfo, Message, Usage
from schemas.trace import TraceToolCall
from tracecase_sampleapp.exceptions import ScenarioError
from tracecase_sampleapp.frameworks._base import FrameworkContext, Suite, add_usage, registry
from tracecase_sampleapp.scenarios import WEATHER_TOOL, Observed, get_weather
from tracecase_sampleapp.stub_anthropic import StubAnthropicServer

CHAT_MODEL = "claude-sonnet-4-6"
ERROR_MODEL = "error-429"
MAX_TOKENS = 512

SCENARIOS, scenario = registry()

_FUNCTION: dict[str, Any] = WEATHER_TOOL["function"]  # type: ignore[assignment]
WEATHER = {"name": _FUNCTION["name"], "description": _FUNCTION["description"], "input_schema": _FUNCTION["parameters"]}


def _usage(usage: Any) -> Usage:
    """Anthropic's counters in OTel terms: input tokens include the cached ones."""
    read, write = usage.cache_read_input_tokens or 0, usage.cache_creation_input_tokens or 0
    total_input = usage.input_tokens + read + write
    return Usage(
        input_tokens=total_input,
        output_tokens=usage.output_tokens,
        total_tokens=total_input + usage.output_tokens,
        cache_read_tokens=read,
        cache_write_tokens=write,
    )


def _system_text(system: str | list[dict[str, Any]]) -> str:
    return system if isinstance(system, str) else "\n".join(block["text"] for block in system)


def _create(
    ctx: FrameworkContext,
    seen: Observed,
    system: str | list[dict[str, Any]],
    messages: list[dict[str, Any]],
    **kwargs: Any,
) -> Any:
    model = kwargs.pop("model", CHAT_MODEL)
    seen.span_kinds.append("llm")
    seen.model = model
    if seen.input_messages is None:
        seen.system = _system_text(system)
        seen.input_messages = [Message(role=m["role"], content=m["content"]) for m in messages]
    response = ctx.client.messages.create(
        model=model, max_tokens=MAX_TOKENS, system=system, messages=messages, **kwargs
    )
    seen.model = response.model
    add_usage(seen, _usage(response.usage))
    return response


def _text(content: list[Any]) -> str:
    return "".join(block.text for block in content if block.type == "text")


@scenario("chat_system_prompt")
def chat_system_prompt(ctx: FrameworkContext) -> Observed:
    seen = Observed()
    system = [
        {
            "type": "text",
            "text": "You are a concise travel assistant. Answer in one sentence.",
            "cache_control": {"type": "ephemeral"},
        }
    ]
    response = _create(ctx, seen, system, [{"role": "user", "content": "What should I see in Zürich in one day?"}])
    seen.output = _text(response.content)
    return seen


@scenario("tool_round_trip")
def tool_round_trip(ctx: FrameworkContext) -> Observed:
    """Ask with a tool, run the requested call under an app tool span, answer from its result."""
    seen = Observed()
    system = [
        {
            "type": "text",
            "text": "You are a weather assistant. Use tools when needed.",
            "cache_control": {"type": "ephemeral"},
        }
    ]
    question = "What's the weather like in Paris today?"
    messages: list[dict[str, Any]] = [{"role": "user", "content": question}]
    if ctx.spans is None:
        raise ScenarioError("the anthropic suite needs an app-span convention for its agent and tool spans")
    with ctx.spans.agent("weather_agent", question) as agent:
        seen.span_kinds.append("agent")
        first = _create(ctx, seen, system, messages, tools=[WEATHER])
        messages.append({"role": "assistant", "content": [b.model_dump(exclude_none=True) for b in first.content]})
        results = []
        for call in (b for b in first.content if b.type == "tool_use"):
            with ctx.spans.tool(call.name, call.id, call.input, WEATHER["description"]) as step:
                seen.span_kinds.append("tool")
                step.output = get_weather(**call.input)
            seen.tool_calls.append(TraceToolCall(id=call.id, name=call.name, arguments=call.input, result=step.output))
            results.append({"type": "tool_result", "tool_use_id": call.id, "content": json.dumps(step.output)})
        messages.append({"role": "user", "content": results})
        final = _create(ctx, seen, system, messages, tools=[WEATHER])
        seen.output = agent.output = _text(final.content)
    return seen


@scenario("streaming")
def streaming(ctx: FrameworkContext) -> Observed:
    seen = Observed()
    system = "You are a poet who writes short lines."
    messages = [{"role": "user", "content": "Write a line about the sea at dawn."}]
    seen.span_kinds.append("llm")
    seen.system, seen.input_messages = system, [Message(role="user", content=messages[0]["content"])]
    pieces: list[str] = []
    started: Any = None
    stream = ctx.client.messages.create(
        model=CHAT_MODEL, max_tokens=MAX_TOKENS, system=system, messages=messages, stream=True
    )
    for event in stream:
        if event.type == "message_start":
            started = event.message
        elif event.type == "content_block_delta" and event.delta.type == "text_delta":
            pieces.append(event.delta.text)
        elif event.type == "message_delta":
            # message_delta carries the final output count; input and cache counts came with message_start.
            started.usage.output_tokens = event.usage.output_tokens
    seen.model = started.model
    add_usage(seen, _usage(started.usage))
    seen.output = "".join(pieces)
    return seen


@scenario("stream_helper")
def stream_helper(ctx: FrameworkContext) -> Observed:
    """``messages.stream()``, the SDK helper most streaming apps use (a different method to patch)."""
    seen = Observed()
    system = "You are a poet who writes short lines."
    messages = [{"role": "user", "content": "Write a line about the mountains at dusk."}]
    seen.span_kinds.append("llm")
    seen.system, seen.input_messages = system, [Message(role="user", content=messages[0]["content"])]
    with ctx.client.messages.stream(
        model=CHAT_MODEL, max_tokens=MAX_TOKENS, system=system, messages=messages
    ) as stream:
        seen.output = "".join(stream.text_stream)
        final = stream.get_final_message()
    seen.model = final.model
    add_usage(seen, _usage(final.usage))
    return seen


@scenario("provider_error")
def provider_error(ctx: FrameworkContext) -> Observed:
    seen = Observed()
    try:
        _create(
            ctx,
            seen,
            "You are a helpful assistant.",
            [{"role": "user", "content": "Summarise today's news."}],
            model=ERROR_MODEL,
        )
    except anthropic.APIStatusError as exc:
        seen.error = ErrorInfo(type=type(exc).__name__, message=exc.message)
    return seen


def _client(ctx: FrameworkContext) -> anthropic.Anthropic:
    return anthropic.Anthropic(base_url=ctx.base_url, api_key=ctx.api_key, max_retries=0)


SUITE = Suite(name="anthropic", stub=StubAnthropicServer, scenarios=SCENARIOS, make_client=_client)
