"""The required-field checks of every stored span, kept for the coverage dashboard (coverage over time)."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from store._fields import text_field, time_field


class SpanCheckRow(SQLModel, table=True):
    """One span of a completed trace: its service, instrumentation scope, kind, the hour it started, the
    required fields checked on it and those it lacked (field names only, never values)."""

    __tablename__ = "span_checks"

    trace_id: str = Field(primary_key=True, max_length=32)
    span_id: str = Field(primary_key=True, max_length=16)
    hour: datetime = time_field(index=True, nullable=False)
    """Start of the span, truncated to the hour (UTC)."""
    service: str = Field(max_length=200)
    scope: str = Field(max_length=200)
    kind: str = Field(max_length=16)
    checked: str = text_field()
    """Space-separated required fields of the span's kind under the policy in force."""
    missing: str = text_field()
    """Space-separated required fields the span lacked (missing or empty)."""
