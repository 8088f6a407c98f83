"""Span rows: idempotent upserts keyed by (trace id, span id), and reads by trace."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from store.tables import SpanRow

_UPDATED_ON_CONFLICT = (
    "parent_span_id",
    "name",
    "kind",
    "service",
    "start_time",
    "end_time",
    "partial",
    "body",
    "redaction",
    "content_hash",
    "updated_at",
)


def load_spans(session: Session, trace_id: str) -> list[SpanRow]:
    statement = select(SpanRow).where(SpanRow.trace_id == trace_id).order_by(col(SpanRow.span_id))
    return list(session.exec(statement))


def upsert_spans(session: Session, rows: Sequence[SpanRow]) -> None:
    """Insert rows; a row whose key exists replaces its content (``stored_at`` keeps the first time)."""
    if not rows:
        return
    values = [_values(row) for row in rows]
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(SpanRow).values(values)
    statement = statement.on_conflict_do_update(
        index_elements=["trace_id", "span_id"],
        set_={name: statement.excluded[name] for name in _UPDATED_ON_CONFLICT},
    )
    session.execute(statement)


def _values(row: SpanRow) -> dict[str, Any]:
    return {name: getattr(row, name) for name in SpanRow.model_fields}
