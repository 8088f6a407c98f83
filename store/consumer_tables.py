"""Each consumer's own counters, written every few seconds: ingest health for the UI and operators."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from store._fields import text_field, time_field


class ConsumerStatsRow(SQLModel, table=True):
    """One ``tracecase ingest`` process: cumulative counters since it started, its lag, when it last wrote."""

    __tablename__ = "consumer_stats"

    consumer_id: str = Field(primary_key=True, max_length=200)
    """``group/host/pid/start``: one row per process run."""
    group_id: str = Field(index=True)
    host: str
    started_at: datetime = time_field(nullable=False)
    updated_at: datetime = time_field(nullable=False, index=True)
    stopped: bool = False
    records: int = 0
    spans: int = 0
    dead_letters: int = 0
    traces_stored: int = 0
    store_retries: int = 0
    pending_spans: int = 0
    lag: str = text_field()
    """JSON ``{"topic/partition": records behind}`` for the partitions it holds."""
