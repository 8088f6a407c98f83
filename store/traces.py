"""Reading trace rows: the queries behind ``tracecase traces``, counts, retention (writes: ``store.writes``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import func
from sqlmodel import Session, col, delete, or_, select

from store.coverage_tables import SpanCheckRow
from store.tables import SpanRow, TraceRow

TraceState = Literal["open", "complete"]


def get_trace(session: Session, trace_id: str) -> TraceRow | None:
    return session.get(TraceRow, trace_id)


def known_traces(session: Session, trace_ids: Iterable[str]) -> set[str]:
    ids = list(trace_ids)
    if not ids:
        return set()
    found = session.exec(select(TraceRow.trace_id).where(col(TraceRow.trace_id).in_(ids)))
    return set(found)


@dataclass(frozen=True)
class TraceFilter:
    state: TraceState | None = None
    service: str | None = None
    model: str | None = None
    since: datetime | None = None
    """Traces that started at or after this time."""
    until: datetime | None = None
    """Traces that started before this time."""
    revised: bool | None = None


def list_traces(session: Session, where: TraceFilter, *, limit: int = 50, after: str | None = None) -> list[TraceRow]:
    """A page of traces, newest first by start time; ``after`` is the last trace id of the previous page."""
    statement = _filtered(select(TraceRow), where)
    if after is not None:
        last = session.get(TraceRow, after)
        if last is not None and last.start_time is not None:
            statement = statement.where(
                or_(
                    col(TraceRow.start_time) < last.start_time,
                    (col(TraceRow.start_time) == last.start_time) & (col(TraceRow.trace_id) < after),
                )
            )
    statement = statement.order_by(col(TraceRow.start_time).desc(), col(TraceRow.trace_id).desc()).limit(limit)
    return list(session.exec(statement))


def iter_traces(session: Session, where: TraceFilter, *, batch: int = 500) -> Iterator[TraceRow]:
    """Every matching trace in trace id order, fetched in batches (for exports)."""
    last = ""
    while True:
        statement = _filtered(select(TraceRow), where).where(col(TraceRow.trace_id) > last)
        rows = list(session.exec(statement.order_by(col(TraceRow.trace_id)).limit(batch)))
        yield from rows
        if len(rows) < batch:
            return
        last = rows[-1].trace_id


def _filtered(statement, where: TraceFilter):  # type: ignore[no-untyped-def]
    if where.state is not None:
        statement = statement.where(TraceRow.state == where.state)
    if where.service is not None:
        statement = statement.where(TraceRow.service == where.service)
    if where.model is not None:
        statement = statement.where(TraceRow.model == where.model)
    if where.since is not None:
        statement = statement.where(col(TraceRow.start_time) >= where.since)
    if where.until is not None:
        statement = statement.where(col(TraceRow.start_time) < where.until)
    if where.revised is not None:
        statement = statement.where((col(TraceRow.revision) > 1) == where.revised)
    return statement


def purge_traces(session: Session, older_than: datetime) -> tuple[int, int]:
    """Delete traces (their spans and span checks too) that started before ``older_than``; returns (traces,
    spans) deleted."""
    started = func.coalesce(TraceRow.start_time, TraceRow.first_stored_at)
    old = select(TraceRow.trace_id).where(started < older_than)
    spans = session.execute(delete(SpanRow).where(col(SpanRow.trace_id).in_(old)))
    session.execute(delete(SpanCheckRow).where(col(SpanCheckRow.trace_id).in_(old)))  # their coverage history
    traces = session.execute(delete(TraceRow).where(started < older_than))
    return traces.rowcount, spans.rowcount  # type: ignore[attr-defined]


def counts(session: Session) -> dict[str, int]:
    """Stored traces by state, revised traces and spans."""
    by_state = dict(session.exec(select(TraceRow.state, func.count()).group_by(TraceRow.state)).all())
    revised = session.exec(select(func.count()).select_from(TraceRow).where(col(TraceRow.revision) > 1)).one()
    spans = session.exec(select(func.count()).select_from(SpanRow)).one()
    return {
        "traces_open": int(by_state.get("open", 0)),
        "traces_complete": int(by_state.get("complete", 0)),
        "traces_revised": int(revised),
        "spans": int(spans),
    }
