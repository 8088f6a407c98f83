"""pydantic-ai scenarios: an ``Agent`` on ``OpenAIChatModel`` against the OpenAI stub, with its own OTel spans.

pydantic-ai instruments itself (``Agent.instrument_all(InstrumentationSettings(...))``); the format
version comes from the instrumentation spec. The agent runs the tool, so the tool records its own call.
"""

from __future__ import annotations

import warnings
from typing import Any

from pydantic_ai import Agent, InstrumentationSettings
from pydantic_ai.exceptions import ModelHTTPError
from pydantic_ai.models.openai import OpenAIChatModel
from pydantic_ai.providers.openai import OpenAIProvider

from schemas.span import ErrorInfo
from tracecase_sampleapp.frameworks._base import FrameworkContext, Suite, record_chat_calls, record_tool_calls, registry
from tracecase_sampleapp.scenarios import CHAT_MODEL, ERROR_MODEL, Observed, get_weather

SCENARIOS, scenario = registry()


def _model(ctx: FrameworkContext, name: str = CHAT_MODEL) -> OpenAIChatModel:
    return OpenAIChatModel(name, provider=OpenAIProvider(base_url=ctx.base_url, api_key=ctx.api_key))


def _run(ctx: FrameworkContext, seen: Observed, agent: Agent[None, str], prompt: str) -> list[dict[str, Any]]:
    start = len(ctx.stub.requests)
    seen.span_kinds.append("agent")
    try:
        agent.run_sync(prompt)
    except ModelHTTPError as exc:
        # pydantic-ai wraps the provider's error; its message is the status and the provider's body.
        seen.error = ErrorInfo(type=type(exc).__name__, message=exc.message)
    return record_chat_calls(seen, list(ctx.stub.requests[start:]))


@scenario("chat_system_prompt")
def chat_system_prompt(ctx: FrameworkContext) -> Observed:
    seen = Observed()
    agent = Agent(
        _model(ctx), system_prompt="You are a concise travel assistant. Answer in one sentence.", name="travel_agent"
    )
    _run(ctx, seen, agent, "What should I see in Zürich in one day?")
    return seen


@scenario("tool_round_trip")
def tool_round_trip(ctx: FrameworkContext) -> Observed:
    seen = Observed()
    results: list[dict[str, Any]] = []
    agent = Agent(
        _model(ctx), system_prompt="You are a weather assistant. Use tools when needed.", name="weather_agent"
    )

    @agent.tool_plain(name="get_weather")
    def weather(location: str) -> dict[str, Any]:
        """Get the current weather for a city"""
        results.append(get_weather(location))
        return results[-1]

    answers = _run(ctx, seen, agent, "What's the weather like in Paris today?")
    record_tool_calls(seen, answers[0], results)
    return seen


@scenario("provider_error")
def provider_error(ctx: FrameworkContext) -> Observed:
    seen = Observed()
    agent = Agent(_model(ctx, ERROR_MODEL), system_prompt="You are a helpful assistant.", name="news_agent")
    _run(ctx, seen, agent, "Summarise today's news.")
    return seen


def _instrument(ctx: FrameworkContext) -> None:
    # Versions 2-4 are deprecated (and say so); emitting them is the point.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        settings = InstrumentationSettings(tracer_provider=ctx.tracer_provider, **ctx.instrumentation.options)
    Agent.instrument_all(settings)


def _stub() -> Any:
    from tracecase_sampleapp.stub_openai import StubOpenAIServer

    return StubOpenAIServer()


SUITE = Suite(name="pydantic-ai", stub=_stub, scenarios=SCENARIOS, make_client=_instrument)
