"""App-level spans (agent, chain, tool, retrieval) written the way each convention's users write them.

The instrumentations only see the ``openai`` client; the spans around those calls come from the
application. Each writer uses the helper its ecosystem offers: OTel GenAI users call util-genai's
``TelemetryHandler``, OpenInference users the ``OITracer`` span helpers, Traceloop users the SDK's
decorators. Writers are imported on demand: each pulls in its ecosystem's packages.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from opentelemetry.sdk.trace import TracerProvider

from tracecase_sampleapp.app_spans._base import AppSpans, Step

# convention -> "module:class" of its writer
APP_SPAN_WRITERS: dict[str, str] = {
    "otel_genai": "tracecase_sampleapp.app_spans.otel_genai:OTelGenAISpans",
    "openinference": "tracecase_sampleapp.app_spans.openinference:OpenInferenceSpans",
    "traceloop": "tracecase_sampleapp.app_spans.traceloop:TraceloopSpans",
}


def app_span_writer(convention: str, tracer_provider: TracerProvider, logger_provider: Any = None) -> AppSpans:
    """The writer of ``convention``'s app spans, bound to the given providers."""
    try:
        module_name, attr = APP_SPAN_WRITERS[convention].split(":")
    except KeyError:
        raise LookupError(f"no app-span writer for convention {convention!r}") from None
    factory: Callable[[TracerProvider, Any], AppSpans] = getattr(importlib.import_module(module_name), attr)
    return factory(tracer_provider, logger_provider)


__all__ = ["APP_SPAN_WRITERS", "AppSpans", "Step", "app_span_writer"]
