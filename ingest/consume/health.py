"""Ingest health from the consumers' own counters (``consumer_stats``): throughput, dead letters, lag, and
which consumers have gone quiet."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from store import ConsumerStats

STALE_AFTER_S = 30.0
"""A running consumer writes its counters every 5 s: one silent for this long is shown as stale."""

ConsumerState = Literal["running", "stale", "stopped"]


@dataclass(frozen=True)
class ConsumerHealth:
    stats: ConsumerStats
    state: ConsumerState
    silent_s: float
    """Seconds since it last wrote its counters."""
    records_per_s: float
    """Records read per second over its run."""
    lag: int
    """Records behind, over the partitions it holds."""


@dataclass(frozen=True)
class IngestHealth:
    consumers: tuple[ConsumerHealth, ...]
    records: int
    spans: int
    dead_letters: int
    traces_stored: int
    store_retries: int
    lag: int
    """Records behind, summed over running consumers."""
    records_per_s: float
    """Summed over running consumers."""


def ingest_health(stats: Sequence[ConsumerStats], now: datetime) -> IngestHealth:
    consumers = tuple(_consumer(s, now) for s in stats)
    running = [c for c in consumers if c.state == "running"]
    return IngestHealth(
        consumers=consumers,
        records=sum(s.records for s in stats),
        spans=sum(s.spans for s in stats),
        dead_letters=sum(s.dead_letters for s in stats),
        traces_stored=sum(s.traces_stored for s in stats),
        store_retries=sum(s.store_retries for s in stats),
        lag=sum(c.lag for c in running),
        records_per_s=sum(c.records_per_s for c in running),
    )


def _consumer(stats: ConsumerStats, now: datetime) -> ConsumerHealth:
    silent = max(0.0, (now - stats.updated_at).total_seconds())
    state: ConsumerState = "stopped" if stats.stopped else "stale" if silent > STALE_AFTER_S else "running"
    elapsed = (stats.updated_at - stats.started_at).total_seconds()
    rate = stats.records / elapsed if elapsed > 0 else 0.0
    return ConsumerHealth(stats, state, silent, rate, sum(stats.lag.values()))
