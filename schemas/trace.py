"""The trace record: the view of one whole trace that an evaluation case needs."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from schemas.policy import Violation
from schemas.span import Document, ErrorInfo, Feedback, Message, NormalizedSpan, Usage

TRACE_SCHEMA_VERSION = 1


class TraceToolCall(BaseModel):
    """A tool call across the trace: the model's request joined with the tool span that ran it."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = None
    name: str | None = None
    arguments: Any = None
    """Parsed as JSON when it is valid JSON, else the raw string."""
    result: Any = None
    """The tool's result, from the tool span or the ``tool`` message that answered the call."""


class TraceRecord(BaseModel):
    """One assembled trace."""

    model_config = ConfigDict(extra="forbid")

    schema_version: int = TRACE_SCHEMA_VERSION
    trace_id: str = Field(pattern=r"^[0-9a-f]{32}$")
    service: str | None = None
    """``service.name`` of the root span (else of the earliest span)."""
    start_time: datetime | None = None
    end_time: datetime | None = None
    spans: list[NormalizedSpan] = Field(default_factory=list)
    """All spans, ordered by start time."""
    system: str | None = None
    """The first LLM call's system prompt."""
    input_messages: list[Message] = Field(default_factory=list)
    """The conversation sent to the first LLM call, system excluded."""
    context_documents: list[Document] = Field(default_factory=list)
    """All retrieved documents, in retrieval order."""
    tool_calls: list[TraceToolCall] = Field(default_factory=list)
    """Tool calls in call order across the trace."""
    output: str | None = None
    """The trace's final assistant text."""
    model: str | None = None
    """The response model of the last LLM call."""
    usage: Usage | None = None
    """Summed over LLM (and embedding) calls only; agent/workflow spans are not counted twice."""
    error: ErrorInfo | None = None
    """The first error in the trace (by start time), or null."""
    feedback: list[Feedback] = Field(default_factory=list)
    violations: list[Violation] = Field(default_factory=list)
    """Required-field policy violations; violating spans are kept."""
    complete: bool = False
    """True when the trace has exactly one root span and every span's parent is present."""
