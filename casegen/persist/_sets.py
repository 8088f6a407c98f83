"""Case sets (review sets with their required number of reviews, and containment sets) and the
review decisions agreement is computed over."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlmodel import Session, col, select

from casegen.exceptions import CaseNotFoundError
from schemas.case import ReviewDecision
from store import CaseSetMemberRow, CaseSetRow, ReviewDecisionRow


def get_case_set(session: Session, name: str) -> CaseSetRow | None:
    return session.get(CaseSetRow, name)


def require_case_set(session: Session, name: str) -> CaseSetRow:
    found = session.get(CaseSetRow, name)
    if found is None:
        raise CaseNotFoundError(f"no case set {name!r}")
    return found


def list_case_sets(session: Session) -> list[CaseSetRow]:
    return list(session.exec(select(CaseSetRow).order_by(col(CaseSetRow.name))))


def set_members(session: Session, name: str) -> list[str]:
    statement = select(CaseSetMemberRow.case_id).where(CaseSetMemberRow.set_name == name)
    return list(session.exec(statement.order_by(col(CaseSetMemberRow.case_id))))


def add_members(session: Session, name: str, case_ids: Iterable[str], *, by: str, at: datetime) -> list[str]:
    """Add cases to a set; returns those that were not members yet."""
    known = set(set_members(session, name))
    new = [case_id for case_id in dict.fromkeys(case_ids) if case_id not in known]
    session.add_all(CaseSetMemberRow(set_name=name, case_id=c, added_by=by, added_at=at) for c in new)
    session.flush()
    return new


def sets_of_case(session: Session, case_id: str) -> list[CaseSetRow]:
    names = select(CaseSetMemberRow.set_name).where(CaseSetMemberRow.case_id == case_id)
    return list(session.exec(select(CaseSetRow).where(col(CaseSetRow.name).in_(names))))


def record_decision(session: Session, decision: ReviewDecision) -> None:
    session.add(
        ReviewDecisionRow(
            case_id=decision.case_id,
            revision=decision.revision,
            reviewer=decision.reviewer,
            decision=decision.decision,
            at=decision.at,
            document=decision.model_dump_json(),
        )
    )
    session.flush()


def decisions_for(session: Session, case_ids: Iterable[str]) -> list[ReviewDecision]:
    """Every decision on these cases, oldest first."""
    ids = list(case_ids)
    out: list[ReviewDecision] = []
    for start in range(0, len(ids), 500):
        rows = session.exec(
            select(ReviewDecisionRow)
            .where(col(ReviewDecisionRow.case_id).in_(ids[start : start + 500]))
            .order_by(col(ReviewDecisionRow.id))
        )
        out += [ReviewDecision.model_validate_json(row.document) for row in rows]
    return out
