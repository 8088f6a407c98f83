"""Datasets and their current membership in the store.

A curated dataset's members are the ``dataset_members`` rows not removed. ``containment/NAME`` is the
incident containment set ``NAME`` seen as a dataset: its members are the cases of the set's latest
containment version (``tracecase containment create`` changes them; ``datasets add``/``remove`` refuse).
Its dataset row is made when it is first versioned, or listed from the containment set until then.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

import regex
from sqlmodel import Session, col, select

from casegen.containment import containment_sets, latest_version, members
from casegen.exceptions import DatasetError, UnknownDatasetError
from casegen.persist import audit
from schemas.dataset import CONTAINMENT_PREFIX, DATASET_NAME_PATTERN, CaseQuery, Dataset
from store import CaseRow, CaseSetRow, DatasetMemberRow, DatasetRow

_NAME = regex.compile(DATASET_NAME_PATTERN)


@dataclass(frozen=True)
class Membership:
    """The current members of a dataset and who added (or, for containment sets, froze) each."""

    case_ids: list[str]
    added_by: dict[str, str]
    removed_by: dict[str, str]
    """Cases that left the dataset (curated datasets only), and who removed them."""


def check_name(name: str) -> str:
    if not _NAME.match(name):
        raise DatasetError(
            f"dataset name {name!r}: 1 to 100 letters, digits, '.', '_' or '-' (starting with a letter or "
            "digit), optionally after a 'namespace/'"
        )
    return name


def _dataset(row: DatasetRow) -> Dataset:
    return Dataset(
        name=row.name,
        kind=row.kind,
        description=row.description,
        query=CaseQuery.model_validate_json(row.query) if row.query else None,
        created_by=row.created_by,
        created_at=row.created_at,
    )


def _containment_dataset(session: Session, name: str) -> Dataset | None:
    found = session.get(CaseSetRow, name)
    if found is None or found.kind != "containment":
        return None
    return Dataset(
        name=name,
        kind="containment",
        description=found.description or f"Incident containment set {name.removeprefix(CONTAINMENT_PREFIX)}",
        created_by=found.created_by,
        created_at=found.created_at,
    )


def get_dataset(session: Session, name: str) -> Dataset | None:
    row = session.get(DatasetRow, name)
    if row is not None:
        return _dataset(row)
    return _containment_dataset(session, name) if name.startswith(CONTAINMENT_PREFIX) else None


def require_dataset(session: Session, name: str) -> Dataset:
    found = get_dataset(session, name)
    if found is None:
        raise UnknownDatasetError(f"no dataset {name!r}")
    return found


def ensure_dataset_row(session: Session, dataset: Dataset) -> None:
    """Write the row of a dataset known only from its containment set (before its first version)."""
    if session.get(DatasetRow, dataset.name) is None:
        session.add(
            DatasetRow(
                name=dataset.name,
                kind=dataset.kind,
                description=dataset.description,
                query=dataset.query.model_dump_json() if dataset.query else None,
                created_by=dataset.created_by,
                created_at=dataset.created_at,
            )
        )
        session.flush()


def list_datasets(session: Session) -> list[Dataset]:
    """Every dataset, containment sets included, by name."""
    found = {row.name: _dataset(row) for row in session.exec(select(DatasetRow))}
    for short, _ in containment_sets(session):
        name = CONTAINMENT_PREFIX + short
        if name not in found and (dataset := _containment_dataset(session, name)) is not None:
            found[name] = dataset
    return [found[name] for name in sorted(found)]


def create_dataset(
    session: Session, name: str, *, description: str | None, query: CaseQuery | None, by: str, at: datetime
) -> Dataset:
    check_name(name)
    if name.startswith(CONTAINMENT_PREFIX):
        raise DatasetError(f"{name}: containment sets are made by `tracecase containment create`")
    if get_dataset(session, name) is not None:
        raise DatasetError(f"dataset {name!r} exists already")
    dataset = Dataset(name=name, description=description, query=query, created_by=by, created_at=at)
    ensure_dataset_row(session, dataset)
    audit(session, author=by, action="dataset.create", target=name, at=at, detail={"query": _query_detail(query)})
    return dataset


def _query_detail(query: CaseQuery | None) -> object:
    return query.model_dump(mode="json") if query else None


def membership(session: Session, dataset: Dataset) -> Membership:
    if dataset.kind == "containment":
        short = dataset.name.removeprefix(CONTAINMENT_PREFIX)
        latest = latest_version(session, short)
        if latest is None:
            return Membership([], {}, {})
        ids = sorted({case_id for _, case_id in members(session, short, latest.version)})
        return Membership(ids, dict.fromkeys(ids, latest.created_by), {})
    rows = session.exec(
        select(
            DatasetMemberRow.case_id,
            DatasetMemberRow.added_by,
            DatasetMemberRow.removed_by,
            DatasetMemberRow.removed_at,
        ).where(DatasetMemberRow.dataset == dataset.name)
    )
    current, added, removed = [], {}, {}
    for case_id, added_by, removed_by, removed_at in rows:
        if removed_at is None:
            current.append(case_id)
            added[case_id] = added_by
        elif removed_by:
            removed[case_id] = removed_by
    return Membership(sorted(current), added, removed)


def add_cases(session: Session, name: str, case_ids: Iterable[str], *, by: str, at: datetime) -> list[str]:
    """Add cases (current revision at the next version); returns those that were not members yet."""
    dataset = _curated(session, name)
    wanted = list(dict.fromkeys(case_ids))
    _require_cases(session, wanted)
    existing = {
        row.case_id: row
        for row in session.exec(
            select(DatasetMemberRow).where(
                DatasetMemberRow.dataset == dataset.name, col(DatasetMemberRow.case_id).in_(wanted)
            )
        )
    }
    added = []
    for case_id in wanted:
        row = existing.get(case_id)
        if row is None:
            session.add(DatasetMemberRow(dataset=dataset.name, case_id=case_id, added_by=by, added_at=at))
        elif row.removed_at is not None:
            row.added_by, row.added_at, row.removed_by, row.removed_at = by, at, None, None
            session.add(row)
        else:
            continue
        added.append(case_id)
    session.flush()
    if added:
        audit(session, author=by, action="dataset.add", target=name, at=at, detail={"cases": added})
    return added


def add_all(session: Session, name: str, case_ids: Sequence[str], *, by: str, at: datetime) -> None:
    """Members of a new dataset, in bulk (the ids come from the case table: no checks needed)."""
    session.bulk_insert_mappings(
        DatasetMemberRow,
        [{"dataset": name, "case_id": c, "added_by": by, "added_at": at} for c in case_ids],
    )
    session.flush()


def remove_cases(session: Session, name: str, case_ids: Iterable[str], *, by: str, at: datetime) -> list[str]:
    """Remove members; a case that is not a member is an :class:`UnknownDatasetError` naming it."""
    dataset = _curated(session, name)
    wanted = list(dict.fromkeys(case_ids))
    rows = {
        row.case_id: row
        for row in session.exec(
            select(DatasetMemberRow).where(
                DatasetMemberRow.dataset == dataset.name,
                col(DatasetMemberRow.case_id).in_(wanted),
                col(DatasetMemberRow.removed_at).is_(None),
            )
        )
    }
    absent = [c for c in wanted if c not in rows]
    if absent:
        raise UnknownDatasetError(f"not members of {name}: {', '.join(absent[:5])}{' ...' if len(absent) > 5 else ''}")
    for row in rows.values():
        row.removed_by, row.removed_at = by, at
        session.add(row)
    session.flush()
    audit(session, author=by, action="dataset.remove", target=name, at=at, detail={"cases": wanted})
    return wanted


def _curated(session: Session, name: str) -> Dataset:
    dataset = require_dataset(session, name)
    if dataset.kind == "containment":
        raise DatasetError(f"{name} takes its members from its containment set: use `tracecase containment create`")
    return dataset


def _require_cases(session: Session, case_ids: list[str]) -> None:
    known: set[str] = set()
    for start in range(0, len(case_ids), 500):
        chunk = case_ids[start : start + 500]
        known.update(session.exec(select(CaseRow.case_id).where(col(CaseRow.case_id).in_(chunk))))
    missing = [c for c in case_ids if c not in known]
    if missing:
        raise UnknownDatasetError(f"no case {', '.join(missing[:5])}{' ...' if len(missing) > 5 else ''}")
