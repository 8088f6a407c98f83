"""Google ADK scenarios: an ADK ``Agent`` on ``Gemini`` against the Gemini stub, traced by ADK itself.

ADK records its own spans through the global tracer provider (``gcp.vertex.agent`` scope); the
instrumentation spec picks the telemetry schema (legacy ``gcp.vertex.agent.*`` attributes, or the
OTel GenAI-aligned default). What was sent and answered comes from the stub's request log; the tool
calls (ADK gives Gemini's id-less calls ``adk-`` ids) from the events the runner yields.
"""

from __future__ import annotations

import json
from typing import Any

from google.adk.agents import Agent
from google.adk.models.google_llm import Gemini
from google.adk.runners import InMemoryRunner
from google.genai import types

from schemas.span import Message, Usage
from schemas.trace import TraceToolCall
from tracecase_sampleapp.frameworks._base import FrameworkContext, Suite, add_usage, registry
from tracecase_sampleapp.scenarios import Observed, get_weather
from tracecase_sampleapp.stub_gemini import generate_content

SCENARIOS, scenario = registry()
GEMINI_MODEL = "gemini-2.5-flash"
_USER = "user-1"


def _texts(content: dict[str, Any]) -> str | None:
    texts = [p["text"] for p in content.get("parts") or [] if "text" in p]
    return "".join(texts) if texts else None


def _record_calls(seen: Observed, requests: list[tuple[str, dict[str, Any]]]) -> None:
    """Fill ``seen``'s LLM fields from the ``generateContent`` requests ADK sent and the stub's answers."""
    for path, body in requests:
        model = path.rsplit("/", 1)[-1].split(":", 1)[0]
        seen.span_kinds.append("llm")
        if seen.input_messages is None:
            system = body.get("systemInstruction") or {}
            seen.system = _texts(system)
            seen.input_messages = [Message(role="user", content=_texts(c)) for c in body.get("contents") or []]
        answer = generate_content(model, body)
        seen.model = answer["modelVersion"]
        usage = answer["usageMetadata"]
        add_usage(
            seen,
            Usage(
                input_tokens=usage["promptTokenCount"],
                output_tokens=usage["candidatesTokenCount"],
                total_tokens=usage["totalTokenCount"],
            ),
        )
        seen.output = _texts(answer["candidates"][0]["content"]) or seen.output


def _run(ctx: FrameworkContext, seen: Observed, agent: Agent, prompt: str) -> None:
    start = len(ctx.stub.requests)
    seen.span_kinds.append("agent")
    runner = InMemoryRunner(agent=agent, app_name="tracecase")
    session = runner.session_service.create_session_sync(app_name="tracecase", user_id=_USER)
    calls: dict[str, TraceToolCall] = {}
    message = types.Content(role="user", parts=[types.Part(text=prompt)])
    for event in runner.run(user_id=_USER, session_id=session.id, new_message=message):
        for call in event.get_function_calls():
            calls[call.id or ""] = TraceToolCall(id=call.id, name=call.name, arguments=dict(call.args or {}))
        for response in event.get_function_responses():
            known = calls.get(response.id or "")
            if known is not None:
                known.result = json.loads(json.dumps(response.response))
    for call in calls.values():
        seen.span_kinds.append("tool")
        seen.tool_calls.append(call)
    _record_calls(seen, list(ctx.stub.requests[start:]))


def _gemini(ctx: FrameworkContext) -> Gemini:
    return Gemini(model=GEMINI_MODEL, base_url=ctx.base_url)


@scenario("chat_system_prompt")
def chat_system_prompt(ctx: FrameworkContext) -> Observed:
    seen = Observed()
    agent = Agent(
        name="travel_agent",
        model=_gemini(ctx),
        instruction="You are a concise travel assistant. Answer in one sentence.",
    )
    _run(ctx, seen, agent, "What should I see in Zürich in one day?")
    return seen


def get_weather_tool(location: str) -> dict[str, Any]:
    """Get the current weather for a city"""
    return get_weather(location)


get_weather_tool.__name__ = "get_weather"


@scenario("tool_round_trip")
def tool_round_trip(ctx: FrameworkContext) -> Observed:
    seen = Observed()
    agent = Agent(
        name="weather_agent",
        model=_gemini(ctx),
        tools=[get_weather_tool],
        instruction="You are a weather assistant. Use tools when needed.",
    )
    _run(ctx, seen, agent, "What's the weather like in Paris today?")
    return seen


def _stub() -> Any:
    from tracecase_sampleapp.stub_gemini import StubGeminiServer

    return StubGeminiServer()


SUITE = Suite(name="google-adk", stub=_stub, scenarios=SCENARIOS)
