"""Writing and reading consumers' counters (``consumer_stats``)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from store.consumer_tables import ConsumerStatsRow
from store.writes import upsert_rows


@dataclass(frozen=True)
class ConsumerStats:
    consumer_id: str
    group_id: str
    host: str
    started_at: datetime
    updated_at: datetime
    stopped: bool
    records: int
    spans: int
    dead_letters: int
    traces_stored: int
    store_retries: int
    pending_spans: int
    lag: Mapping[str, int]


def write_consumer_stats(session: Session, stats: ConsumerStats) -> None:
    values = {**stats.__dict__, "lag": json.dumps(dict(stats.lag), sort_keys=True)}
    upsert_rows(session, ConsumerStatsRow.__table__, ("consumer_id",), [values])  # type: ignore[attr-defined]


def read_consumer_stats(session: Session, *, since: datetime | None = None) -> list[ConsumerStats]:
    """Every consumer that wrote since ``since`` (all when None), most recent first."""
    statement = select(ConsumerStatsRow).order_by(col(ConsumerStatsRow.updated_at).desc())
    if since is not None:
        statement = statement.where(col(ConsumerStatsRow.updated_at) >= since)
    return [
        ConsumerStats(**{**row.model_dump(), "lag": json.loads(row.lag or "{}")}) for row in session.exec(statement)
    ]


def purge_consumer_stats(session: Session, older_than: timedelta, now: datetime) -> None:
    for row in session.exec(select(ConsumerStatsRow).where(col(ConsumerStatsRow.updated_at) < now - older_than)):
        session.delete(row)
