"""Review operations: each returns the case's next revision (the current one is never modified).

An operation that would change nothing raises :class:`NoChangeError`, so every revision in a case's
history records a real change. Labels are checked against the failure taxonomy.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from casegen.cases import diff_cases, next_revision
from casegen.exceptions import NoChangeError, ReviewError
from casegen.review._taxonomy import Taxonomy, default_taxonomy
from schemas.case import Case, CaseReview, ChangeKind


class Keep(enum.Enum):
    """Marks an optional argument left as it is (``None`` would clear the field)."""

    KEEP = "keep"


KEEP = Keep.KEEP


def accept(
    case: Case,
    *,
    by: str,
    at: datetime,
    expected_output: str | Keep | None = KEEP,
    labels: Iterable[str] | None = None,
    notes: str | Keep | None = KEEP,
    taxonomy: Taxonomy | None = None,
) -> Case:
    """Accept the case (optionally with the expected output, labels replacing the current ones, notes)."""
    review = _review(case.review, expected_output=expected_output, notes=notes, reject_reason=None)
    if labels is not None:
        review = review.model_copy(update={"labels": (taxonomy or default_taxonomy()).check(labels)})
    return _revise(case, "accepted", by, at, status="accepted", review=review, duplicate_of=None)


def reject(case: Case, *, by: str, at: datetime, reason: str) -> Case:
    """Reject the case; ``reason`` is required."""
    if not reason or not reason.strip():
        raise ReviewError(f"case {case.id}: a rejection needs a reason")
    review = case.review.model_copy(update={"reject_reason": reason.strip()})
    return _revise(case, "rejected", by, at, status="rejected", review=review, duplicate_of=None)


def edit(
    case: Case,
    *,
    by: str,
    at: datetime,
    expected_output: str | Keep | None = KEEP,
    notes: str | Keep | None = KEEP,
) -> Case:
    """Change the expected output and/or notes; the status stays."""
    review = _review(case.review, expected_output=expected_output, notes=notes)
    return _revise(case, "edited", by, at, review=review)


def label(
    case: Case,
    labels: Iterable[str],
    *,
    by: str,
    at: datetime,
    replace: bool = False,
    taxonomy: Taxonomy | None = None,
) -> Case:
    """Add ``labels`` to the case's labels (or, with ``replace``, make them the labels)."""
    chosen = list(labels) if replace else [*case.review.labels, *labels]
    review = case.review.model_copy(update={"labels": (taxonomy or default_taxonomy()).check(chosen)})
    return _revise(case, "labeled", by, at, review=review)


def mark_duplicate(case: Case, representative: Case, *, by: str, at: datetime, group_key: str | None = None) -> Case:
    """Mark ``case`` a duplicate of ``representative`` (in group ``group_key``, default the representative's)."""
    if case.id == representative.id:
        raise ReviewError(f"case {case.id} cannot be a duplicate of itself")
    group = group_key or representative.duplicate_group
    return _revise(
        case, "marked_duplicate", by, at, status="duplicate", duplicate_of=representative.id, duplicate_group=group
    )


def apply_group_decision(representative: Case, members: Sequence[Case], *, by: str, at: datetime) -> list[Case]:
    """Give every ``candidate`` among ``members`` the representative's decision: accepted with its expected
    output, labels and notes, or rejected with its reason. Members already decided are left alone."""
    if representative.status not in ("accepted", "rejected"):
        raise ReviewError(f"representative {representative.id} is {representative.status}: decide it first")
    decided: list[Case] = []
    for member in members:
        if member.id == representative.id or member.status != "candidate":
            continue
        if representative.status == "accepted":
            source = representative.review
            decided.append(
                _revise(member, "accepted", by, at, status="accepted", review=source.model_copy(), duplicate_of=None)
            )
        else:
            decided.append(reject(member, by=by, at=at, reason=representative.review.reject_reason or "duplicate"))
    return decided


def _review(current: CaseReview, **changes: Any) -> CaseReview:
    return current.model_copy(update={k: v for k, v in changes.items() if v is not KEEP})


def _revise(case: Case, change: ChangeKind, by: str, at: datetime, **updates: Any) -> Case:
    if not by or not by.strip():
        raise ReviewError(f"case {case.id}: every review operation needs its author ('by')")
    if change != "edited" and "status" in updates:
        updates.setdefault("reopened", None)  # a decision settles a reopened case
    revised = next_revision(case, change=change, author=by.strip(), at=at, **updates)
    if not diff_cases(case, revised) and revised.reopened == case.reopened:
        raise NoChangeError(f"case {case.id} revision {case.revision}: {change} would change nothing")
    return revised
