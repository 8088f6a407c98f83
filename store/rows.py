"""Contracts <-> rows: ``NormalizedSpan``/``TraceRecord`` as stored, and back.

The write path builds plain column dicts (a SQLModel instance per row costs more than the row's
SQL); reads accept ORM rows and Core rows alike (anything with the columns as attributes).
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any, Protocol

from schemas.redaction import RedactionRecord
from schemas.span import NormalizedSpan
from schemas.trace import TraceRecord


class StoredSpan(Protocol):
    span_id: str
    partial: bool
    body: str
    redaction: str | None
    content_hash: str
    stored_at: datetime


def content_hash(body: str) -> str:
    return hashlib.sha256(body.encode()).hexdigest()


def span_values(
    span: NormalizedSpan, redaction: RedactionRecord | None, *, partial: bool, now: datetime, stored_at: datetime | None
) -> dict[str, Any]:
    body = span.model_dump_json()
    return {
        "trace_id": span.trace_id,
        "span_id": span.span_id,
        "parent_span_id": span.parent_span_id,
        "name": span.name,
        "kind": span.kind,
        "service": span.service,
        "start_time": span.start_time,
        "end_time": span.end_time,
        "partial": partial,
        "body": body,
        "redaction": redaction.model_dump_json() if redaction is not None else None,
        "content_hash": content_hash(body),
        "stored_at": stored_at or now,
        "updated_at": now,
    }


def span_from_row(row: Any) -> NormalizedSpan:
    return NormalizedSpan.model_validate_json(row.body)


def redaction_from_row(row: Any) -> RedactionRecord | None:
    return RedactionRecord.model_validate_json(row.redaction) if row.redaction else None


def trace_body(record: TraceRecord) -> str:
    """The record without its spans (they are the span rows)."""
    return record.model_dump_json(exclude={"spans"})


def trace_from_row(row: Any, spans: list[NormalizedSpan] | None = None) -> TraceRecord:
    record = TraceRecord.model_validate_json(row.body)
    return record.model_copy(update={"spans": spans}) if spans is not None else record
