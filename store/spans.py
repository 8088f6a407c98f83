"""Reading span rows (writes: ``store.writes``)."""

from __future__ import annotations

from sqlmodel import Session, col, select

from store.tables import SpanRow


def load_spans(session: Session, trace_id: str) -> list[SpanRow]:
    statement = select(SpanRow).where(SpanRow.trace_id == trace_id).order_by(col(SpanRow.span_id))
    return list(session.exec(statement))
