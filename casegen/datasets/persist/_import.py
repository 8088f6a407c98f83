"""Importing a canonical ``jsonl`` export: its case revisions into the store, then a version of exactly
those revisions — so the version id equals the exporting installation's.

A revision already stored must be identical (same digest); a case stored here without the file's
revision is refused rather than given a history it does not have. A new case is stored at the file's
revision (its earlier revisions stay with the installation it came from).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import orjson
from sqlmodel import Session, col, select

from casegen.datasets._identity import document_digest, revision_digest
from casegen.datasets.persist._membership import (
    add_cases,
    create_dataset,
    get_dataset,
    membership,
    remove_cases,
)
from casegen.datasets.persist._revisions import BATCH, revision_documents
from casegen.datasets.persist._versions import FreezeResult, freeze_revisions
from casegen.exceptions import DatasetError, ExportError
from casegen.persist import audit, pointer_columns, revision_row
from schemas.case import Case
from schemas.dataset import CONTAINMENT_PREFIX
from store import CaseRow


def import_cases(
    session: Session,
    cases: Sequence[Case],
    *,
    name: str,
    by: str,
    at: datetime,
    message: str | None = None,
    description: str | None = None,
) -> FreezeResult:
    """Store the cases' revisions and make dataset ``name`` (created if needed) hold exactly them, frozen
    into a version."""
    if name.startswith(CONTAINMENT_PREFIX):
        raise DatasetError(f"{name}: import into a curated dataset name (containment sets come from traces)")
    revisions = {case.id: case for case in cases}
    if len(revisions) != len(cases):
        raise ExportError("the file holds one case more than once")
    digests = {(c.id, c.revision): revision_digest(c) for c in cases}
    stored = _store_revisions(session, list(revisions.values()), digests, at=at)
    if get_dataset(session, name) is None:
        create_dataset(session, name, description=description, query=None, by=by, at=at)
    current = set(membership(session, get_dataset(session, name)).case_ids)  # type: ignore[arg-type]
    if extra := sorted(current - set(revisions)):
        remove_cases(session, name, extra, by=by, at=at)
    add_cases(session, name, sorted(set(revisions) - current), by=by, at=at)
    audit(
        session, author=by, action="dataset.import", target=name, at=at, detail={"cases": len(cases), "stored": stored}
    )
    return freeze_revisions(
        session,
        name,
        {case_id: case.revision for case_id, case in revisions.items()},
        by=by,
        at=at,
        message=message,
        who=dict.fromkeys(revisions, by),
        digests=digests,
    )


def _store_revisions(session: Session, cases: list[Case], digests: dict[tuple[str, int], str], *, at: datetime) -> int:
    """Write the revisions not stored yet; returns how many were written."""
    documents = revision_documents(session, list(digests))
    pointers: dict[str, int] = {}
    ids = [c.id for c in cases]
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        pointers.update(
            (c, r)
            for c, r in session.exec(select(CaseRow.case_id, CaseRow.revision).where(col(CaseRow.case_id).in_(chunk)))
        )
    written = 0
    for case in cases:
        key = (case.id, case.revision)
        if key in documents:
            if document_digest(orjson.loads(documents[key])) != digests[key]:
                raise ExportError(f"case {case.id} revision {case.revision} differs from the one stored here")
            continue
        if case.id in pointers:
            raise ExportError(
                f"case {case.id} is stored here at revision {pointers[case.id]} without the file's revision "
                f"{case.revision}; import into a store without that case"
            )
        session.add(_pointer(case, at))
        session.add(revision_row(case))
        written += 1
    session.flush()
    return written


def _pointer(case: Case, at: datetime) -> CaseRow:
    return CaseRow(**pointer_columns(case), revision=case.revision, created_at=case.created_at, updated_at=at)
