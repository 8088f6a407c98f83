"""OpenInference app spans (AGENT, CHAIN, TOOL, RETRIEVER) through ``OITracer`` and the semconv constants."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from openinference.instrumentation import OITracer, TraceConfig, get_retriever_attributes
from openinference.semconv.trace import OpenInferenceSpanKindValues, SpanAttributes
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.trace import Status, StatusCode

from schemas.span import Document
from tracecase_sampleapp.app_spans._base import Step


class OpenInferenceSpans:
    """AGENT, CHAIN, TOOL and RETRIEVER spans through ``OITracer`` and the semconv constants."""

    convention = "openinference"

    def __init__(self, tracer_provider: TracerProvider, logger_provider: Any = None) -> None:
        self._tracer = OITracer(tracer_provider.get_tracer("tracecase_sampleapp.app"), config=TraceConfig())

    @contextmanager
    def _span(self, name: str, kind: OpenInferenceSpanKindValues, user_input: Any) -> Iterator[tuple[Any, Step]]:
        step = Step()
        with self._tracer.start_as_current_span(name, openinference_span_kind=kind) as span:
            span.set_input(user_input)
            yield span, step
            span.set_output(step.output)
            span.set_status(Status(StatusCode.OK))

    @contextmanager
    def agent(self, name: str, user_input: str) -> Iterator[Step]:
        with self._span(name, OpenInferenceSpanKindValues.AGENT, user_input) as (_, step):
            yield step

    @contextmanager
    def chain(self, name: str, user_input: str) -> Iterator[Step]:
        with self._span(name, OpenInferenceSpanKindValues.CHAIN, user_input) as (_, step):
            yield step

    @contextmanager
    def tool(self, name: str, call_id: str, arguments: dict[str, Any], description: str) -> Iterator[Step]:
        with self._span(name, OpenInferenceSpanKindValues.TOOL, arguments) as (span, step):
            span.set_tool(name=name, description=description, parameters=_schema_of(arguments))
            span.set_attribute(SpanAttributes.TOOL_ID, call_id)
            yield step

    @contextmanager
    def retrieval(self, source: str, query: str, top_k: int) -> Iterator[Step]:
        from openinference.semconv.trace import SpanAttributes

        step = Step()
        retriever = OpenInferenceSpanKindValues.RETRIEVER
        with self._tracer.start_as_current_span(source, openinference_span_kind=retriever) as span:
            span.set_input(query)
            span.set_attribute(SpanAttributes.METADATA, json.dumps({"top_k": top_k}))
            yield step
            docs = [d.model_dump(exclude_none=True) for d in step.documents]
            span.set_attributes(get_retriever_attributes(documents=docs))  # type: ignore[arg-type]
            span.set_status(Status(StatusCode.OK))

    def visible_documents(self, documents: list[Document]) -> list[Document]:
        return documents


def _schema_of(arguments: dict[str, Any]) -> dict[str, Any]:
    """The JSON Schema an OITracer tool decorator derives from a function's string parameters."""
    return {"type": "object", "properties": {k: {"type": "string"} for k in arguments}, "required": list(arguments)}
