"""``/coverage`` (required-field coverage over time) and ``/ingest/health`` (the consumers' counters), for
reviewers and responders: what the traces behind the cases carry, and whether ingestion keeps up."""

from __future__ import annotations

from dataclasses import asdict
from datetime import timedelta
from typing import Any, Literal

from fastapi import APIRouter, Depends, Query

from ingest.consume import ingest_health
from ingest.validate import coverage_series
from store import check_counts, read_consumer_stats
from tracecase.api.auth import allow, context
from tracecase.api.context import ApiContext
from tracecase.api.tokens import Principal

router = APIRouter(tags=["observe"])
observers = allow("reviewer", "responder")
MAX_DAYS = 90


@router.get("/coverage")
def coverage(
    days: int = Query(default=7, ge=1, le=MAX_DAYS, description="The window: this many days up to now."),
    bucket: Literal["hour", "day"] = "hour",
    _: Principal = Depends(observers),
    ctx: ApiContext = Depends(context),
) -> dict[str, Any]:
    """Per service x instrumentation scope x span kind: spans, and per required field the share of spans
    carrying it, over the window and per bucket (spans of completed traces, by start time)."""
    until = ctx.clock()
    since = until - timedelta(days=days)
    with ctx.store.transaction() as session:
        groups = coverage_series(check_counts(session, since, until), bucket)
    return {
        "since": since.isoformat(),
        "until": until.isoformat(),
        "bucket": bucket,
        "groups": [
            {
                "service": g.service,
                "scope": g.scope,
                "kind": g.kind,
                "spans": g.spans,
                "fields": {name: g.share(name) for name in g.fields},
                "series": {name: [[at.isoformat(), share] for at, share in g.series(name)] for name in g.fields},
                "spans_per_bucket": [[at.isoformat(), counts[""][0]] for at, counts in sorted(g.buckets.items())],
            }
            for g in groups
        ],
    }


@router.get("/ingest/health")
def health(_: Principal = Depends(observers), ctx: ApiContext = Depends(context)) -> dict[str, Any]:
    """Throughput, dead letters and lag of every consumer that wrote its counters in the last day."""
    now = ctx.clock()
    with ctx.store.transaction() as session:
        found = ingest_health(read_consumer_stats(session, since=now - timedelta(days=1)), now)
    summary = asdict(found)
    for consumer in summary["consumers"]:
        stats = consumer.pop("stats")
        consumer.update(stats, started_at=stats["started_at"].isoformat(), updated_at=stats["updated_at"].isoformat())
    return summary
