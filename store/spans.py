"""Reading span rows (writes: ``store.writes``)."""

from __future__ import annotations

from sqlmodel import Session, col, select

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
    pairs = sorted(((span_from_row(s), s) for s in rows), key=lambda pair: pair[0].trace_order())
    return trace_from_row(row, [span for span, _ in pairs]), [stored for _, stored in pairs]
