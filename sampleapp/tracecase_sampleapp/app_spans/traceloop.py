"""Traceloop app spans as traceloop-sdk decorators write them (mirrored: the SDK is not a dependency).

``{name}.{kind}`` spans with ``traceloop.span.kind``/``traceloop.entity.*`` JSON (see
``traceloop/sdk/decorators/base.py``), and retrievals as OpenLLMetry >= 0.55 records LangChain ones.
"""

from __future__ import annotations

import contextvars
import json
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

from opentelemetry import trace
from opentelemetry.context import Context
from opentelemetry.sdk.trace import ReadableSpan, Span, SpanProcessor, TracerProvider
from opentelemetry.semconv_ai import SpanAttributes

from schemas.span import Document
from tracecase_sampleapp.app_spans._base import Step

# Traceloop's SDK keeps the workflow name in the context and stamps it on every span started inside
# it (LLM spans included) from a span processor; the processor below does the same.
_WORKFLOW_NAME: contextvars.ContextVar[str | None] = contextvars.ContextVar("traceloop_workflow", default=None)


class TraceloopWorkflowProcessor(SpanProcessor):
    """Adds ``traceloop.workflow.name`` to spans started inside a workflow/agent, like the SDK."""

    def on_start(self, span: Span, parent_context: Context | None = None) -> None:
        workflow = _WORKFLOW_NAME.get()
        if workflow is not None:
            span.set_attribute(SpanAttributes.TRACELOOP_WORKFLOW_NAME, workflow)

    def on_end(self, span: ReadableSpan) -> None:
        """Nothing to do when a span ends."""


class TraceloopSpans:
    """``{name}.{kind}`` spans with ``traceloop.entity.*`` JSON, as traceloop-sdk decorators write them."""

    convention = "traceloop"

    def __init__(self, tracer_provider: TracerProvider, logger_provider: Any = None) -> None:
        self._tracer = tracer_provider.get_tracer("traceloop.tracer")
        tracer_provider.add_span_processor(TraceloopWorkflowProcessor())

    @contextmanager
    def _entity(self, name: str, kind: str, kwargs: dict[str, Any]) -> Iterator[Step]:
        step = Step()
        token = _WORKFLOW_NAME.set(name) if kind in {"workflow", "agent"} else None
        try:
            with self._tracer.start_as_current_span(f"{name}.{kind}") as span:
                span.set_attribute(SpanAttributes.TRACELOOP_SPAN_KIND, kind)
                span.set_attribute(SpanAttributes.TRACELOOP_ENTITY_NAME, name)
                span.set_attribute(SpanAttributes.TRACELOOP_ENTITY_INPUT, json.dumps({"args": [], "kwargs": kwargs}))
                yield step
                span.set_attribute(SpanAttributes.TRACELOOP_ENTITY_OUTPUT, json.dumps(step.output))
        finally:
            if token is not None:
                _WORKFLOW_NAME.reset(token)

    def agent(self, name: str, user_input: str) -> AbstractContextManager[Step]:
        return self._entity(name, "agent", {"question": user_input})

    def chain(self, name: str, user_input: str) -> AbstractContextManager[Step]:
        return self._entity(name, "workflow", {"question": user_input})

    @contextmanager
    def tool(self, name: str, call_id: str, arguments: dict[str, Any], description: str) -> Iterator[Step]:
        with self._entity(name, "tool", arguments) as step:
            # traceloop-sdk >= 0.55 also names the tool in OTel terms; decorators never know the call id.
            trace.get_current_span().set_attribute("gen_ai.tool.name", name)
            yield step

    @contextmanager
    def retrieval(self, source: str, query: str, top_k: int) -> Iterator[Step]:
        """A LangChain retriever as OpenLLMetry >= 0.55 records it (``vector_db_retrieve``)."""
        step = Step()
        with self._tracer.start_as_current_span(f"vector_db_retrieve {source}") as span:
            span.set_attributes(
                {
                    "gen_ai.operation.name": "vector_db_retrieve",
                    "gen_ai.provider.name": "langchain",
                    SpanAttributes.TRACELOOP_SPAN_KIND: "task",
                    SpanAttributes.TRACELOOP_ENTITY_NAME: source,
                    SpanAttributes.TRACELOOP_ENTITY_INPUT: json.dumps(
                        {"query": query, "tags": [], "metadata": {"k": top_k}, "kwargs": {}}
                    ),
                }
            )
            yield step
            documents = [{"page_content": d.content, "metadata": d.metadata} for d in step.documents]
            span.set_attribute(
                SpanAttributes.TRACELOOP_ENTITY_OUTPUT, json.dumps({"documents": documents, "count": len(documents)})
            )

    def visible_documents(self, documents: list[Document]) -> list[Document]:
        # LangChain documents carry page_content and metadata only: ids and scores are lost.
        return [Document(content=d.content, metadata=d.metadata) for d in documents]
