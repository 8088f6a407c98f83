"""The store's tables (SQLModel). Every text column holds redacted content only.

Spans are keyed by (trace id, span id), so a re-delivered span overwrites itself: reprocessing is
idempotent. A trace row holds the assembled trace record without its spans (those are the span
rows), the columns that list and filter traces, and its lifecycle: ``open`` until its root span
has ended and the trace went quiet, then ``complete``; a span arriving after completion makes a
new ``revision`` of the record.

Schema changes go through Alembic (``store/migrations``); never edit a released migration.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Column, Index, Text
from sqlmodel import Field, SQLModel

from store.columns import UTCDateTime


def _time(*, index: bool = False, nullable: bool = True) -> Any:
    return Field(default=None, sa_column=Column(UTCDateTime(), index=index, nullable=nullable))


def _text(*, nullable: bool = False) -> Any:
    return Field(sa_column=Column(Text, nullable=nullable))


class SpanRow(SQLModel, table=True):
    """One normalized, redacted span (``schemas.NormalizedSpan`` as JSON in ``body``)."""

    __tablename__ = "spans"

    trace_id: str = Field(primary_key=True, max_length=32)
    span_id: str = Field(primary_key=True, max_length=16)
    parent_span_id: str | None = Field(default=None, max_length=16)
    name: str = ""
    kind: str = Field(max_length=16)
    service: str | None = None
    start_time: datetime | None = _time()
    end_time: datetime | None = _time()
    partial: bool = False
    """Only log records of this span have been seen so far (its span record has not arrived)."""
    body: str = _text()
    redaction: str | None = _text(nullable=True)
    """``schemas.RedactionRecord`` as JSON: entity types replaced per field, never values."""
    content_hash: str = Field(max_length=64)
    stored_at: datetime = _time(nullable=False)
    updated_at: datetime = _time(nullable=False)


class TraceRow(SQLModel, table=True):
    """One assembled trace (``schemas.TraceRecord`` without its spans, as JSON in ``body``)."""

    __tablename__ = "traces"
    __table_args__ = (Index("ix_traces_state_updated", "state", "updated_at"),)

    trace_id: str = Field(primary_key=True, max_length=32)
    service: str | None = Field(default=None, index=True)
    model: str | None = Field(default=None, index=True)
    start_time: datetime | None = _time(index=True)
    end_time: datetime | None = _time()
    state: str = Field(default="open", max_length=16)
    """``open`` (waiting for its root span or for quiet) or ``complete``."""
    complete: bool = False
    """The record's structural completeness: one root span and every span's parent present."""
    has_error: bool = False
    span_count: int = 0
    revision: int = 1
    """1 when first stored; +1 for each change of content after the trace completed."""
    body: str = _text()
    content_hash: str = Field(max_length=64)
    first_stored_at: datetime = _time(nullable=False)
    updated_at: datetime = _time(nullable=False)
    completed_at: datetime | None = _time()

    @property
    def revised(self) -> bool:
        return self.revision > 1
