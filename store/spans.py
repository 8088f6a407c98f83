"""Reading span rows (writes: ``store.writes``)."""

from __future__ import annotations

from sqlmodel import Session, col, select

from schemas.span import NormalizedSpan
from schemas.trace import TraceRecord
from store.rows import span_from_row, trace_from_row
from store.tables import SpanRow, TraceRow


def load_spans(session: Session, trace_id: str) -> list[SpanRow]:
    statement = select(SpanRow).where(SpanRow.trace_id == trace_id).order_by(col(SpanRow.span_id))
    return list(session.exec(statement))


def load_record(session: Session, row: TraceRow) -> tuple[TraceRecord, list[SpanRow]]:
    """A stored trace's record and the rows of its spans (log-only partial spans left out), both in the
    order ingest builds traces in: start time, span id breaking ties, no start time last."""
    rows = [s for s in load_spans(session, row.trace_id) if not s.partial]
    spans = [span_from_row(s) for s in rows]
    order = sorted(range(len(spans)), key=lambda i: _build_order(spans[i]))
    return trace_from_row(row, [spans[i] for i in order]), [rows[i] for i in order]


def _build_order(span: NormalizedSpan) -> tuple[float, str]:
    return (span.start_time.timestamp() if span.start_time else float("inf"), span.span_id)
