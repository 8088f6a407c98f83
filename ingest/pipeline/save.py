"""Storing one normalized, redacted trace piece: merge its spans with the stored ones, rebuild the
trace from every stored span, and decide what changed. Runs inside the caller's transaction,
under the trace's lock (``store.lock_trace``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlmodel import Session

from ingest._trace_view import build_trace
from ingest.assemble import merge_spans
from schemas.policy import RequiredFieldPolicy
from schemas.redaction import RedactionRecord
from schemas.span import NormalizedSpan
from schemas.trace import TraceRecord
from store import (
    SpanRow,
    TraceRow,
    content_hash,
    load_spans,
    lock_trace,
    redaction_from_row,
    save_trace,
    span_from_row,
    span_row,
    trace_body,
    upsert_spans,
)

RedactedSpan = tuple[NormalizedSpan, RedactionRecord | None]


class TraceChange(StrEnum):
    """What storing a piece did to its trace."""

    OPENED = "opened"
    """Stored for the first time, not complete yet."""
    UPDATED = "updated"
    """An open trace gained spans."""
    COMPLETED = "completed"
    """The trace is complete (first time)."""
    REVISED = "revised"
    """A complete trace changed: a new revision."""
    UNCHANGED = "unchanged"
    """Nothing new (a re-delivered record)."""
    PENDING = "pending"
    """Only log records of spans not stored yet: no trace to build."""


@dataclass(frozen=True, slots=True)
class SavedTrace:
    trace_id: str
    change: TraceChange
    record: TraceRecord | None
    """The trace as stored now, spans included (``None`` while pending)."""
    revision: int = 0


def save_piece(
    session: Session,
    trace_id: str,
    spans: Sequence[RedactedSpan],
    partials: Sequence[RedactedSpan],
    *,
    complete: bool,
    policy: RequiredFieldPolicy,
    now: datetime,
) -> SavedTrace:
    row = lock_trace(session, trace_id)
    stored = {span_row.span_id: span_row for span_row in load_spans(session, trace_id)}
    changed: dict[str, SpanRow] = {}
    for span, redaction in spans:
        changed[span.span_id] = _merged_row(span, redaction, stored.get(span.span_id), partial=False, now=now)
    for span, redaction in partials:
        base = changed.get(span.span_id) or stored.get(span.span_id)
        changed[span.span_id] = _merged_row(span, redaction, base, partial=True, now=now)
    upsert_spans(session, [r for r in changed.values() if _differs(r, stored.get(r.span_id))])
    rows = {**stored, **changed}
    full = [span_from_row(r) for r in rows.values() if not r.partial]
    if not full:
        return SavedTrace(trace_id, TraceChange.PENDING, None)
    trace = build_trace(full, policy)
    return _save_trace_row(session, row, trace, complete=complete or _root_ended(full), now=now)


def _merged_row(
    span: NormalizedSpan, record: RedactionRecord | None, base: SpanRow | None, *, partial: bool, now: datetime
) -> SpanRow:
    """The row to store for ``span`` given what is stored: a span record outranks log-only data, and
    between equals the newer one leads, the older filling its gaps."""
    if base is None:
        return span_row(span, record, partial=partial, now=now)
    stored_span, stored_record = span_from_row(base), redaction_from_row(base)
    if partial and not base.partial:
        merged, merged_record = merge_spans(stored_span, span, (stored_record, record))
    else:
        merged, merged_record = merge_spans(span, stored_span, (record, stored_record))
    new = span_row(merged, merged_record, partial=partial and base.partial, now=now)
    new.stored_at = base.stored_at
    return new


def _differs(new: SpanRow, old: SpanRow | None) -> bool:
    return old is None or old.content_hash != new.content_hash or old.partial != new.partial


def _root_ended(spans: Sequence[NormalizedSpan]) -> bool:
    return any(s.parent_span_id is None and s.end_time is not None for s in spans)


def _save_trace_row(
    session: Session, row: TraceRow | None, record: TraceRecord, *, complete: bool, now: datetime
) -> SavedTrace:
    body = trace_body(record)
    digest = content_hash(body)
    if row is None:
        row = TraceRow(trace_id=record.trace_id, body=body, content_hash=digest, first_stored_at=now, updated_at=now)
        change = TraceChange.COMPLETED if complete else TraceChange.OPENED
    elif row.content_hash == digest and (row.state == "complete" or not complete):
        return SavedTrace(record.trace_id, TraceChange.UNCHANGED, record, row.revision)
    elif row.state == "complete":
        row.revision += 1
        change = TraceChange.REVISED
    else:
        change = TraceChange.COMPLETED if complete else TraceChange.UPDATED
    if change is TraceChange.COMPLETED:
        row.completed_at = now
    row.state = "complete" if complete or row.state == "complete" else "open"
    row.body, row.content_hash, row.updated_at = body, digest, now
    row.service, row.model = record.service, record.model
    row.start_time, row.end_time = record.start_time, record.end_time
    row.complete, row.has_error = record.complete, record.error is not None
    row.span_count = len(record.spans)
    save_trace(session, row)
    return SavedTrace(record.trace_id, change, record, row.revision)
