"""Trace -> the normalized fields cases are sliced by (and promotion conditions test)."""

from __future__ import annotations

from datetime import UTC, datetime

from casegen.cases._content import USER_ROLES
from schemas.case import CaseMetadata, ToolStep
from schemas.span import NormalizedSpan
from schemas.trace import TraceRecord


def case_metadata(trace: TraceRecord, trajectory: tuple[ToolStep, ...], language: str | None) -> CaseMetadata:
    """Metadata of a case; ``language`` is detected by the caller (see :func:`input_text`)."""
    return CaseMetadata(
        service=trace.service,
        model=trace.model,
        provider=trace_provider(trace),
        language=language,
        tool_names=tuple(sorted({step.name for step in trajectory if step.name})),
        convention=trace_convention(trace),
        feedback=tuple(trace.feedback),
        error=trace.error,
        started_at=aware(trace.start_time),
        duration_ms=duration_ms(trace),
    )


def input_text(trace: TraceRecord) -> str:
    """The user's words in the input: what the input's language is detected from."""
    return "\n".join(m.content for m in trace.input_messages if m.role in USER_ROLES and m.content)


def prompt_span(trace: TraceRecord) -> NormalizedSpan | None:
    """The span whose system prompt and messages became the trace's input (``ingest`` picks it)."""
    if not (trace.input_messages or trace.system):
        return None
    return next((s for s in trace.spans if s.input_messages == trace.input_messages and s.system == trace.system), None)


def trace_convention(trace: TraceRecord) -> str | None:
    """The convention of the span the input came from, else of the first LLM span, else of the first span."""
    source = prompt_span(trace) or next((s for s in trace.spans if s.kind == "llm"), None)
    if source is None and trace.spans:
        source = trace.spans[0]
    return source.convention if source else None


def trace_provider(trace: TraceRecord) -> str | None:
    return next((s.provider for s in reversed(trace.spans) if s.kind == "llm" and s.provider), None)


def duration_ms(trace: TraceRecord) -> float | None:
    start, end = aware(trace.start_time), aware(trace.end_time)
    if start is None or end is None:
        return None
    return (end - start).total_seconds() * 1000


def aware(moment: datetime | None) -> datetime | None:
    """Span times are UTC; a naive one (from a source that dropped the zone) is read as UTC."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)
