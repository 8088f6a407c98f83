"""Tables of evaluation cases (SQLModel): immutable case revisions, the current-revision pointer,
reviewers' decisions and the case sets they belong to. Every text column holds redacted content only.

A case is never updated in place: each change inserts a ``case_revisions`` row (the whole
``schemas.Case`` as JSON in ``document``, plus the columns cases are sliced by) and moves the
``cases`` pointer to it with a compare-and-set on ``revision``, so a concurrent writer that based its
change on an older revision gets a conflict instead of overwriting (see ``casegen.persist``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from store._fields import text_field, time_field


class CaseRow(SQLModel, table=True):
    """The current revision of each case, with the columns the review queue filters and sorts by."""

    __tablename__ = "cases"
    __table_args__ = (Index("ix_cases_status_created", "status", "created_at"),)

    case_id: str = Field(primary_key=True, max_length=64)
    trace_id: str = Field(max_length=32, unique=True)
    revision: int
    """The current revision; writers move it with ``UPDATE ... WHERE revision = <the one they read>``."""
    status: str = Field(max_length=16)
    service: str | None = Field(default=None, index=True)
    model: str | None = Field(default=None, index=True)
    language: str | None = Field(default=None, max_length=16)
    convention: str | None = None
    duplicate_group: str | None = Field(default=None, max_length=64, index=True)
    source_kinds: str = ""
    """Space-separated kinds of the case's sources (``rule ticket``), for the ``source`` filter."""
    labels: str = ""
    """Space-separated review labels, for the ``label`` filter."""
    started_at: datetime | None = time_field()
    """Start of the case's trace (near-duplicate representatives are the earliest)."""
    created_at: datetime = time_field(nullable=False)
    """When revision 1 was made."""
    updated_at: datetime = time_field(nullable=False)


class CaseRevisionRow(SQLModel, table=True):
    """One immutable revision of a case (``schemas.Case`` as JSON in ``document``)."""

    __tablename__ = "case_revisions"

    case_id: str = Field(primary_key=True, max_length=64)
    revision: int = Field(primary_key=True)
    trace_id: str = Field(max_length=32, index=True)
    status: str = Field(max_length=16)
    service: str | None = None
    model: str | None = None
    language: str | None = Field(default=None, max_length=16)
    convention: str | None = None
    duplicate_group: str | None = Field(default=None, max_length=64)
    change: str = Field(max_length=32)
    author: str
    created_at: datetime = time_field(nullable=False)
    document: str = text_field()


class ReviewDecisionRow(SQLModel, table=True):
    """One reviewer's decision on one case revision (``schemas.ReviewDecision`` as JSON)."""

    __tablename__ = "review_decisions"

    id: int | None = Field(default=None, primary_key=True)
    case_id: str = Field(max_length=64, index=True)
    revision: int
    reviewer: str
    decision: str = Field(max_length=16)
    at: datetime = time_field(nullable=False)
    document: str = text_field()


class CaseSetRow(SQLModel, table=True):
    """A named set of cases: a review set (``required_reviews`` independent reviews per case) or a
    containment set (``containment/<name>``, its members frozen per version)."""

    __tablename__ = "case_sets"

    name: str = Field(primary_key=True, max_length=200)
    kind: str = Field(max_length=16)
    """``review`` or ``containment``."""
    required_reviews: int = 1
    description: str | None = None
    created_by: str
    created_at: datetime = time_field(nullable=False)


class CaseSetMemberRow(SQLModel, table=True):
    """A case in a review set."""

    __tablename__ = "case_set_members"

    set_name: str = Field(primary_key=True, max_length=200)
    case_id: str = Field(primary_key=True, max_length=64, index=True)
    added_by: str
    added_at: datetime = time_field(nullable=False)
