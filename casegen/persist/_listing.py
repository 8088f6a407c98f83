"""Listing cases for the review queue: filters on the pointer's columns, keyset pagination, and
near-duplicate groups collapsed to their representative with the group's size."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

import orjson
from sqlalchemy import func, literal
from sqlmodel import Session, col, or_, select

from casegen.exceptions import InputError
from schemas.case import Case
from store import CaseRevisionRow, CaseRow, CaseSetMemberRow, ContainmentMemberRow

Order = Literal["newest", "oldest"]
MAX_PAGE = 500


@dataclass(frozen=True)
class CaseFilter:
    status: str | None = None
    source: str | None = None
    """``rule``, ``ticket`` or ``containment``: cases with at least one source of that kind."""
    service: str | None = None
    model: str | None = None
    label: str | None = None
    case_set: str | None = None
    """A review set, or ``containment/<name>`` (its latest version)."""
    trace_id: str | None = None
    duplicate_group: str | None = None


@dataclass(frozen=True)
class ListedCase:
    case: Case
    group_size: int = 1
    """Cases in its near-duplicate group (same ``duplicate_group``) that match the filter."""


@dataclass(frozen=True)
class CasePage:
    items: list[ListedCase]
    next_cursor: str | None
    """Pass as ``after`` for the next page; None on the last page."""


def list_cases(
    session: Session,
    where: CaseFilter,
    *,
    limit: int = 50,
    after: str | None = None,
    order: Order = "newest",
    collapse: bool = False,
) -> CasePage:
    """A page of current case revisions ordered by creation (then id); with ``collapse``, one entry per
    near-duplicate group (its earliest case) carrying the group's size."""
    if not 1 <= limit <= MAX_PAGE:
        raise InputError(f"limit: must be between 1 and {MAX_PAGE}")
    statement = _filtered(select(CaseRow), where)
    sizes: dict[str, int] = {}
    if collapse:
        key = func.coalesce(CaseRow.duplicate_group, CaseRow.case_id)
        ranked = _filtered(
            select(
                col(CaseRow.case_id).label("case_id"),
                func.row_number()
                .over(partition_by=key, order_by=(col(CaseRow.started_at), col(CaseRow.case_id)))
                .label("rank"),
                func.count().over(partition_by=key).label("size"),
            ),
            where,
        ).subquery()
        statement = statement.join(ranked, ranked.c.case_id == CaseRow.case_id).where(ranked.c.rank == 1)
        statement = statement.add_columns(ranked.c.size)
    descending = order == "newest"
    if after is not None:
        created, case_id = _decode(after)
        if descending:
            statement = statement.where(
                or_(
                    col(CaseRow.created_at) < created,
                    (col(CaseRow.created_at) == created) & (col(CaseRow.case_id) < case_id),
                )
            )
        else:
            statement = statement.where(
                or_(
                    col(CaseRow.created_at) > created,
                    (col(CaseRow.created_at) == created) & (col(CaseRow.case_id) > case_id),
                )
            )
    ordering = (
        (col(CaseRow.created_at).desc(), col(CaseRow.case_id).desc())
        if descending
        else (col(CaseRow.created_at), col(CaseRow.case_id))
    )
    statement = statement.order_by(*ordering).limit(limit + 1)
    # With the group size added, rows are (case, size) tuples: ``execute``, not ``exec`` (scalars).
    rows: list[Any] = list(session.execute(statement) if collapse else session.exec(statement))
    more = len(rows) > limit
    rows = rows[:limit]
    pointers: list[CaseRow] = []
    for row in rows:
        if collapse:
            pointer, size = row
            sizes[pointer.case_id] = int(size)
            pointers.append(pointer)
        else:
            pointers.append(row)
    documents = _documents(session, pointers)
    items = [ListedCase(documents[p.case_id], sizes.get(p.case_id, 1)) for p in pointers]
    cursor = _encode(pointers[-1].created_at, pointers[-1].case_id) if more and pointers else None
    return CasePage(items, cursor)


def count_cases(session: Session, where: CaseFilter) -> int:
    return int(session.exec(_filtered(select(func.count()).select_from(CaseRow), where)).one())


def _filtered(statement: Any, where: CaseFilter) -> Any:
    if where.status:
        statement = statement.where(CaseRow.status == where.status)
    if where.source:
        statement = statement.where(col(CaseRow.source_kinds).contains(where.source))
    if where.service:
        statement = statement.where(CaseRow.service == where.service)
    if where.model:
        statement = statement.where(CaseRow.model == where.model)
    if where.label:
        padded = literal(" ").concat(col(CaseRow.labels)).concat(" ")
        statement = statement.where(padded.contains(f" {where.label} "))
    if where.trace_id:
        statement = statement.where(CaseRow.trace_id == where.trace_id)
    if where.duplicate_group:
        statement = statement.where(CaseRow.duplicate_group == where.duplicate_group)
    if where.case_set:
        statement = statement.where(col(CaseRow.case_id).in_(_set_members(where.case_set)))
    return statement


def _documents(session: Session, pointers: list[CaseRow]) -> dict[str, Case]:
    if not pointers:
        return {}
    wanted = {(p.case_id, p.revision) for p in pointers}
    rows = session.exec(
        select(CaseRevisionRow)
        .where(col(CaseRevisionRow.case_id).in_([p.case_id for p in pointers]))
        .where(col(CaseRevisionRow.revision).in_({p.revision for p in pointers}))
    )
    return {r.case_id: Case.model_validate_json(r.document) for r in rows if (r.case_id, r.revision) in wanted}


def _encode(created: datetime, case_id: str) -> str:
    return base64.urlsafe_b64encode(orjson.dumps([created.isoformat(), case_id])).decode().rstrip("=")


def _decode(cursor: str) -> tuple[datetime, str]:
    try:
        created, case_id = orjson.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        return datetime.fromisoformat(created), str(case_id)
    except (ValueError, TypeError) as exc:
        raise InputError("after: not a cursor returned by a previous page") from exc


def _set_members(name: str) -> Any:
    """Case ids of a review set, or of the latest version of ``containment/<name>``."""
    if not name.startswith("containment/"):
        return select(CaseSetMemberRow.case_id).where(CaseSetMemberRow.set_name == name)
    short = name.removeprefix("containment/")
    latest = select(func.max(ContainmentMemberRow.version)).where(ContainmentMemberRow.set_name == short)
    return select(ContainmentMemberRow.case_id).where(
        ContainmentMemberRow.set_name == short, col(ContainmentMemberRow.version) == latest.scalar_subquery()
    )
