"""Review operations on stored cases: each reads the current revision, applies a ``casegen.review``
operation and stores the next revision, audited, in the caller's transaction.

A caller that says which revision it saw (``revision=``) gets :class:`CaseConflictError` carrying the
current revision if the case moved on meanwhile: two reviewers never overwrite each other.

Double review: a case in a review set requiring N reviews collects N reviewers' independent
decisions (``review_decisions``) before it is decided; while fewer have reviewed it stays
``candidate`` (*pending*); when they disagree it stays a candidate in the adjudication queue until a
``final`` decision settles it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlmodel import Session

from casegen.exceptions import CaseConflictError, NoChangeError
from casegen.persist import audit, decisions_for, record_decision, require_case, save_case, sets_of_case
from casegen.review import KEEP, Keep, Taxonomy, accept, default_taxonomy, edit, label, latest_decisions, reject
from schemas.case import Case, ReviewDecision

ReviewState = Literal["decided", "pending", "disagreement"]


@dataclass(frozen=True)
class ReviewOutcome:
    case: Case
    """The case's current revision after the operation."""
    state: ReviewState
    """``decided`` (the case has the decision), ``pending`` (more reviews needed) or ``disagreement``
    (the reviews disagree: the case is in its set's adjudication queue)."""
    required_reviews: int
    reviews: int
    """Reviewers whose decision on the case counts."""


def current(session: Session, case_id: str, revision: int | None) -> Case:
    """The current revision; :class:`CaseConflictError` when it is not ``revision`` (if given)."""
    case = require_case(session, case_id)
    if revision is not None and revision != case.revision:
        raise CaseConflictError(case_id, revision, case.revision)
    return case


def required_reviews(session: Session, case_id: str) -> int:
    return max((s.required_reviews for s in sets_of_case(session, case_id)), default=1)


def accept_case(
    session: Session,
    case_id: str,
    *,
    by: str,
    at: datetime,
    revision: int | None = None,
    expected_output: str | Keep | None = KEEP,
    labels: Iterable[str] | None = None,
    notes: str | Keep | None = KEEP,
    taxonomy: Taxonomy | None = None,
    final: bool = False,
) -> ReviewOutcome:
    taxonomy = taxonomy or default_taxonomy()
    case = current(session, case_id, revision)
    chosen = taxonomy.check(labels) if labels is not None else None
    decision = ReviewDecision(
        case_id=case.id,
        revision=case.revision,
        reviewer=by,
        decision="accept",
        labels=chosen if chosen is not None else case.review.labels,
        expected_output=expected_output if isinstance(expected_output, str) else None,
        notes=notes if isinstance(notes, str) else None,
        at=at,
    )
    return _decide(
        session,
        case,
        decision,
        final=final,
        apply=lambda c: accept(
            c, by=by, at=at, expected_output=expected_output, labels=chosen, notes=notes, taxonomy=taxonomy
        ),
    )


def reject_case(
    session: Session,
    case_id: str,
    *,
    by: str,
    at: datetime,
    reason: str,
    revision: int | None = None,
    final: bool = False,
) -> ReviewOutcome:
    case = current(session, case_id, revision)
    decision = ReviewDecision(
        case_id=case.id, revision=case.revision, reviewer=by, decision="reject", reason=reason, at=at
    )
    return _decide(session, case, decision, final=final, apply=lambda c: reject(c, by=by, at=at, reason=reason))


def _decide(
    session: Session, case: Case, decision: ReviewDecision, *, final: bool, apply: Callable[[Case], Case]
) -> ReviewOutcome:
    apply(case)  # refuses a bad operation (no reason, unknown label) before anything is recorded
    required = required_reviews(session, case.id)
    if not final:  # an adjudicator settles the reviews; their decision is not one of the independent reviews
        record_decision(session, decision)
    action = f"case.{decision.decision}"
    detail = {"revision": case.revision, "final": final}
    if not final and required > 1:
        latest = latest_decisions(decisions_for(session, [case.id])).get(case.id, {})
        if len(latest) < required:
            audit(
                session,
                author=decision.reviewer,
                action=f"{action}.pending",
                target=case.id,
                at=decision.at,
                detail=detail,
            )
            return ReviewOutcome(case, "pending", required, len(latest))
        if not _agree(latest.values()):
            audit(
                session,
                author=decision.reviewer,
                action=f"{action}.disagreement",
                target=case.id,
                at=decision.at,
                detail=detail,
            )
            return ReviewOutcome(case, "disagreement", required, len(latest))
        reviews = len(latest)
    else:
        reviews = 1
    try:
        decided = save_case(session, apply(case))
    except NoChangeError:
        decided = case  # deciding what is already decided: nothing to write
    audit(
        session,
        author=decision.reviewer,
        action=action,
        target=case.id,
        at=decision.at,
        detail={**detail, "new_revision": decided.revision},
    )
    return ReviewOutcome(decided, "decided", required, reviews)


def _agree(decisions: Iterable[ReviewDecision]) -> bool:
    given = list(decisions)
    return len({d.decision for d in given}) == 1 and len({tuple(sorted(d.labels)) for d in given}) == 1


def edit_case(
    session: Session,
    case_id: str,
    *,
    by: str,
    at: datetime,
    revision: int | None = None,
    expected_output: str | Keep | None = KEEP,
    notes: str | Keep | None = KEEP,
) -> Case:
    case = current(session, case_id, revision)
    edited = save_case(session, edit(case, by=by, at=at, expected_output=expected_output, notes=notes))
    fields = [name for name, value in (("expected_output", expected_output), ("notes", notes)) if value is not KEEP]
    audit(
        session,
        author=by,
        action="case.edit",
        target=case_id,
        at=at,
        detail={"revision": edited.revision, "fields": fields},
    )
    return edited


def label_case(
    session: Session,
    case_id: str,
    labels: Iterable[str],
    *,
    by: str,
    at: datetime,
    revision: int | None = None,
    replace: bool = False,
    taxonomy: Taxonomy | None = None,
) -> Case:
    case = current(session, case_id, revision)
    labeled = save_case(session, label(case, labels, by=by, at=at, replace=replace, taxonomy=taxonomy))
    audit(
        session,
        author=by,
        action="case.label",
        target=case_id,
        at=at,
        detail={"revision": labeled.revision, "labels": list(labeled.review.labels)},
    )
    return labeled
