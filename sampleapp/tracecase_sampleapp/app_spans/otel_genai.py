"""OTel GenAI app spans as util-genai's ``TelemetryHandler`` writes them.

``invoke_agent``, ``invoke_workflow``, ``execute_tool`` and ``retrieval`` (semconv v1.40+); content
(messages, tool arguments/results, documents) only when the content-capture mode puts it on spans.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.util.genai.handler import TelemetryHandler
from opentelemetry.util.genai.types import InputMessage, OutputMessage, Text
from opentelemetry.util.genai.utils import should_capture_content_on_spans

from schemas.span import Document
from tracecase_sampleapp.app_spans._base import Step


class OTelGenAISpans:
    """``invoke_agent``, ``invoke_workflow``, ``execute_tool`` and ``retrieval`` spans via util-genai."""

    convention = "otel_genai"

    def __init__(self, tracer_provider: TracerProvider, logger_provider: Any) -> None:
        self._handler = TelemetryHandler(tracer_provider=tracer_provider, logger_provider=logger_provider)

    @staticmethod
    def _messages(user_input: str, step: Step) -> tuple[list[Any], list[Any]]:
        inputs = [InputMessage(role="user", parts=[Text(content=user_input)])]
        outputs = [OutputMessage(role="assistant", parts=[Text(content=str(step.output))], finish_reason="stop")]
        return inputs, outputs

    @contextmanager
    def agent(self, name: str, user_input: str) -> Iterator[Step]:
        step = Step()
        invocation = self._handler.invoke_local_agent(agent_name=name)
        with invocation:
            yield step
            invocation.input_messages, invocation.output_messages = self._messages(user_input, step)

    @contextmanager
    def chain(self, name: str, user_input: str) -> Iterator[Step]:
        step = Step()
        invocation = self._handler.workflow(name)
        with invocation:
            yield step
            invocation.input_messages, invocation.output_messages = self._messages(user_input, step)

    @contextmanager
    def tool(self, name: str, call_id: str, arguments: dict[str, Any], description: str) -> Iterator[Step]:
        step = Step()
        invocation = self._handler.tool(name, tool_call_id=call_id, tool_type="function", tool_description=description)
        with invocation:
            invocation.arguments = arguments
            yield step
            invocation.tool_result = step.output

    @contextmanager
    def retrieval(self, source: str, query: str, top_k: int) -> Iterator[Step]:
        step = Step()
        invocation = self._handler.retrieval(data_source_id=source)
        with invocation:
            invocation.query_text = query
            invocation.top_k = top_k
            yield step
            # The schema requires id and score and allows extra keys: content rides along.
            invocation.documents = [d.model_dump(exclude_none=True) for d in step.documents]

    def visible_documents(self, documents: list[Document]) -> list[Document]:
        return documents if should_capture_content_on_spans() else []
