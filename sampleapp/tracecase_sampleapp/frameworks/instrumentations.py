"""The framework instrumentations, one interpreter each (they patch SDK and framework classes for good).

Installers import their package on call, so listing the registry costs nothing.
"""

from __future__ import annotations

from typing import Any

from opentelemetry.sdk.trace import TracerProvider

from tracecase_sampleapp.frameworks._base import FrameworkInstrumentation
from tracecase_sampleapp.instrumentations import lookup

# suite -> "module:attribute" of its Suite; imported in the child only (each pulls in its framework).
SUITES: dict[str, str] = {
    "anthropic": "tracecase_sampleapp.frameworks.anthropic_suite:SUITE",
    "langchain": "tracecase_sampleapp.frameworks.langchain_suite:SUITE",
    "pydantic-ai": "tracecase_sampleapp.frameworks.pydantic_ai_suite:SUITE",
    "openai-agents": "tracecase_sampleapp.frameworks.openai_agents_suite:SUITE",
    "google-adk": "tracecase_sampleapp.frameworks.google_adk_suite:SUITE",
}


def _traceloop_anthropic(tracer_provider: TracerProvider, logger_provider: Any) -> None:
    from opentelemetry.instrumentation.anthropic import AnthropicInstrumentor

    AnthropicInstrumentor().instrument(tracer_provider=tracer_provider, logger_provider=logger_provider)


def _openinference_anthropic(tracer_provider: TracerProvider, logger_provider: Any) -> None:
    from openinference.instrumentation.anthropic import AnthropicInstrumentor

    AnthropicInstrumentor().instrument(tracer_provider=tracer_provider)


def _traceloop_langchain(tracer_provider: TracerProvider, logger_provider: Any) -> None:
    from opentelemetry.instrumentation.langchain import LangchainInstrumentor

    LangchainInstrumentor().instrument(tracer_provider=tracer_provider, logger_provider=logger_provider)


def _openinference_langchain(tracer_provider: TracerProvider, logger_provider: Any) -> None:
    from openinference.instrumentation.langchain import LangChainInstrumentor

    LangChainInstrumentor().instrument(tracer_provider=tracer_provider)


def _pydantic_ai(tracer_provider: TracerProvider, logger_provider: Any) -> None:
    """Nothing to patch: pydantic-ai instruments each ``Agent`` from its ``instrument=`` settings."""


def _pydantic_ai_1(tracer_provider: TracerProvider, logger_provider: Any) -> None:
    """pydantic-ai instruments itself; check that the isolated 1.x really shadows this environment's 2.x."""
    _require_major("pydantic-ai-slim", "1.")


def _openinference_openai_agents(tracer_provider: TracerProvider, logger_provider: Any) -> None:
    from openinference.instrumentation.openai_agents import OpenAIAgentsInstrumentor

    # Exclusive (the default): its processor replaces the SDK's exporter to OpenAI's trace endpoint.
    OpenAIAgentsInstrumentor().instrument(tracer_provider=tracer_provider)


def _google_adk(tracer_provider: TracerProvider, logger_provider: Any) -> None:
    """ADK traces through the global providers (``trace.get_tracer("gcp.vertex.agent")``)."""
    from opentelemetry import trace

    _require_major("google-adk", "2.")
    trace.set_tracer_provider(tracer_provider)


def _require_major(distribution: str, prefix: str) -> None:
    from importlib.metadata import version

    from tracecase_sampleapp.exceptions import ScenarioError

    found = version(distribution)
    if not found.startswith(prefix):
        raise ScenarioError(f"{distribution} {found} found, {prefix}x expected: run `make .venv/.installed`")


_TRACELOOP_CONTENT = {"TRACELOOP_TRACE_CONTENT": "true"}
# ADK 2.x: schema 1 is the legacy format with ``gcp.vertex.agent.*`` content attributes; the default
# (2) writes OTel GenAI attributes, with content only when the OTel capture switch asks for it.
_ADK_LEGACY = {"ADK_TELEMETRY_SCHEMA_VERSION_OPT_IN": "1", "GOOGLE_GENAI_USE_VERTEXAI": "false"}
_ADK_SEMCONV = {"OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT": "SPAN_ONLY", "GOOGLE_GENAI_USE_VERTEXAI": "false"}

FRAMEWORK_INSTRUMENTATION_SPECS: dict[str, FrameworkInstrumentation] = {
    spec.name: spec
    for spec in (
        FrameworkInstrumentation(
            "anthropic-traceloop",
            "anthropic",
            "opentelemetry-instrumentation-anthropic",
            _traceloop_anthropic,
            "traceloop",
            _TRACELOOP_CONTENT,
        ),
        FrameworkInstrumentation(
            "anthropic-openinference",
            "anthropic",
            "openinference-instrumentation-anthropic",
            _openinference_anthropic,
            "openinference",
        ),
        FrameworkInstrumentation(
            "langchain-traceloop",
            "langchain",
            "opentelemetry-instrumentation-langchain",
            _traceloop_langchain,
            None,
            _TRACELOOP_CONTENT,
        ),
        FrameworkInstrumentation(
            "langchain-openinference", "langchain", "openinference-instrumentation-langchain", _openinference_langchain
        ),
        # Format versions of pydantic-ai's InstrumentationSettings: 2 is the oldest still accepted
        # (deprecated), 5 the default, 6 the opt-in that sends tool results with role "tool".
        *(
            FrameworkInstrumentation(
                f"pydantic-ai-v{version}", "pydantic-ai", "pydantic-ai-slim", _pydantic_ai, options={"version": version}
            )
            for version in (2, 5, 6)
        ),
        # pydantic-ai's previous major version: format 1 writes GenAI events as JSON-array attributes
        # (``events``, ``all_messages_events``), format 2 was its default.
        FrameworkInstrumentation(
            "pydantic-ai-1.x-v1",
            "pydantic-ai",
            "pydantic-ai-slim==1.107.10",
            _pydantic_ai_1,
            options={"version": 1, "event_mode": "attributes"},
            isolated="pydantic-ai-1",
        ),
        FrameworkInstrumentation(
            "pydantic-ai-1.x-v2",
            "pydantic-ai",
            "pydantic-ai-slim==1.107.10",
            _pydantic_ai_1,
            options={"version": 2},
            isolated="pydantic-ai-1",
        ),
        FrameworkInstrumentation(
            "openai-agents-openinference",
            "openai-agents",
            "openinference-instrumentation-openai-agents",
            _openinference_openai_agents,
            options={"api": "responses"},
        ),
        FrameworkInstrumentation(
            "openai-agents-openinference-chat",
            "openai-agents",
            "openinference-instrumentation-openai-agents",
            _openinference_openai_agents,
            options={"api": "chat_completions"},
        ),
        FrameworkInstrumentation(
            "google-adk-legacy", "google-adk", "google-adk", _google_adk, env=_ADK_LEGACY, isolated="google-adk"
        ),
        FrameworkInstrumentation(
            "google-adk-semconv", "google-adk", "google-adk", _google_adk, env=_ADK_SEMCONV, isolated="google-adk"
        ),
    )
}

FRAMEWORK_INSTRUMENTATIONS: tuple[str, ...] = tuple(FRAMEWORK_INSTRUMENTATION_SPECS)


def get_framework_instrumentation(name: str) -> FrameworkInstrumentation:
    return lookup(FRAMEWORK_INSTRUMENTATION_SPECS, name, "framework instrumentation")


def instrumentations_of(suite: str) -> tuple[str, ...]:
    """Names of the instrumentations that run ``suite``'s scenarios."""
    return tuple(name for name, spec in FRAMEWORK_INSTRUMENTATION_SPECS.items() if spec.suite == suite)
