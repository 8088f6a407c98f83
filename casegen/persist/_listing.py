"""Listing cases for the review queue: filters on the pointer's columns, keyset pagination, and
near-duplicate groups collapsed to their representative with the group's size.

A group's representative is its earliest member (trace start, else creation; then id) among the cases
the filter admits. Collapsed pages in time order keep only representatives (``NOT EXISTS`` an earlier
member: an index probe per row read, so the first page costs the same with 100,000 cases as with 100)
and count the members of the page's groups only. Largest-group-first needs every group's size: one
``GROUP BY`` over the filtered cases, then the page's representatives.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

import orjson
from sqlalchemy import and_, exists, func
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, or_, select

from casegen.exceptions import InputError
from casegen.persist._filters import CaseFilter, filtered
from schemas.case import Case
from store import CaseRevisionRow, CaseRow

Order = Literal["newest", "oldest", "largest_group"]
"""By creation time, or (collapsed groups only) by group size, largest first, then by group key."""
MAX_PAGE = 500
_GROUPED = "g"
"""First element of a largest-group cursor."""


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
    near-duplicate group (its earliest case) carrying the group's size. ``largest_group`` implies ``collapse``."""
    if not 1 <= limit <= MAX_PAGE:
        raise InputError(f"limit: must be between 1 and {MAX_PAGE}")
    position = _decode(after) if after is not None else None
    if (position is not None and position[0] == _GROUPED) != (position is not None and order == "largest_group"):
        raise InputError("after: a cursor from a page in another order")
    if order == "largest_group":
        return _largest_groups(session, where, limit, position)
    statement = filtered(select(CaseRow), where)
    if collapse:
        statement = statement.where(~_earlier_member(where))
    descending = order == "newest"
    if position is not None:
        created, case_id = datetime.fromisoformat(str(position[0])), str(position[1])
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
    pointers = list(session.exec(statement.order_by(*ordering).limit(limit + 1)))
    more = len(pointers) > limit
    pointers = pointers[:limit]
    sizes = _group_sizes(session, where, pointers) if collapse else {}
    cursor = _encode([pointers[-1].created_at.isoformat(), pointers[-1].case_id]) if more and pointers else None
    return CasePage(_listed(session, pointers, sizes), cursor)


def count_cases(session: Session, where: CaseFilter) -> int:
    return int(session.exec(filtered(select(func.count()).select_from(CaseRow), where)).one())


def _earlier_member(where: CaseFilter) -> Any:
    """EXISTS a case the filter admits in the same group that comes before the outer case."""
    other = aliased(CaseRow)
    theirs = func.coalesce(other.started_at, other.created_at)
    mine = func.coalesce(CaseRow.started_at, CaseRow.created_at)
    return exists(
        filtered(select(other.case_id), where, other).where(
            other.duplicate_group == CaseRow.duplicate_group,
            or_(theirs < mine, and_(theirs == mine, col(other.case_id) < col(CaseRow.case_id))),
        )
    )


def _group_sizes(session: Session, where: CaseFilter, pointers: list[CaseRow]) -> dict[str, int]:
    """Case id -> size of its group among the cases the filter admits (1 without a group)."""
    groups = {p.duplicate_group for p in pointers if p.duplicate_group}
    if not groups:
        return {}
    statement = filtered(select(CaseRow.duplicate_group, func.count()), where).where(
        col(CaseRow.duplicate_group).in_(groups)
    )
    counted = {group: n for group, n in session.execute(statement.group_by(CaseRow.duplicate_group))}
    return {p.case_id: int(counted.get(p.duplicate_group, 1)) for p in pointers if p.duplicate_group}


def _largest_groups(session: Session, where: CaseFilter, limit: int, position: list[Any] | None) -> CasePage:
    key = func.coalesce(CaseRow.duplicate_group, CaseRow.case_id)
    size = func.count()
    statement = filtered(select(key.label("key"), size.label("size")), where).group_by(key)
    if position is not None:
        after_size, after_key = int(position[1]), str(position[2])
        statement = statement.having(or_(size < after_size, and_(size == after_size, key > after_key)))
    groups = [(k, n) for k, n in session.execute(statement.order_by(size.desc(), key).limit(limit + 1))]
    more = len(groups) > limit
    groups = groups[:limit]
    keys = [k for k, _ in groups]
    representatives = filtered(select(CaseRow), where).where(
        or_(
            col(CaseRow.duplicate_group).in_(keys),
            and_(col(CaseRow.duplicate_group).is_(None), col(CaseRow.case_id).in_(keys)),
        ),
        ~_earlier_member(where),
    )
    by_key = {(p.duplicate_group or p.case_id): p for p in session.exec(representatives)}
    pointers = [by_key[k] for k in keys if k in by_key]
    sizes = {by_key[k].case_id: int(n) for k, n in groups if k in by_key}
    cursor = _encode([_GROUPED, int(groups[-1][1]), groups[-1][0]]) if more and groups else None
    return CasePage(_listed(session, pointers, sizes), cursor)


def _listed(session: Session, pointers: list[CaseRow], sizes: dict[str, int]) -> list[ListedCase]:
    documents = _documents(session, pointers)
    return [ListedCase(documents[p.case_id], sizes.get(p.case_id, 1)) for p in pointers]


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


def _encode(position: list[Any]) -> str:
    return base64.urlsafe_b64encode(orjson.dumps(position)).decode().rstrip("=")


def _decode(cursor: str) -> list[Any]:
    """The position after which a page starts: ``[created_at, case_id]`` or ``["g", size, group key]``."""
    try:
        position = orjson.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        if not isinstance(position, list) or len(position) not in (2, 3):
            raise ValueError(cursor)
        if position[0] != _GROUPED:
            datetime.fromisoformat(position[0])
        return position
    except (ValueError, TypeError) as exc:
        raise InputError("after: not a cursor returned by a previous page") from exc
