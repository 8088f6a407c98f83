"""Contracts <-> rows: ``NormalizedSpan``/``TraceRecord`` as stored, and back."""

from __future__ import annotations

import hashlib
from datetime import datetime

from schemas.redaction import RedactionRecord
from schemas.span import NormalizedSpan
from schemas.trace import TraceRecord
from store.tables import SpanRow, TraceRow


def content_hash(body: str) -> str:
    return hashlib.sha256(body.encode()).hexdigest()


def span_row(span: NormalizedSpan, redaction: RedactionRecord | None, *, partial: bool, now: datetime) -> SpanRow:
    body = span.model_dump_json()
    return SpanRow(
        trace_id=span.trace_id,
        span_id=span.span_id,
        parent_span_id=span.parent_span_id,
        name=span.name,
        kind=span.kind,
        service=span.service,
        start_time=span.start_time,
        end_time=span.end_time,
        partial=partial,
        body=body,
        redaction=redaction.model_dump_json() if redaction is not None else None,
        content_hash=content_hash(body),
        stored_at=now,
        updated_at=now,
    )


def span_from_row(row: SpanRow) -> NormalizedSpan:
    return NormalizedSpan.model_validate_json(row.body)


def redaction_from_row(row: SpanRow) -> RedactionRecord | None:
    return RedactionRecord.model_validate_json(row.redaction) if row.redaction else None


def trace_body(record: TraceRecord) -> str:
    """The record without its spans (they are the span rows)."""
    return record.model_dump_json(exclude={"spans"})


def trace_from_row(row: TraceRow, spans: list[NormalizedSpan] | None = None) -> TraceRecord:
    record = TraceRecord.model_validate_json(row.body)
    return record.model_copy(update={"spans": spans}) if spans is not None else record
