"""Tables of evaluation datasets (SQLModel): the dataset, its current membership, and its immutable versions
with the case revision each froze. Nothing here holds case content: versions point at ``case_revisions``
rows, which are never modified, so a version reads the same forever.

A membership row stays when its case leaves the dataset (``removed_by``/``removed_at`` set), so the next
version's changelog can say who removed it; adding the case again clears them.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from store._fields import text_field, time_field


class DatasetRow(SQLModel, table=True):
    """A named dataset (``schemas.dataset.Dataset``)."""

    __tablename__ = "datasets"

    name: str = Field(primary_key=True, max_length=200)
    kind: str = Field(max_length=16)
    """``curated``, or ``containment`` for ``containment/NAME`` (members from the containment set)."""
    description: str | None = None
    query: str | None = text_field(nullable=True)
    """``schemas.dataset.CaseQuery`` as JSON: how ``datasets create`` chose the first members."""
    created_by: str
    created_at: datetime = time_field(nullable=False)


class DatasetMemberRow(SQLModel, table=True):
    """A case in a dataset's current membership (or removed from it, with who and when)."""

    __tablename__ = "dataset_members"

    dataset: str = Field(primary_key=True, max_length=200)
    case_id: str = Field(primary_key=True, max_length=64)
    added_by: str
    added_at: datetime = time_field(nullable=False)
    removed_by: str | None = None
    removed_at: datetime | None = time_field()


class DatasetVersionRow(SQLModel, table=True):
    """One immutable version (``schemas.dataset.DatasetVersion`` without its members)."""

    __tablename__ = "dataset_versions"

    dataset: str = Field(primary_key=True, max_length=200)
    number: int = Field(primary_key=True)
    version_id: str = Field(max_length=64, index=True)
    """The content hash of the members (``casegen.datasets.version_id``)."""
    parent: str | None = Field(default=None, max_length=64)
    message: str | None = None
    cases: int
    created_by: str
    created_at: datetime = time_field(nullable=False)
    changelog: str = text_field()
    """``ChangelogEntry`` list as JSON, against the previous version."""


class DatasetVersionMemberRow(SQLModel, table=True):
    """A case revision frozen into a version, with its digest."""

    __tablename__ = "dataset_version_members"

    dataset: str = Field(primary_key=True, max_length=200)
    number: int = Field(primary_key=True)
    case_id: str = Field(primary_key=True, max_length=64)
    revision: int
    digest: str = Field(max_length=64)
