"""The queue's filters as SQL conditions on the ``cases`` pointer table (or an alias of it)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, literal
from sqlmodel import col, select

from store import CaseRow, CaseSetMemberRow, ContainmentMemberRow, DatasetMemberRow


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
    dataset: str | None = None
    """A dataset's current members (``containment/<name>``: its latest version)."""


def filtered(statement: Any, where: CaseFilter, rows: Any = CaseRow) -> Any:
    """``statement`` restricted to the cases ``where`` admits; ``rows`` is ``CaseRow`` or an alias of it."""
    if where.status:
        statement = statement.where(rows.status == where.status)
    if where.source:
        statement = statement.where(col(rows.source_kinds).contains(where.source))
    if where.service:
        statement = statement.where(rows.service == where.service)
    if where.model:
        statement = statement.where(rows.model == where.model)
    if where.label:
        padded = literal(" ").concat(col(rows.labels)).concat(" ")
        statement = statement.where(padded.contains(f" {where.label} "))
    if where.trace_id:
        statement = statement.where(rows.trace_id == where.trace_id)
    if where.duplicate_group:
        statement = statement.where(rows.duplicate_group == where.duplicate_group)
    if where.case_set:
        statement = statement.where(col(rows.case_id).in_(_set_members(where.case_set)))
    if where.dataset:
        statement = statement.where(col(rows.case_id).in_(_dataset_members(where.dataset)))
    return statement


def _dataset_members(name: str) -> Any:
    if name.startswith("containment/"):
        return _set_members(name)
    return select(DatasetMemberRow.case_id).where(
        DatasetMemberRow.dataset == name, col(DatasetMemberRow.removed_at).is_(None)
    )


def _set_members(name: str) -> Any:
    """Case ids of a review set, or of the latest version of ``containment/<name>``."""
    if not name.startswith("containment/"):
        return select(CaseSetMemberRow.case_id).where(CaseSetMemberRow.set_name == name)
    short = name.removeprefix("containment/")
    latest = select(func.max(ContainmentMemberRow.version)).where(ContainmentMemberRow.set_name == short)
    return select(ContainmentMemberRow.case_id).where(
        ContainmentMemberRow.set_name == short, col(ContainmentMemberRow.version) == latest.scalar_subquery()
    )
