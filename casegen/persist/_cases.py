"""Case revisions in the store: insert-only revision rows and a compare-and-set current pointer.

:func:`save_case` writes one new revision. The pointer moves with ``UPDATE cases SET revision = new
WHERE case_id = ? AND revision = expected``: on PostgreSQL a concurrent writer blocks on the row
lock, then finds the revision moved and matches nothing; on SQLite writers are serialized by
``BEGIN IMMEDIATE``. Either way the loser gets :class:`CaseConflictError` with the current revision,
never a lost update.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from casegen.exceptions import CaseConflictError, CaseNotFoundError
from schemas.case import Case
from store import CaseRevisionRow, CaseRow

CASES: Table = CaseRow.__table__  # type: ignore[attr-defined]


def save_case(session: Session, case: Case) -> Case:
    """Store ``case`` as the next revision of its case: revision 1 creates the case, revision N needs the
    stored case at N-1. Raises :class:`CaseConflictError` when the case moved on (or exists already)."""
    expected = case.revision - 1
    columns = pointer_columns(case)
    if expected == 0:
        dialect = session.get_bind().dialect.name
        insert = postgresql.insert(CASES) if dialect == "postgresql" else sqlite.insert(CASES)
        pointer = {**columns, "created_at": case.created_at, "updated_at": case.created_at, "revision": 1}
        result = session.execute(insert.values(**pointer).on_conflict_do_nothing().returning(CASES.c.case_id))
    else:
        result = session.execute(
            update(CASES)
            .where(CASES.c.case_id == case.id, CASES.c.revision == expected)
            .values(**columns, revision=case.revision, updated_at=case.created_at)
            .returning(CASES.c.case_id)
        )
    # RETURNING, not rowcount: psycopg reports -1 for INSERT ... ON CONFLICT DO NOTHING.
    if result.first() is None:
        raise CaseConflictError(case.id, expected or None, current_revision(session, case.id))
    session.add(revision_row(case))
    session.flush()
    return case


def revision_row(case: Case) -> CaseRevisionRow:
    """The immutable ``case_revisions`` row of a case revision."""
    return CaseRevisionRow(
        case_id=case.id,
        revision=case.revision,
        trace_id=case.provenance.trace_id,
        status=case.status,
        service=case.metadata.service,
        model=case.metadata.model,
        language=case.metadata.language,
        convention=case.metadata.convention,
        duplicate_group=case.duplicate_group,
        change=case.change,
        author=case.author,
        created_at=case.created_at,
        document=case.model_dump_json(),
    )


def pointer_columns(case: Case) -> dict[str, Any]:
    """The ``cases`` pointer's columns for a case revision (all but revision and the times)."""
    return {
        "case_id": case.id,
        "trace_id": case.provenance.trace_id,
        "status": case.status,
        "service": case.metadata.service,
        "model": case.metadata.model,
        "language": case.metadata.language,
        "convention": case.metadata.convention,
        "duplicate_group": case.duplicate_group,
        "source_kinds": " ".join(sorted({source.kind for source in case.provenance.sources})),
        "labels": " ".join(case.review.labels),
        "started_at": case.metadata.started_at,
    }


def current_revision(session: Session, case_id: str) -> int | None:
    return session.exec(select(CaseRow.revision).where(CaseRow.case_id == case_id)).first()


def get_case(session: Session, case_id: str, revision: int | None = None) -> Case | None:
    """The current revision of a case (or revision ``revision``); None when there is no such case."""
    if revision is None:
        current = current_revision(session, case_id)
        if current is None:
            return None
        revision = current
    row = session.get(CaseRevisionRow, (case_id, revision))
    return Case.model_validate_json(row.document) if row is not None else None


def require_case(session: Session, case_id: str, revision: int | None = None) -> Case:
    case = get_case(session, case_id, revision)
    if case is None:
        what = f"case {case_id}" + (f" revision {revision}" if revision is not None else "")
        raise CaseNotFoundError(f"no {what}")
    return case


def case_history(session: Session, case_id: str) -> list[Case]:
    """Every revision of a case, oldest first."""
    rows = session.exec(
        select(CaseRevisionRow).where(CaseRevisionRow.case_id == case_id).order_by(col(CaseRevisionRow.revision))
    )
    return [Case.model_validate_json(row.document) for row in rows]


def cases_by_id(session: Session, case_ids: list[str]) -> dict[str, Case]:
    """Current revisions of these cases (missing ids left out)."""
    out: dict[str, Case] = {}
    for start in range(0, len(case_ids), 500):
        chunk = case_ids[start : start + 500]
        rows = session.exec(
            select(CaseRevisionRow)
            .join(
                CaseRow,
                (col(CaseRow.case_id) == col(CaseRevisionRow.case_id))
                & (col(CaseRow.revision) == col(CaseRevisionRow.revision)),
            )
            .where(col(CaseRow.case_id).in_(chunk))
        )
        out.update((row.case_id, Case.model_validate_json(row.document)) for row in rows)
    return out
