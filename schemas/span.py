"""The normalized span: one record per span, whatever AI convention emitted it.

Every adapter in ``ingest.normalize`` produces this shape; everything downstream (validation,
redaction, trace assembly, case generation) reads only this shape.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SPAN_SCHEMA_VERSION = 1

SpanKind = Literal["llm", "tool", "retrieval", "embedding", "agent", "chain", "other"]
SpanStatus = Literal["ok", "error", "unset"]

SPAN_KINDS: tuple[SpanKind, ...] = ("llm", "tool", "retrieval", "embedding", "agent", "chain", "other")


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ToolCallRequest(_Record):
    """A tool call the model asked for, as carried by an assistant message."""

    id: str | None = None
    """Provider's tool-call id (e.g. ``call_abc``); joins the request to its execution."""
    name: str | None = None
    """Function/tool name."""
    arguments: Any = None
    """Arguments: a parsed JSON value when the source held valid JSON, else the raw string."""


class Message(_Record):
    """One chat message."""

    role: str
    """``system``, ``developer``, ``user``, ``assistant``, ``tool`` or any other role the source used."""
    content: str | None = None
    """Text content; several text parts are joined with a newline. ``None`` when the message held no text."""
    tool_calls: list[ToolCallRequest] | None = None
    """Tool calls requested by an assistant message."""
    tool_call_id: str | None = None
    """For ``tool`` messages: the id of the tool call this message answers."""


class Document(_Record):
    """A retrieved document (RAG context)."""

    id: str | None = None
    content: str | None = None
    score: float | None = None
    metadata: dict[str, Any] = Field(default_factory=dict)


class ToolExecution(_Record):
    """What a tool span executed."""

    name: str | None = None
    call_id: str | None = None
    arguments: Any = None
    """Parsed JSON when the source held valid JSON, else the raw value."""
    result: Any = None


class Usage(_Record):
    """Token usage with OTel semantics: input includes cached tokens, output includes reasoning."""

    input_tokens: int | None = None
    output_tokens: int | None = None
    total_tokens: int | None = None
    cache_read_tokens: int | None = None
    cache_write_tokens: int | None = None
    reasoning_tokens: int | None = None


class ErrorInfo(_Record):
    """An error recorded on a span."""

    type: str | None = None
    """Exception class or ``error.type`` (e.g. ``RateLimitError``)."""
    message: str | None = None


class Feedback(_Record):
    """A feedback or evaluation signal found on a span (user thumbs, evaluator scores, guardrails)."""

    name: str
    """What was judged, e.g. ``user.feedback``, ``Relevance``."""
    score: float | None = None
    label: str | None = None
    explanation: str | None = None
    span_id: str | None = None
    """The span that carried the signal."""
    source: str
    """The attribute key or event name it came from."""


class SpanEvent(_Record):
    """A span event not consumed by normalization (kept for evidence)."""

    name: str
    time: datetime | None = None
    attributes: dict[str, Any] = Field(default_factory=dict)


class NormalizedSpan(_Record):
    """One span in tracecase's canonical form."""

    schema_version: int = SPAN_SCHEMA_VERSION
    trace_id: str = Field(pattern=r"^[0-9a-f]{32}$")
    """32 lowercase hex characters."""
    span_id: str = Field(pattern=r"^[0-9a-f]{16}$")
    """16 lowercase hex characters."""
    parent_span_id: str | None = Field(default=None, pattern=r"^[0-9a-f]{16}$")
    name: str
    kind: SpanKind
    convention: str
    """Name of the adapter that read the span (``otel_genai``, ``openinference``, ``traceloop``, ...)."""
    service: str | None = None
    """Resource attribute ``service.name``."""
    scope: str | None = None
    """Instrumentation scope name (the library that emitted the span)."""
    start_time: datetime | None = None
    """RFC 3339, UTC."""
    end_time: datetime | None = None
    status: SpanStatus = "unset"
    error: ErrorInfo | None = None
    model: str | None = None
    """Response model when known, else the requested model."""
    system: str | None = None
    """System prompt (instructions) sent to the model."""
    provider: str | None = None
    """Model provider (``openai``, ``anthropic``, ...)."""
    usage: Usage | None = None
    input_messages: list[Message] = Field(default_factory=list)
    """Messages sent to the model, system messages excluded (they are in ``system``)."""
    output_messages: list[Message] = Field(default_factory=list)
    documents: list[Document] = Field(default_factory=list)
    tool: ToolExecution | None = None
    feedback: list[Feedback] = Field(default_factory=list)
    session_id: str | None = None
    user_id: str | None = None
    attributes: dict[str, Any] = Field(default_factory=dict)
    """Attributes not consumed by normalization."""
    events: list[SpanEvent] = Field(default_factory=list)
    """Span events (and joined log events) not consumed by normalization."""

    def trace_order(self) -> tuple[float, str]:
        """The span's place in ``TraceRecord.spans``: start time, span id breaking ties (shuffled input
        gives the same record), no start time last."""
        return (self.start_time.timestamp() if self.start_time else float("inf"), self.span_id)
