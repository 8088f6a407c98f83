"""OpenAI Agents SDK scenarios: an ``Agent`` against the OpenAI stub, on the Responses API (the SDK's
default model) or on chat completions (the instrumentation spec's ``api`` option).

Traced through ``openinference-instrumentation-openai-agents`` (its trace processor replaces the
SDK's own exporter, so nothing is sent to OpenAI's trace endpoint). The SDK runs the tool itself.
"""

from __future__ import annotations

import json
from typing import Any

from agents import Agent, Model, OpenAIChatCompletionsModel, OpenAIResponsesModel, Runner, function_tool
from openai import AsyncOpenAI, RateLimitError

from schemas.span import ErrorInfo
from tracecase_sampleapp.frameworks._base import FrameworkContext, Suite, record_chat_calls, record_tool_calls, registry
from tracecase_sampleapp.scenarios import CHAT_MODEL, ERROR_MODEL, Observed, get_weather
from tracecase_sampleapp.stub_openai_responses import chat_request

SCENARIOS, scenario = registry()


def _model(ctx: FrameworkContext, name: str = CHAT_MODEL) -> Model:
    client = AsyncOpenAI(base_url=ctx.base_url, api_key=ctx.api_key, max_retries=0)
    if ctx.instrumentation.options.get("api") == "responses":
        return OpenAIResponsesModel(model=name, openai_client=client)
    return OpenAIChatCompletionsModel(model=name, openai_client=client)


def _run(ctx: FrameworkContext, seen: Observed, agent: Agent[Any], prompt: str) -> list[dict[str, Any]]:
    """Run the agent; returns the stub's answers as chat completions (the manifest's common ground)."""
    start = len(ctx.stub.requests)
    seen.span_kinds.append("agent")
    try:
        Runner.run_sync(agent, prompt)
    except RateLimitError as exc:
        seen.error = ErrorInfo(
            type=type(exc).__name__, message=exc.body["message"] if isinstance(exc.body, dict) else str(exc)
        )
    requests = list(ctx.stub.requests[start:])
    # A Responses request is answered from the chat request it stands for (stub_openai_responses).
    return record_chat_calls(
        seen,
        [
            (path.replace("/responses", "/chat/completions"), chat_request(body))
            if path.endswith("/responses")
            else (path, body)
            for path, body in requests
        ],
    )


@scenario("chat_system_prompt")
def chat_system_prompt(ctx: FrameworkContext) -> Observed:
    seen = Observed()
    agent = Agent(
        name="travel_agent",
        instructions="You are a concise travel assistant. Answer in one sentence.",
        model=_model(ctx),
    )
    _run(ctx, seen, agent, "What should I see in Zürich in one day?")
    return seen


@scenario("tool_round_trip")
def tool_round_trip(ctx: FrameworkContext) -> Observed:
    seen = Observed()
    results: list[dict[str, Any]] = []

    @function_tool(name_override="get_weather")
    def weather(location: str) -> str:
        """Get the current weather for a city"""
        results.append(get_weather(location))
        return json.dumps(results[-1])

    agent = Agent(
        name="weather_agent",
        instructions="You are a weather assistant. Use tools when needed.",
        model=_model(ctx),
        tools=[weather],
    )
    answers = _run(ctx, seen, agent, "What's the weather like in Paris today?")
    record_tool_calls(seen, answers[0], results)
    return seen


@scenario("provider_error")
def provider_error(ctx: FrameworkContext) -> Observed:
    seen = Observed()
    agent = Agent(name="news_agent", instructions="You are a helpful assistant.", model=_model(ctx, ERROR_MODEL))
    _run(ctx, seen, agent, "Summarise today's news.")
    return seen


def _stub() -> Any:
    from tracecase_sampleapp.stub_openai import StubOpenAIServer

    return StubOpenAIServer()


SUITE = Suite(name="openai-agents", stub=_stub, scenarios=SCENARIOS)
