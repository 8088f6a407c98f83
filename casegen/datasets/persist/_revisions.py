"""Case revisions as the dataset code reads them from ``case_revisions``: whole cases, raw documents and
authors, in batches (a version can hold tens of thousands of cases)."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from typing import Any

from sqlmodel import Session, col, select

from casegen.datasets._changes import RevisionKey
from casegen.exceptions import UnknownDatasetError
from schemas.case import Case
from store import CaseRevisionRow, DatasetVersionMemberRow

BATCH = 500


def _chunks(items: Sequence[Any], size: int = BATCH) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def revision_documents(session: Session, keys: Collection[RevisionKey]) -> dict[RevisionKey, str]:
    """The stored JSON document of each (case id, revision) asked for that exists.

    Looked up by case id (the primary key's first column), then by revision: row-value ``IN`` lists are
    not index lookups on SQLite."""
    wanted = set(keys)
    by_case: dict[str, set[int]] = {}
    for case_id, revision in wanted:
        by_case.setdefault(case_id, set()).add(revision)
    found: dict[RevisionKey, str] = {}
    for chunk in _chunks(sorted(by_case)):
        revisions = set().union(*(by_case[case_id] for case_id in chunk))
        rows = session.exec(
            select(CaseRevisionRow.case_id, CaseRevisionRow.revision, CaseRevisionRow.document)
            .where(col(CaseRevisionRow.case_id).in_(chunk))
            .where(col(CaseRevisionRow.revision).in_(revisions))
        )
        found.update(((c, r), d) for c, r, d in rows if (c, r) in wanted)
    return found


def version_documents(session: Session, dataset: str, number: int) -> list[str]:
    """The documents of the case revisions a version froze, by case id, in one indexed join."""
    rows = session.exec(
        select(CaseRevisionRow.document)
        .join(
            DatasetVersionMemberRow,
            (col(DatasetVersionMemberRow.case_id) == col(CaseRevisionRow.case_id))
            & (col(DatasetVersionMemberRow.revision) == col(CaseRevisionRow.revision)),
        )
        .where(DatasetVersionMemberRow.dataset == dataset, DatasetVersionMemberRow.number == number)
        .order_by(col(DatasetVersionMemberRow.case_id))
    )
    return list(rows)


def load_revisions(session: Session, keys: Sequence[RevisionKey]) -> list[Case]:
    """The case revisions, in the order asked; a missing one is an :class:`UnknownDatasetError`."""
    documents = revision_documents(session, keys)
    missing = [key for key in keys if key not in documents]
    if missing:
        case_id, revision = missing[0]
        raise UnknownDatasetError(f"case {case_id} revision {revision} is not stored ({len(missing)} missing)")
    return [Case.model_validate_json(documents[key]) for key in keys]


class StoredRevisions:
    """A ``casegen.datasets.RevisionSource`` over the store, in the caller's transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def cases(self, keys: Collection[RevisionKey]) -> Mapping[RevisionKey, Case]:
        documents = revision_documents(self.session, keys)
        return {key: Case.model_validate_json(document) for key, document in documents.items()}

    def authors(self, case_ids: Collection[str]) -> Mapping[str, Mapping[int, str]]:
        found: dict[str, dict[int, str]] = {}
        for chunk in _chunks(sorted(set(case_ids))):
            rows = self.session.exec(
                select(CaseRevisionRow.case_id, CaseRevisionRow.revision, CaseRevisionRow.author).where(
                    col(CaseRevisionRow.case_id).in_(chunk)
                )
            )
            for case_id, revision, author in rows:
                found.setdefault(case_id, {})[revision] = author
        return found
