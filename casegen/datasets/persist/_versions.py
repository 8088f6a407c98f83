"""Versions in the store: freeze the membership at the members' current revisions, read versions back,
compare two, and load the case revisions a version froze.

Freezing reads the members' current revision numbers from the ``cases`` pointer and reuses the digest of
any (case, revision) some version already froze; only revisions never frozen before are read and
digested (from their stored JSON, without building models). The changelog loads only changed members.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import orjson
from pydantic import TypeAdapter
from sqlalchemy import insert, tuple_
from sqlmodel import Session, col, select

from casegen.datasets._changes import diff_versions
from casegen.datasets._identity import document_digest
from casegen.datasets._versions import find_version, make_version
from casegen.datasets.persist._membership import ensure_dataset_row, membership, require_dataset
from casegen.datasets.persist._revisions import (
    BATCH,
    StoredRevisions,
    revision_documents,
    version_documents,
)
from casegen.exceptions import UnknownDatasetError
from casegen.persist import audit
from schemas.case import Case
from schemas.dataset import ChangelogEntry, DatasetVersion, MemberRevision, VersionDiff
from store import CaseRow, DatasetVersionMemberRow, DatasetVersionRow

_CHANGELOG = TypeAdapter(tuple[ChangelogEntry, ...])
VERSION_MEMBERS = DatasetVersionMemberRow.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class FreezeResult:
    version: DatasetVersion
    created: bool
    """False when the members are exactly the latest version's (it is returned; nothing is written)."""


def freeze_version(session: Session, name: str, *, by: str, at: datetime, message: str | None = None) -> FreezeResult:
    """Freeze the dataset's current members at their current revisions into its next version."""
    dataset = require_dataset(session, name)
    current = membership(session, dataset)
    revisions = _current_revisions(session, current.case_ids)
    return freeze_revisions(
        session, name, revisions, by=by, at=at, message=message, who={**current.removed_by, **current.added_by}
    )


def freeze_revisions(
    session: Session,
    name: str,
    revisions: dict[str, int],
    *,
    by: str,
    at: datetime,
    message: str | None = None,
    who: dict[str, str] | None = None,
    digests: dict[tuple[str, int], str] | None = None,
) -> FreezeResult:
    """Freeze exactly these (case id -> revision) members into the next version of ``name``."""
    dataset = require_dataset(session, name)
    latest = _latest_row(session, name)
    previous = load_version(session, name, latest.number) if latest else None
    known = {(m.case_id, m.revision): m.digest for m in previous.members} if previous else {}
    known.update(digests or {})
    known.update(_frozen_digests(session, [key for key in revisions.items() if key not in known]))
    fresh = [key for key in revisions.items() if key not in known]
    for key, document in revision_documents(session, fresh).items():
        known[key] = document_digest(orjson.loads(document))
    missing = [key for key in revisions.items() if key not in known]
    if missing:
        raise UnknownDatasetError(f"case {missing[0][0]} revision {missing[0][1]} is not stored")
    members = [MemberRevision(case_id=c, revision=r, digest=known[(c, r)]) for c, r in sorted(revisions.items())]
    version = make_version(
        name,
        members,
        StoredRevisions(session),
        previous=previous,
        by=by,
        at=at,
        message=message,
        membership_authors=who,
    )
    if previous is not None and version.id == previous.id:
        return FreezeResult(previous, created=False)
    ensure_dataset_row(session, dataset)
    _write(session, version)
    audit(
        session,
        author=by,
        action="dataset.version",
        target=f"{name}@{version.number}",
        at=at,
        detail={"version_id": version.id, "cases": len(members), "changes": len(version.changelog)},
    )
    return FreezeResult(version, created=True)


def _current_revisions(session: Session, case_ids: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for start in range(0, len(case_ids), BATCH):
        chunk = case_ids[start : start + BATCH]
        found.update(
            (c, r)
            for c, r in session.exec(select(CaseRow.case_id, CaseRow.revision).where(col(CaseRow.case_id).in_(chunk)))
        )
    missing = sorted(set(case_ids) - set(found))
    if missing:
        raise UnknownDatasetError(f"member case {missing[0]} is no longer stored ({len(missing)} missing)")
    return dict(sorted(found.items()))


def _frozen_digests(session: Session, keys: list[tuple[str, int]]) -> dict[tuple[str, int], str]:
    """Digests of (case, revision) pairs any version of any dataset froze already."""
    found: dict[tuple[str, int], str] = {}
    for start in range(0, len(keys), BATCH):
        chunk = keys[start : start + BATCH]
        rows = session.exec(
            select(
                DatasetVersionMemberRow.case_id, DatasetVersionMemberRow.revision, DatasetVersionMemberRow.digest
            ).where(tuple_(col(DatasetVersionMemberRow.case_id), col(DatasetVersionMemberRow.revision)).in_(chunk))
        )
        found.update(((c, r), d) for c, r, d in rows)
    return found


def _write(session: Session, version: DatasetVersion) -> None:
    session.add(
        DatasetVersionRow(
            dataset=version.dataset,
            number=version.number,
            version_id=version.id,
            parent=version.parent,
            message=version.message,
            cases=len(version.members),
            created_by=version.created_by,
            created_at=version.created_at,
            changelog=_CHANGELOG.dump_json(version.changelog).decode(),
        )
    )
    rows = [
        {
            "dataset": version.dataset,
            "number": version.number,
            "case_id": m.case_id,
            "revision": m.revision,
            "digest": m.digest,
        }
        for m in version.members
    ]
    for start in range(0, len(rows), 5000):
        session.execute(insert(VERSION_MEMBERS), rows[start : start + 5000])
    session.flush()


def _latest_row(session: Session, name: str) -> DatasetVersionRow | None:
    return session.exec(
        select(DatasetVersionRow)
        .where(DatasetVersionRow.dataset == name)
        .order_by(col(DatasetVersionRow.number).desc())
        .limit(1)
    ).first()


def version_rows(session: Session, name: str) -> list[DatasetVersionRow]:
    """Every version of a dataset (without members), oldest first."""
    return list(
        session.exec(
            select(DatasetVersionRow).where(DatasetVersionRow.dataset == name).order_by(col(DatasetVersionRow.number))
        )
    )


def load_version(session: Session, name: str, wanted: str | int | None = None) -> DatasetVersion:
    """A version with its members: by number, id or id prefix (``find_version``), or the latest."""
    rows = version_rows(session, name)
    require_dataset(session, name)
    shells = [_shell(row) for row in rows]
    chosen = find_version(shells, wanted)
    members = session.exec(
        select(DatasetVersionMemberRow.case_id, DatasetVersionMemberRow.revision, DatasetVersionMemberRow.digest)
        .where(DatasetVersionMemberRow.dataset == name, DatasetVersionMemberRow.number == chosen.number)
        .order_by(col(DatasetVersionMemberRow.case_id))
    )
    row = next(r for r in rows if r.number == chosen.number)
    return chosen.model_copy(
        update={
            "members": tuple(MemberRevision(case_id=c, revision=r, digest=d) for c, r, d in members),
            "changelog": _CHANGELOG.validate_json(row.changelog),
        }
    )


def _shell(row: DatasetVersionRow) -> DatasetVersion:
    """A version without its members and changelog (enough to find one by number or id)."""
    return DatasetVersion(
        dataset=row.dataset,
        number=row.number,
        id=row.version_id,
        parent=row.parent,
        message=row.message,
        created_by=row.created_by,
        created_at=row.created_at,
    )


def version_shells(session: Session, name: str) -> list[DatasetVersion]:
    """Every version without members and changelog, oldest first."""
    return [_shell(row) for row in version_rows(session, name)]


@dataclass(frozen=True)
class VersionInfo:
    """A version as listed: number, id, size, message, author and time."""

    number: int
    id: str
    parent: str | None
    message: str | None
    cases: int
    created_by: str
    created_at: datetime

    def as_json(self) -> dict[str, object]:
        return {**self.__dict__, "created_at": self.created_at.isoformat()}


def version_infos(session: Session, name: str) -> list[VersionInfo]:
    return [
        VersionInfo(r.number, r.version_id, r.parent, r.message, r.cases, r.created_by, r.created_at)
        for r in version_rows(session, name)
    ]


def compare_versions(session: Session, name: str, base: str | int, target: str | int) -> VersionDiff:
    """Added, removed and changed cases from ``base`` to ``target``, with field-level differences."""
    return diff_versions(
        load_version(session, name, base), load_version(session, name, target), StoredRevisions(session)
    )


def version_cases(session: Session, version: DatasetVersion) -> list[Case]:
    """The case revisions a version froze, by case id."""
    return [Case.model_validate_json(document) for document in version_records(session, version)]


def version_records(session: Session, version: DatasetVersion) -> list[str]:
    """The stored JSON of the case revisions a version froze, by case id (what exports copy or parse)."""
    documents = version_documents(session, version.dataset, version.number)
    if len(documents) != len(version.members):
        keys = [(m.case_id, m.revision) for m in version.members]
        found = revision_documents(session, keys)
        missing = [key for key in keys if key not in found]
        case_id, revision = missing[0]
        raise UnknownDatasetError(f"case {case_id} revision {revision} is not stored ({len(missing)} missing)")
    return documents
