"""Review sets: named sets of cases needing N independent reviews, and their reviewer agreement."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime

import regex
from sqlmodel import Session

from casegen.exceptions import CaseNotFoundError, InputError
from casegen.persist import add_members, audit, cases_by_id, decisions_for, require_case_set, set_members
from casegen.review import AgreementReport, Taxonomy, agreement_report, latest_decisions
from store import CaseSetRow

_NAME = regex.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
MAX_REVIEWS = 10


def create_review_set(
    session: Session, name: str, *, required_reviews: int, by: str, at: datetime, description: str | None = None
) -> CaseSetRow:
    if not _NAME.match(name):
        raise InputError("name: 1 to 100 letters, digits, '.', '_' or '-' (containment sets are made by containment)")
    if not 1 <= required_reviews <= MAX_REVIEWS:
        raise InputError(f"required_reviews: between 1 and {MAX_REVIEWS}")
    if session.get(CaseSetRow, name) is not None:
        raise InputError(f"name: a case set {name!r} exists already")
    row = CaseSetRow(
        name=name,
        kind="review",
        required_reviews=required_reviews,
        description=description,
        created_by=by,
        created_at=at,
    )
    session.add(row)
    session.flush()
    audit(session, author=by, action="set.create", target=name, at=at, detail={"required_reviews": required_reviews})
    return row


def add_to_set(session: Session, name: str, case_ids: Iterable[str], *, by: str, at: datetime) -> list[str]:
    """Add existing cases to a review set; returns those newly added."""
    found = require_case_set(session, name)
    if found.kind != "review":
        raise InputError(f"name: {name!r} is a {found.kind} set; its members are frozen by its versions")
    wanted = list(dict.fromkeys(case_ids))
    known = cases_by_id(session, wanted)
    missing = [case_id for case_id in wanted if case_id not in known]
    if missing:
        raise CaseNotFoundError(f"no case {missing[0]}")
    added = add_members(session, name, wanted, by=by, at=at)
    audit(session, author=by, action="set.add", target=name, at=at, detail={"cases": added})
    return added


def set_agreement(session: Session, name: str, taxonomy: Taxonomy | None = None) -> AgreementReport:
    """Agreement of the set's reviewers on accept/reject and per label; undecided cases whose reviews disagree
    (the adjudication queue) or are too few (pending)."""
    found = require_case_set(session, name)
    members = set_members(session, name)
    decisions = decisions_for(session, members)
    report = agreement_report(
        decisions,
        required_reviews=found.required_reviews,
        labels=taxonomy.names if taxonomy is not None else None,
    )
    # Cases settled since (a final decision) leave the queues; the figures keep every review.
    reviews = latest_decisions(decisions)
    undecided = {c.id for c in cases_by_id(session, members).values() if c.status == "candidate"}
    return replace(
        report,
        adjudication=tuple(d for d in report.adjudication if d.case_id in undecided),
        # Members nobody reviewed yet are pending too (the report only sees reviewed cases).
        pending=tuple(c for c in members if c in undecided and len(reviews.get(c, {})) < found.required_reviews),
    )
