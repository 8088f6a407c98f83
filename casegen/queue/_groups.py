"""Near-duplicate groups of stored candidates, and a decision applied to a whole group."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from casegen.exceptions import ReviewError
from casegen.persist import MAX_PAGE, CaseFilter, audit, list_cases, require_case, running_claims, save_case
from casegen.review import DuplicateGroup, apply_group_decision, group_near_duplicates
from schemas.case import Case

MAX_GROUPED = 20_000
"""Candidates grouped at most (the newest); MinHash grouping is in memory."""


def load_cases(session: Session, where: CaseFilter, *, limit: int = MAX_GROUPED) -> list[Case]:
    """Current revisions of the newest ``limit`` cases matching ``where``."""
    cases: list[Case] = []
    after = None
    while len(cases) < limit:
        page = list_cases(session, where, limit=min(MAX_PAGE, limit - len(cases)), after=after)
        cases += [item.case for item in page.items]
        if page.next_cursor is None:
            break
        after = page.next_cursor
    return cases


def near_duplicate_groups(
    session: Session, *, status: str = "candidate", threshold: float = 0.8, limit: int = MAX_GROUPED
) -> list[DuplicateGroup]:
    """Groups of cases with (nearly) the same input, each listed once; largest first, then oldest."""
    groups = group_near_duplicates(load_cases(session, CaseFilter(status=status), limit=limit), threshold=threshold)
    return sorted(groups, key=lambda g: -g.size)


def decide_group(
    session: Session, representative_id: str, *, by: str, at: datetime, threshold: float = 0.8
) -> list[Case]:
    """Give the candidates of the representative's group its decision; returns the cases decided.

    Members another reviewer has claimed are left to that reviewer (listed in the audit record)."""
    representative = require_case(session, representative_id)
    if representative.status not in ("accepted", "rejected"):
        raise ReviewError(f"case {representative_id} is {representative.status}: accept or reject it first")
    candidates = [c for c in load_cases(session, CaseFilter(status="candidate")) if c.id != representative.id]
    groups = group_near_duplicates([representative, *candidates], threshold=threshold)
    group = next(g for g in groups if representative.id in g.members)
    by_id = {case.id: case for case in candidates}
    members = [by_id[m] for m in group.members if m in by_id]
    claims = running_claims(session, [case.id for case in members], at)
    held = sorted(case_id for case_id, claim in claims.items() if claim.reviewer != by)
    members = [case for case in members if case.id not in held]
    decided = [save_case(session, case) for case in apply_group_decision(representative, members, by=by, at=at)]
    audit(
        session,
        author=by,
        action="case.group_decision",
        target=representative_id,
        at=at,
        detail={"status": representative.status, "cases": [c.id for c in decided], "left_to_claimants": held},
    )
    return decided
