"""``backfill_checks``: the coverage history of traces stored before it was kept.

``CoverageHook`` writes a trace's span checks as the trace is stored. Traces stored by a version
without the hook (before the coverage dashboard's migration) have none, so their hours show no data
after an upgrade. This writes their checks from the stored records: each span's check comes from the
violations its trace was stored with, bucketed by the span's start time, so the history reads as if
the hook had run then. Rows are upserted per span: running it twice, or over traces the hook already
covered, changes nothing.
"""

from __future__ import annotations

from datetime import datetime

from schemas.policy import RequiredFieldPolicy
from store import (
    TraceFilter,
    TraceStore,
    get_trace,
    load_record,
    span_check_rows,
    trace_batches,
    utcnow,
    write_span_checks,
)


def backfill_checks(
    store: TraceStore,
    policy: RequiredFieldPolicy,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    batch: int = 200,
) -> tuple[int, int]:
    """Write the span checks of every complete trace (started in ``[since, until)``): (traces, spans)."""
    traces = spans = 0
    for session, ids in trace_batches(store, TraceFilter(state="complete", since=since, until=until), batch):
        for trace_id in ids:
            row = get_trace(session, trace_id)
            if row is None:  # purged meanwhile
                continue
            record, _ = load_record(session, row)
            rows = span_check_rows(record, policy, now=utcnow())
            write_span_checks(session, rows)
            traces += 1
            spans += len(rows)
    return traces, spans
