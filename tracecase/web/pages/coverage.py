"""The coverage dashboard: per service x instrumentation scope x span kind, the share of spans carrying
each required field over time (SVG charts with the numbers beside them), and ingest health from the
consumers' own counters (throughput, dead letters, lag) with the spans stored per bucket."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from ingest.consume import ingest_health
from ingest.validate import coverage_series
from store import check_counts, read_consumer_stats
from tracecase.api.auth import context
from tracecase.api.context import ApiContext
from tracecase.web.access import page
from tracecase.web.charts import count_chart, share_chart
from tracecase.web.pages._common import ROUTER_OPTIONS
from tracecase.web.render import render
from tracecase.web.sessions import Viewer

router = APIRouter(**ROUTER_OPTIONS)  # type: ignore[arg-type]
LOW = 0.9
"""A field carried by fewer spans than this is flagged (icon and text) as needing attention."""


@router.get("/coverage")
def coverage(
    request: Request,
    days: int = Query(default=7, ge=1, le=90),
    bucket: Literal["hour", "day"] = "hour",
    service: str = Query(default="", max_length=200),
    viewer: Viewer = Depends(page("reviewer", "responder")),
    ctx: ApiContext = Depends(context),
) -> Response:
    until = ctx.clock()
    since = until - timedelta(days=days)
    with ctx.store.transaction() as session:
        groups = coverage_series(check_counts(session, since, until), bucket)
        health = ingest_health(read_consumer_stats(session, since=until - timedelta(days=1)), until)
    services = sorted({g.service for g in groups})
    if service:
        groups = [g for g in groups if g.service == service]
    checked = sorted(
        (g for g in groups if g.fields), key=lambda g: (min(g.share(f) or 0.0 for f in g.fields), g.service, g.kind)
    )
    bucket_s = 3600.0 if bucket == "hour" else 86400.0
    charts = {
        (g.service, g.scope, g.kind): share_chart({f: g.series(f) for f in g.fields}, since, until) for g in checked
    }
    totals: dict[datetime, int] = {}
    for group in groups:
        for at, counts in group.buckets.items():
            totals[at] = totals.get(at, 0) + counts[""][0]
    throughput = count_chart(sorted(totals.items()), since, until, bucket_s)
    return render(
        request,
        "coverage.html",
        checked_groups=checked,
        unchecked_groups=[g for g in groups if not g.fields],
        services=services,
        service=service,
        charts=charts,
        health=health,
        throughput=throughput,
        spans_total=sum(totals.values()),
        days=days,
        bucket=bucket,
        since=since,
        until=until,
        low=LOW,
    )
