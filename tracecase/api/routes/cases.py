"""``/cases``: the review queue (reviewer). Writes take the revision the reviewer saw: 409 if it moved, or
while another reviewer's claim on the case runs (``/cases/{id}/claim``)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any, Literal

from fastapi import APIRouter, Depends, Query

from casegen.persist import CaseFilter, Claim, audit, case_history, claim_case, list_cases, release_claim, require_case
from casegen.queue import ReviewOutcome, accept_case, case_summary, edit_case, history_entries, label_case, reject_case
from casegen.review import KEEP
from tracecase.api.auth import allow, context
from tracecase.api.context import ApiContext
from tracecase.api.models import AcceptBody, EditBody, LabelBody, Page, RejectBody, given
from tracecase.api.tokens import Principal

router = APIRouter(prefix="/cases", tags=["cases"])
reviewer = allow("reviewer")
MAX_LIMIT = 200


@router.get("", response_model=Page[dict[str, Any]])
def list_queue(
    status: Literal["candidate", "accepted", "rejected", "duplicate"] | None = None,
    source: Literal["rule", "ticket", "containment"] | None = None,
    service: str | None = None,
    model: str | None = None,
    label: str | None = None,
    case_set: str | None = Query(default=None, alias="set"),
    dataset: str | None = Query(default=None, description="A dataset's current members."),
    trace_id: str | None = None,
    collapse: bool = Query(default=False, description="One entry per near-duplicate group, with group_size."),
    order: Literal["newest", "oldest", "largest_group"] = Query(
        default="newest", description="``largest_group``: collapsed groups, largest first."
    ),
    limit: int = Query(default=50, ge=1, le=MAX_LIMIT),
    after: str | None = Query(default=None, max_length=500),
    _: Principal = Depends(reviewer),
    ctx: ApiContext = Depends(context),
) -> dict[str, Any]:
    """Cases, newest first (keyset pages: pass ``next`` as ``after``)."""
    where = CaseFilter(status, source, service, model, label, case_set, trace_id, dataset=dataset)
    with ctx.store.transaction() as session:
        page = list_cases(session, where, limit=limit, after=after, order=order, collapse=collapse)
    return {"items": [case_summary(i.case, i.group_size) for i in page.items], "next": page.next_cursor}


@router.get("/{case_id}")
def show(case_id: str, _: Principal = Depends(reviewer), ctx: ApiContext = Depends(context)) -> dict[str, Any]:
    """The current revision: content, metadata, provenance, review, redaction record."""
    with ctx.store.transaction() as session:
        return require_case(session, case_id).model_dump(mode="json")


@router.get("/{case_id}/revisions/{revision}")
def show_revision(
    case_id: str, revision: int, _: Principal = Depends(reviewer), ctx: ApiContext = Depends(context)
) -> dict[str, Any]:
    with ctx.store.transaction() as session:
        return require_case(session, case_id, revision).model_dump(mode="json")


@router.get("/{case_id}/history")
def history(case_id: str, _: Principal = Depends(reviewer), ctx: ApiContext = Depends(context)) -> list[dict[str, Any]]:
    """Every revision: author, time, change, status, and the field-level difference to the one before."""
    with ctx.store.transaction() as session:
        revisions = case_history(session, case_id)
        if not revisions:
            require_case(session, case_id)
    return history_entries(revisions)


def _outcome(outcome: ReviewOutcome) -> dict[str, Any]:
    return {
        "state": outcome.state,
        "required_reviews": outcome.required_reviews,
        "reviews": outcome.reviews,
        "case": outcome.case.model_dump(mode="json"),
    }


@router.post("/{case_id}/accept")
def accept(
    case_id: str, body: AcceptBody, caller: Principal = Depends(reviewer), ctx: ApiContext = Depends(context)
) -> dict[str, Any]:
    """Accept (in a double-review set: record this review; decided once enough reviewers agree)."""
    with ctx.store.transaction() as session:
        outcome = accept_case(
            session,
            case_id,
            by=caller.name,
            at=ctx.clock(),
            revision=body.revision,
            expected_output=given(body, "expected_output", KEEP),
            labels=body.labels,
            notes=given(body, "notes", KEEP),
            taxonomy=ctx.taxonomy,
            final=body.final,
        )
    return _outcome(outcome)


@router.post("/{case_id}/reject")
def reject(
    case_id: str, body: RejectBody, caller: Principal = Depends(reviewer), ctx: ApiContext = Depends(context)
) -> dict[str, Any]:
    with ctx.store.transaction() as session:
        outcome = reject_case(
            session,
            case_id,
            by=caller.name,
            at=ctx.clock(),
            reason=body.reason,
            revision=body.revision,
            final=body.final,
        )
    return _outcome(outcome)


@router.post("/{case_id}/edit")
def edit(
    case_id: str, body: EditBody, caller: Principal = Depends(reviewer), ctx: ApiContext = Depends(context)
) -> dict[str, Any]:
    """Change the expected output and/or notes."""
    with ctx.store.transaction() as session:
        case = edit_case(
            session,
            case_id,
            by=caller.name,
            at=ctx.clock(),
            revision=body.revision,
            expected_output=given(body, "expected_output", KEEP),
            notes=given(body, "notes", KEEP),
        )
    return case.model_dump(mode="json")


@router.post("/{case_id}/labels")
def label(
    case_id: str, body: LabelBody, caller: Principal = Depends(reviewer), ctx: ApiContext = Depends(context)
) -> dict[str, Any]:
    """Add labels (or, with ``replace``, set them)."""
    with ctx.store.transaction() as session:
        case = label_case(
            session,
            case_id,
            body.labels,
            by=caller.name,
            at=ctx.clock(),
            revision=body.revision,
            replace=body.replace,
            taxonomy=ctx.taxonomy,
        )
    return case.model_dump(mode="json")


def _claim(claim: Claim) -> dict[str, Any]:
    return {
        "case_id": claim.case_id,
        "claimed_by": claim.reviewer,
        "claimed_at": claim.claimed_at.isoformat(),
        "expires_at": claim.expires_at.isoformat(),
    }


@router.post("/{case_id}/claim")
def claim(case_id: str, caller: Principal = Depends(reviewer), ctx: ApiContext = Depends(context)) -> dict[str, Any]:
    """Claim the case for ``review_claim_minutes`` (again: renew): nobody else may decide or edit it meanwhile.
    409 with ``claimed_by`` and ``expires_at`` while another reviewer's claim runs."""
    now = ctx.clock()
    with ctx.store.transaction() as session:
        require_case(session, case_id)
        taken = claim_case(
            session, case_id, by=caller.name, at=now, ttl=timedelta(minutes=ctx.settings.review_claim_minutes)
        )
        audit(session, author=caller.name, action="case.claim", target=case_id, at=now)
    return _claim(taken)


@router.delete("/{case_id}/claim")
def release(case_id: str, caller: Principal = Depends(reviewer), ctx: ApiContext = Depends(context)) -> dict[str, Any]:
    """End your claim on the case (admin: anyone's)."""
    now = ctx.clock()
    with ctx.store.transaction() as session:
        require_case(session, case_id)
        released = release_claim(session, case_id, by=None if caller.role == "admin" else caller.name)
        if released:
            audit(session, author=caller.name, action="case.release", target=case_id, at=now)
    return {"case_id": case_id, "released": released}
