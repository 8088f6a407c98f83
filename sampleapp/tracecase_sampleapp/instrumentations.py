"""The real OpenAI instrumentations the scenarios run under, one per process.

They all patch ``openai.resources.chat.completions.Completions.create``; two in one process would
nest their spans, so the emitter starts a fresh interpreter for each (see :mod:`.emit`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from opentelemetry.sdk.trace import TracerProvider

from tracecase_sampleapp.exceptions import UnknownInstrumentationError

Installer = Callable[[TracerProvider, Any], None]
"""``install(tracer_provider, logger_provider)``: patches the instrumented library in this process."""
Spec = TypeVar("Spec")


@dataclass(frozen=True)
class Instrumentation:
    name: str
    package: str
    """The PyPI distribution that emits the LLM spans."""
    convention: str
    """Convention of the app-level spans written around the calls (a key of ``APP_SPAN_WRITERS``)."""
    install: Installer
    env: dict[str, str] = field(default_factory=dict)
    """Environment the instrumentation reads; set before it is imported."""


def _install_openai_v2(tracer_provider: TracerProvider, logger_provider: Any) -> None:
    from opentelemetry.instrumentation.openai_v2 import OpenAIInstrumentor

    OpenAIInstrumentor().instrument(tracer_provider=tracer_provider, logger_provider=logger_provider)


def _install_openai_v2_legacy(tracer_provider: TracerProvider, logger_provider: Any) -> None:
    from opentelemetry.instrumentation import openai_v2

    # openai-v2 2.4b0 still ships its v1.28 log-event path, chosen when `is_experimental_mode()` is
    # false. util-genai 0.x derived that from OTEL_SEMCONV_STABILITY_OPT_IN; the pinned 1.1b0 always
    # says true. Restore the 0.x answer (no opt-in set) so the shipped legacy path runs.
    openai_v2.is_experimental_mode = lambda: False
    openai_v2.OpenAIInstrumentor().instrument(tracer_provider=tracer_provider, logger_provider=logger_provider)


def _install_openinference(tracer_provider: TracerProvider, logger_provider: Any) -> None:
    from openinference.instrumentation.openai import OpenAIInstrumentor

    OpenAIInstrumentor().instrument(tracer_provider=tracer_provider)


def _install_traceloop(tracer_provider: TracerProvider, logger_provider: Any) -> None:
    from opentelemetry.instrumentation.openai import OpenAIInstrumentor

    OpenAIInstrumentor().instrument(tracer_provider=tracer_provider, logger_provider=logger_provider)


_LATEST = {"OTEL_SEMCONV_STABILITY_OPT_IN": "gen_ai_latest_experimental"}
_CAPTURE = "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT"

INSTRUMENTATION_SPECS: dict[str, Instrumentation] = {
    spec.name: spec
    for spec in (
        Instrumentation(
            "otel-genai-latest",
            "opentelemetry-instrumentation-openai-v2",
            "otel_genai",
            _install_openai_v2,
            {**_LATEST, _CAPTURE: "SPAN_AND_EVENT"},
        ),
        Instrumentation(
            "otel-genai-span-only",
            "opentelemetry-instrumentation-openai-v2",
            "otel_genai",
            _install_openai_v2,
            {**_LATEST, _CAPTURE: "SPAN_ONLY"},
        ),
        Instrumentation(
            "otel-genai-legacy-events",
            "opentelemetry-instrumentation-openai-v2",
            "otel_genai",
            _install_openai_v2_legacy,
            {_CAPTURE: "true"},
        ),
        Instrumentation(
            "openinference", "openinference-instrumentation-openai", "openinference", _install_openinference
        ),
        Instrumentation(
            "traceloop",
            "opentelemetry-instrumentation-openai",
            "traceloop",
            _install_traceloop,
            {"TRACELOOP_TRACE_CONTENT": "true"},
        ),
    )
}

INSTRUMENTATIONS: tuple[str, ...] = tuple(INSTRUMENTATION_SPECS)


def lookup(specs: Mapping[str, Spec], name: str, what: str = "instrumentation") -> Spec:
    """``specs[name]``, or an error listing the known names."""
    try:
        return specs[name]
    except KeyError:
        raise UnknownInstrumentationError(f"unknown {what} {name!r}; known: {', '.join(specs)}") from None


def get_instrumentation(name: str) -> Instrumentation:
    return lookup(INSTRUMENTATION_SPECS, name)
