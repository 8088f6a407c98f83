"""Tables of support flags, incident containment versions and the facets containment filters query.
Notes are redacted before they are stored; facets hold normalized field values (names, not text)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from store._fields import text_field, time_field


class TicketFlagRow(SQLModel, table=True):
    """A support ticket's flag on a trace: ``waiting`` for the trace, ``applied`` to its case, or
    ``expired``. One row per (trace, ticket): a re-delivered flag message finds its row."""

    __tablename__ = "ticket_flags"
    __table_args__ = (Index("ix_ticket_flags_status_expires", "status", "expires_at"),)

    trace_id: str = Field(primary_key=True, max_length=32)
    ticket_id: str = Field(primary_key=True, max_length=200)
    status: str = Field(max_length=16)
    note: str | None = text_field(nullable=True)
    """Redacted like span text before it is stored."""
    flagged_by: str | None = Field(default=None, index=True)
    created_at: datetime = time_field(nullable=False)
    expires_at: datetime = time_field(nullable=False)
    applied_at: datetime | None = time_field()
    case_id: str | None = Field(default=None, max_length=64)


class ContainmentVersionRow(SQLModel, table=True):
    """One frozen version of an incident containment set: its window, filters and size."""

    __tablename__ = "containment_versions"

    set_name: str = Field(primary_key=True, max_length=200)
    version: int = Field(primary_key=True)
    since: datetime = time_field(nullable=False)
    until: datetime = time_field(nullable=False)
    filters: str = text_field()
    """JSON object: field -> list of accepted values."""
    trace_count: int
    created_by: str
    created_at: datetime = time_field(nullable=False)


class ContainmentMemberRow(SQLModel, table=True):
    """A trace frozen into a containment version, with the case made or found for it."""

    __tablename__ = "containment_members"

    set_name: str = Field(primary_key=True, max_length=200)
    version: int = Field(primary_key=True)
    trace_id: str = Field(primary_key=True, max_length=32)
    case_id: str = Field(max_length=64)


class TraceFacetRow(SQLModel, table=True):
    """One normalized value of a stored trace that containment filters test (service, model, tool,
    status, convention, feedback, rule). Written for every completed or revised trace."""

    __tablename__ = "trace_facets"
    __table_args__ = (Index("ix_trace_facets_name_value", "name", "value"),)

    trace_id: str = Field(primary_key=True, max_length=32)
    name: str = Field(primary_key=True, max_length=32)
    value: str = Field(primary_key=True, max_length=200)
