"""Cases a query selects, in pages: the candidates ``datasets create --from-status --where`` takes.

Conditions on fields the ``cases`` pointer has columns for (status, service, model, language, convention,
source kind, label) run in SQL; the others (provider, tool, rule, ticket, containment, feedback, error)
are checked on the cases' current documents, a batch at a time, so a page costs what it returns plus what
it skips. Pages are in case-id order; ``after`` is the last case id of the previous page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import literal, or_
from sqlmodel import Session, col, select

from casegen.datasets._query import case_matches
from casegen.datasets.persist._revisions import BATCH, revision_documents
from casegen.exceptions import InputError
from schemas.case import Case
from schemas.dataset import CaseQuery
from store import CaseRow

MAX_PAGE = 1000
_COLUMNS = {
    "status": CaseRow.status,
    "service": CaseRow.service,
    "model": CaseRow.model,
    "language": CaseRow.language,
    "convention": CaseRow.convention,
}


@dataclass(frozen=True)
class CandidatePage:
    cases: list[Case]
    next_after: str | None
    """Pass as ``after`` for the next page; None on the last page."""


def _sql_filtered(statement: Any, query: CaseQuery) -> tuple[Any, bool]:
    """The statement with every condition SQL can check; True when some condition needs the documents."""
    if query.statuses:
        statement = statement.where(col(CaseRow.status).in_(query.statuses))
    values: dict[str, list[str]] = {}
    for condition in query.where:
        values.setdefault(condition.field, []).append(condition.value)
    needs_documents = False
    for field, wanted in values.items():
        if field in _COLUMNS:
            statement = statement.where(col(_COLUMNS[field]).in_(wanted))
        elif field in ("source", "label"):
            column = CaseRow.source_kinds if field == "source" else CaseRow.labels
            padded = literal(" ").concat(col(column)).concat(" ")
            statement = statement.where(or_(*(padded.contains(f" {v} ") for v in wanted)))
        else:
            needs_documents = True
    return statement, needs_documents


def list_candidates(session: Session, query: CaseQuery, *, limit: int = 50, after: str | None = None) -> CandidatePage:
    """A page of current case revisions the query selects."""
    if not 1 <= limit <= MAX_PAGE:
        raise InputError(f"limit: must be between 1 and {MAX_PAGE}")
    statement, needs_documents = _sql_filtered(select(CaseRow.case_id, CaseRow.revision), query)
    found: list[Case] = []
    cursor = after
    while len(found) <= limit:
        page = statement.order_by(col(CaseRow.case_id)).limit(limit + 1 if not needs_documents else BATCH)
        if cursor is not None:
            page = page.where(col(CaseRow.case_id) > cursor)
        pointers = list(session.exec(page))
        if not pointers:
            break
        documents = revision_documents(session, [(c, r) for c, r in pointers])
        cases = [Case.model_validate_json(documents[(c, r)]) for c, r in pointers]
        found += [case for case in cases if not needs_documents or case_matches(case, query)]
        cursor = pointers[-1][0]
        if not needs_documents or len(pointers) < BATCH:
            break
    more = len(found) > limit
    found = found[:limit]
    return CandidatePage(found, found[-1].id if more and found else None)


def candidate_ids(session: Session, query: CaseQuery) -> list[str]:
    """Every case id the query selects (for ``datasets create``), by case id."""
    statement, needs_documents = _sql_filtered(select(CaseRow.case_id, CaseRow.revision), query)
    pointers = list(session.exec(statement.order_by(col(CaseRow.case_id))))
    if not needs_documents:
        return [case_id for case_id, _ in pointers]
    selected: list[str] = []
    for start in range(0, len(pointers), BATCH):
        chunk = pointers[start : start + BATCH]
        documents = revision_documents(session, chunk)
        selected += [c for c, r in chunk if case_matches(Case.model_validate_json(documents[(c, r)]), query)]
    return selected
