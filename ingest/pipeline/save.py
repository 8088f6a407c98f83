"""Storing normalized, redacted trace pieces: merge their spans with the stored ones, rebuild each
trace from every stored span of it, and decide what changed. Runs inside the caller's transaction,
with the batch's traces locked (``store.lock_traces``); a few statements per batch whatever its size.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlmodel import Session

from ingest._trace_view import build_trace
from ingest.assemble import merge_spans
from schemas.policy import RequiredFieldPolicy
from schemas.redaction import RedactionRecord
from schemas.span import NormalizedSpan
from schemas.trace import TraceRecord
from store import (
    StoredSpan,
    content_hash,
    lock_traces,
    redaction_from_row,
    span_from_row,
    span_values,
    stored_spans,
    stored_traces,
    trace_body,
    upsert_spans,
    upsert_traces,
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
class PieceToSave:
    trace_id: str
    spans: Sequence[RedactedSpan]
    partials: Sequence[RedactedSpan]
    """Log-derived parts of spans not in the piece."""
    complete: bool


@dataclass(frozen=True, slots=True)
class SavedTrace:
    trace_id: str
    change: TraceChange
    record: TraceRecord | None
    """The trace as stored now, spans included (``None`` while pending)."""
    revision: int = 0
    redactions: Mapping[str, RedactionRecord] = field(default_factory=dict)
    """Span id -> what redaction replaced in that span (for the cases built from the trace)."""


@dataclass(slots=True)
class _Plan:
    saved: SavedTrace
    span_rows: list[dict[str, Any]]
    trace_row: dict[str, Any] | None


def save_pieces(
    session: Session, pieces: Sequence[PieceToSave], *, policy: RequiredFieldPolicy, now: datetime
) -> tuple[list[SavedTrace], list[tuple[PieceToSave, Exception]]]:
    """Store every piece; a piece whose own content makes it fail is returned with its error, not stored."""
    ids = sorted({piece.trace_id for piece in pieces})
    lock_traces(session, ids)
    spans, traces = stored_spans(session, ids), stored_traces(session, ids)
    plans: list[_Plan] = []
    failed: list[tuple[PieceToSave, Exception]] = []
    for piece in pieces:
        try:
            plans.append(_plan(piece, spans.get(piece.trace_id, {}), traces.get(piece.trace_id), policy, now))
        except Exception as exc:  # one trace's own failure (a bug): isolated
            failed.append((piece, exc))
    upsert_spans(session, [row for plan in plans for row in plan.span_rows])
    upsert_traces(session, [plan.trace_row for plan in plans if plan.trace_row is not None])
    return [plan.saved for plan in plans], failed


def _plan(
    piece: PieceToSave, stored: Mapping[str, StoredSpan], trace_row: Any, policy: RequiredFieldPolicy, now: datetime
) -> _Plan:
    merged: dict[str, tuple[NormalizedSpan, RedactionRecord | None, bool]] = {}
    for span, redaction in piece.spans:
        merged[span.span_id] = _merged(span, redaction, stored.get(span.span_id), partial=False)
    for span, redaction in piece.partials:
        merged[span.span_id] = _merged(span, redaction, stored.get(span.span_id), partial=True)
    span_rows = []
    for span_id, (span, redaction, partial) in merged.items():
        old = stored.get(span_id)
        values = span_values(span, redaction, partial=partial, now=now, stored_at=old.stored_at if old else None)
        if old is None or old.content_hash != values["content_hash"] or old.partial != partial:
            span_rows.append(values)
    full = {span_id: (span, redaction) for span_id, (span, redaction, partial) in merged.items() if not partial}
    for span_id, row in stored.items():
        if span_id not in merged and not row.partial:
            full[span_id] = (span_from_row(row), redaction_from_row(row))
    if not full:
        return _Plan(SavedTrace(piece.trace_id, TraceChange.PENDING, None), span_rows, None)
    record = build_trace([span for span, _ in full.values()], policy)
    redactions = {span_id: redaction for span_id, (_, redaction) in full.items() if redaction is not None}
    complete = piece.complete or _root_ended(record.spans)
    saved, trace_values = _trace_change(record, trace_row, complete=complete, now=now)
    saved = SavedTrace(saved.trace_id, saved.change, record, saved.revision, redactions)
    return _Plan(saved, span_rows, trace_values)


def _merged(
    span: NormalizedSpan, redaction: RedactionRecord | None, base: StoredSpan | None, *, partial: bool
) -> tuple[NormalizedSpan, RedactionRecord | None, bool]:
    """What to store for ``span`` given the stored row: a span record outranks log-only data, and
    between equals the newer one leads, the older filling its gaps."""
    if base is None:
        return span, redaction, partial
    stored_span, stored_redaction = span_from_row(base), redaction_from_row(base)
    if partial and not base.partial:
        merged, merged_redaction = merge_spans(stored_span, span, (stored_redaction, redaction))
    else:
        merged, merged_redaction = merge_spans(span, stored_span, (redaction, stored_redaction))
    return merged, merged_redaction, partial and base.partial


def _root_ended(spans: Sequence[NormalizedSpan]) -> bool:
    return any(s.parent_span_id is None and s.end_time is not None for s in spans)


def _trace_change(
    record: TraceRecord, row: Any, *, complete: bool, now: datetime
) -> tuple[SavedTrace, dict[str, Any] | None]:
    body = trace_body(record)
    digest = content_hash(body)
    trace_id = record.trace_id
    if row is None:
        change, revision, state, first, completed_at = (
            TraceChange.COMPLETED if complete else TraceChange.OPENED,
            1,
            "complete" if complete else "open",
            now,
            now if complete else None,
        )
    elif row.content_hash == digest and (row.state == "complete" or not complete):
        return SavedTrace(trace_id, TraceChange.UNCHANGED, record, row.revision), None
    elif row.state == "complete":
        change, revision, state, first, completed_at = (
            TraceChange.REVISED,
            row.revision + 1,
            "complete",
            row.first_stored_at,
            row.completed_at,
        )
    else:
        change = TraceChange.COMPLETED if complete else TraceChange.UPDATED
        revision, state, first = row.revision, "complete" if complete else "open", row.first_stored_at
        completed_at = now if complete else None
    values = {
        "trace_id": trace_id,
        "service": record.service,
        "model": record.model,
        "start_time": record.start_time,
        "end_time": record.end_time,
        "state": state,
        "complete": record.complete,
        "has_error": record.error is not None,
        "span_count": len(record.spans),
        "revision": revision,
        "body": body,
        "content_hash": digest,
        "first_stored_at": first,
        "updated_at": now,
        "completed_at": completed_at,
    }
    return SavedTrace(trace_id, change, record, revision), values
