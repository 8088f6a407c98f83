"""The audit log: every write, with its author, time, action and target (ids and field names only)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson
from sqlmodel import Session, col, select

from store import AuditRow


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    author: str
    action: str
    target: str
    detail: Mapping[str, Any]


def audit(
    session: Session, *, author: str, action: str, target: str, at: datetime, detail: Mapping[str, Any] | None = None
) -> None:
    """Record one write in the caller's transaction (it commits or rolls back with the write)."""
    session.add(
        AuditRow(at=at, author=author, action=action, target=target, detail=orjson.dumps(dict(detail or {})).decode())
    )


def audit_entries(
    session: Session, *, limit: int = 100, before: int | None = None, author: str | None = None
) -> list[AuditEntry]:
    """Newest first; ``before`` is the id of the last entry of the previous page."""
    statement = select(AuditRow)
    if before is not None:
        statement = statement.where(col(AuditRow.id) < before)
    if author is not None:
        statement = statement.where(AuditRow.author == author)
    rows = session.exec(statement.order_by(col(AuditRow.id).desc()).limit(limit))
    return [
        AuditEntry(row.id or 0, row.at, row.author, row.action, row.target, orjson.loads(row.detail)) for row in rows
    ]
