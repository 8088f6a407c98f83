"""Field helpers shared by the table modules of migration 0002 onwards."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column, Text
from sqlmodel import Field

from store.columns import UTCDateTime


def time_field(*, index: bool = False, nullable: bool = True) -> Any:
    """An aware UTC datetime column."""
    return Field(default=None, sa_column=Column(UTCDateTime(), index=index, nullable=nullable))


def text_field(*, nullable: bool = False) -> Any:
    """An unbounded text column (JSON documents, redacted notes)."""
    return Field(sa_column=Column(Text, nullable=nullable))
