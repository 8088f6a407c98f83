"""The write path: many traces per transaction, a few statements per batch whatever its size.

Callers lock the batch's traces, read what is stored of them, decide in Python, then upsert all
span rows and all trace rows with one cached statement each (``executemany``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Row, Table, bindparam, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session

from store.tables import SpanRow, TraceRow

SPANS: Table = SpanRow.__table__  # type: ignore[attr-defined]
TRACES: Table = TraceRow.__table__  # type: ignore[attr-defined]
_CHUNK = 500  # ids per IN list


def lock_traces(session: Session, trace_ids: Sequence[str]) -> None:
    """Serialize writers of these traces for this transaction.

    PostgreSQL: transaction-scoped advisory locks, taken in one global order (by key hash) so two
    processes locking overlapping batches cannot deadlock. SQLite: the transaction already holds
    the database's write lock (``BEGIN IMMEDIATE``).
    """
    if session.get_bind().dialect.name != "postgresql" or not trace_ids:
        return
    session.execute(
        text(
            "SELECT pg_advisory_xact_lock(h) FROM "
            "(SELECT DISTINCT hashtextextended(k, 0) AS h FROM unnest(CAST(:keys AS text[])) AS k ORDER BY h) AS s"
        ),
        {"keys": list(trace_ids)},
    )


def stored_spans(session: Session, trace_ids: Sequence[str]) -> dict[str, dict[str, Row[Any]]]:
    """Stored span rows of these traces, by trace id then span id."""
    out: dict[str, dict[str, Row[Any]]] = {}
    columns = [
        SPANS.c[name] for name in ("trace_id", "span_id", "partial", "body", "redaction", "content_hash", "stored_at")
    ]
    for chunk in _chunks(trace_ids):
        for row in session.execute(select(*columns).where(SPANS.c.trace_id.in_(chunk))):
            out.setdefault(row.trace_id, {})[row.span_id] = row
    return out


def stored_traces(session: Session, trace_ids: Sequence[str]) -> dict[str, Row[Any]]:
    out = {}
    for chunk in _chunks(trace_ids):
        for row in session.execute(select(TRACES).where(TRACES.c.trace_id.in_(chunk))):
            out[row.trace_id] = row
    return out


def upsert_spans(session: Session, values: Sequence[Mapping[str, Any]]) -> None:
    """Insert span rows; a row whose key exists takes the new content (``stored_at`` comes from the caller)."""
    upsert_rows(session, SPANS, ("trace_id", "span_id"), values)


def upsert_traces(session: Session, values: Sequence[Mapping[str, Any]]) -> None:
    upsert_rows(session, TRACES, ("trace_id",), values)


def upsert_rows(session: Session, table: Table, keys: tuple[str, ...], values: Sequence[Mapping[str, Any]]) -> None:
    """Insert rows of ``table``; a row whose ``keys`` exist takes the new values (one cached statement)."""
    if not values:
        return
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert(table) if dialect == "postgresql" else sqlite.insert(table)
    columns = [c.name for c in table.columns]
    statement = insert.values({name: bindparam(name) for name in columns})
    statement = statement.on_conflict_do_update(
        index_elements=list(keys), set_={name: statement.excluded[name] for name in columns if name not in keys}
    )
    session.connection().execute(statement, [dict(v) for v in values])


def _chunks(items: Sequence[str]) -> list[list[str]]:
    return [list(items[start : start + _CHUNK]) for start in range(0, len(items), _CHUNK)]
