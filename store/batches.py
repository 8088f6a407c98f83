"""Long passes over stored traces (backfills) in batches, one transaction per batch, so no pass holds
a transaction open for its whole length."""

from __future__ import annotations

from collections.abc import Iterator

from sqlmodel import Session

from store.store import TraceStore
from store.traces import TraceFilter, iter_traces


def trace_batches(store: TraceStore, where: TraceFilter, batch: int = 200) -> Iterator[tuple[Session, list[str]]]:
    """``(session, trace ids)`` for the traces matching ``where`` (as they were when the pass began),
    ``batch`` ids at a time; each session is a transaction of its own, committed when the next batch
    is asked for. A trace may be purged between batches: look each one up again."""
    with store.transaction() as session:
        ids = [row.trace_id for row in iter_traces(session, where)]
    for start in range(0, len(ids), batch):
        with store.transaction() as session:
            yield session, ids[start : start + batch]
