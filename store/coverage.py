"""Required-field checks per stored span, and their counts over time (the coverage dashboard's data).

Each completed trace's spans are written once more on every revision (an upsert: a span is counted once).
Counts are read grouped by hour, service, scope, kind and the (checked, missing) field lists, so the
database does the counting and the caller turns a few rows into per-field shares.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Table, func, select
from sqlmodel import Session, col

from schemas.policy import RequiredFieldPolicy
from schemas.trace import TraceRecord
from store.coverage_tables import SpanCheckRow
from store.writes import upsert_rows

SPAN_CHECKS: Table = SpanCheckRow.__table__  # type: ignore[attr-defined]
UNKNOWN = "(unknown)"
_NAME = 200


@dataclass(frozen=True)
class CheckCount:
    """Spans of one group in one hour that had the same required fields checked and missing."""

    hour: datetime
    service: str
    scope: str
    kind: str
    checked: tuple[str, ...]
    missing: tuple[str, ...]
    spans: int


def span_check_rows(record: TraceRecord, policy: RequiredFieldPolicy, *, now: datetime) -> list[dict[str, object]]:
    """The ``span_checks`` rows of a trace: its violations per span, with the fields its kind requires."""
    missing: dict[str, set[str]] = {}
    for violation in record.violations:
        missing.setdefault(violation.span_id, set()).add(violation.field)
    rows = []
    for span in record.spans:
        started = span.start_time or record.start_time or now
        rows.append(
            {
                "trace_id": span.trace_id,
                "span_id": span.span_id,
                "hour": started.replace(minute=0, second=0, microsecond=0),
                "service": (span.service or record.service or UNKNOWN)[:_NAME],
                "scope": (span.scope or UNKNOWN)[:_NAME],
                "kind": span.kind,
                "checked": " ".join(policy.fields_for(span.kind)),
                "missing": " ".join(sorted(missing.get(span.span_id, ()))),
            }
        )
    return rows


def write_span_checks(session: Session, rows: Sequence[dict[str, object]]) -> None:
    upsert_rows(session, SPAN_CHECKS, ("trace_id", "span_id"), rows)


def check_counts(session: Session, since: datetime, until: datetime) -> list[CheckCount]:
    """Span counts in ``[since, until)`` by hour, service, scope, kind, checked and missing fields."""
    keys = [SPAN_CHECKS.c[name] for name in ("hour", "service", "scope", "kind", "checked", "missing")]
    statement = (
        select(*keys, func.count().label("spans"))
        .where(col(SPAN_CHECKS.c.hour) >= since, col(SPAN_CHECKS.c.hour) < until)
        .group_by(*keys)
        .order_by(SPAN_CHECKS.c.hour)
    )
    return [
        CheckCount(
            row.hour,
            row.service,
            row.scope,
            row.kind,
            tuple(row.checked.split()),
            tuple(row.missing.split()),
            int(row.spans),
        )
        for row in session.execute(statement)
    ]
