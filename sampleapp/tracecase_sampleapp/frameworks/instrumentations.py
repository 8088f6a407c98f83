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


_TRACELOOP_CONTENT = {"TRACELOOP_TRACE_CONTENT": "true"}

FRAMEWORK_INSTRUMENTATION_SPECS: dict[str, FrameworkInstrumentation] = {
    spec.name: spec
    for spec in (
        FrameworkInstrumentation("anthropic-traceloop", "anthropic", "opentelemetry-instrumentation-anthropic",
                                 _traceloop_anthropic, "traceloop", _TRACELOOP_CONTENT),
        FrameworkInstrumentation("anthropic-openinference", "anthropic", "openinference-instrumentation-anthropic",
                                 _openinference_anthropic, "openinference"),
        FrameworkInstrumentation("langchain-traceloop", "langchain", "opentelemetry-instrumentation-langchain",
                                 _traceloop_langchain, None, _TRACELOOP_CONTENT),
        FrameworkInstrumentation("langchain-openinference", "langchain", "openinference-instrumentation-langchain",
                                 _openinference_langchain),
        # Format versions of pydantic-ai's InstrumentationSettings: 2 is the oldest still accepted
        # (deprecated), 5 the default, 6 the opt-in that sends tool results with role "tool".
        *(FrameworkInstrumentation(f"pydantic-ai-v{version}", "pydantic-ai", "pydantic-ai-slim", _pydantic_ai,
                                   options={"version": version}) for version in (2, 5, 6)),
    )
}

FRAMEWORK_INSTRUMENTATIONS: tuple[str, ...] = tuple(FRAMEWORK_INSTRUMENTATION_SPECS)


def get_framework_instrumentation(name: str) -> FrameworkInstrumentation:
    return lookup(FRAMEWORK_INSTRUMENTATION_SPECS, name, "framework instrumentation")


def instrumentations_of(suite: str) -> tuple[str, ...]:
    """Names of the instrumentations that run ``suite``'s scenarios."""
    return tuple(name for name, spec in FRAMEWORK_INSTRUMENTATION_SPECS.items() if spec.suite == suite)
