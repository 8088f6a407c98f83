"""The case page (case and trace view) and its review actions: claim, accept, reject, save the expected
output / notes / labels, apply a decision to the near-duplicate group, add to a review set.

Every action calls the same ``casegen.queue`` operation as the API (role-checked, audited, refused with
409 when the case moved on or another reviewer holds its claim) and answers with a redirect back to the
page, or the page again with the refusal and the case as it is now.
"""

from __future__ import annotations

from contextlib import suppress
from datetime import timedelta
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from casegen.exceptions import NoChangeError
from casegen.persist import audit, claim_case, release_claim, require_case
from casegen.queue import accept_case, add_to_set, decide_group, edit_case, label_case, reject_case
from tracecase.api.auth import context
from tracecase.api.context import ApiContext
from tracecase.api.models import AcceptBody, RejectBody
from tracecase.web.access import Posted, form, page
from tracecase.web.pages._common import REFUSED, ROUTER_OPTIONS, notice, redirect, refusal, refused_page
from tracecase.web.pages.case_view import case_view
from tracecase.web.render import render
from tracecase.web.sessions import Viewer

router = APIRouter(**ROUTER_OPTIONS)  # type: ignore[arg-type]
QUEUE_FILTERS = ("status", "source", "service", "model", "label", "set", "dataset", "sort", "collapse")


def _queue_filters(request: Request) -> dict[str, str]:
    """The queue filters the reviewer came with (``q_*``), kept for "review next"."""
    return {k: v for k in QUEUE_FILTERS if (v := request.query_params.get(f"q_{k}", ""))}


def _page(request: Request, ctx: ApiContext, case_id: str, *, status_code: int = 200, **extra: Any) -> Response:
    with ctx.store.transaction() as session:
        view = case_view(session, case_id, ctx.clock())
    extra.setdefault("adjudicate", request.query_params.get("adjudicate") == "1")
    return render(
        request,
        "case.html",
        status_code=status_code,
        view=view,
        case=view.case,
        labels=ctx.taxonomy.labels,
        queue_filters=_queue_filters(request),
        **extra,
    )


@router.get("/cases/{case_id}")
def show(
    request: Request,
    case_id: str,
    done: str | None = Query(default=None, max_length=40),
    viewer: Viewer = Depends(page("reviewer")),
    ctx: ApiContext = Depends(context),
) -> Response:
    try:
        return _page(request, ctx, case_id, notice=notice(done))
    except REFUSED as exc:
        return refused_page(request, exc, "Case not found")


def _refused(request: Request, ctx: ApiContext, case_id: str, exc: Exception, posted: Posted) -> Response:
    status_code, message = refusal(exc)
    try:
        return _page(
            request, ctx, case_id, status_code=status_code, error=message, adjudicate=posted.text("final") == "1"
        )
    except REFUSED:
        return render(request, "error.html", status_code=status_code, title="Refused", error=message)


def _back(case_id: str, done: str, posted: Posted) -> Response:
    keep = {f"q_{k}": posted.text(f"q_{k}") for k in QUEUE_FILTERS if posted.text(f"q_{k}")}
    return redirect(f"/ui/cases/{case_id}", {"done": done, **keep})


def _revision(posted: Posted) -> int | None:
    value = posted.text("revision")
    return int(value) if value.isdigit() else None


@router.post("/cases/{case_id}/claim")
def claim(
    request: Request, case_id: str, posted: Posted = Depends(form("reviewer")), ctx: ApiContext = Depends(context)
) -> Response:
    now = ctx.clock()
    try:
        with ctx.store.transaction() as session:
            require_case(session, case_id)
            ttl = timedelta(minutes=ctx.settings.review_claim_minutes)
            claim_case(session, case_id, by=posted.viewer.name, at=now, ttl=ttl)
            audit(session, author=posted.viewer.name, action="case.claim", target=case_id, at=now)
    except REFUSED as exc:
        return _refused(request, ctx, case_id, exc, posted)
    return _back(case_id, "claimed", posted)


@router.post("/cases/{case_id}/release")
def release(
    request: Request, case_id: str, posted: Posted = Depends(form("reviewer")), ctx: ApiContext = Depends(context)
) -> Response:
    now, by = ctx.clock(), posted.viewer
    with ctx.store.transaction() as session:
        if release_claim(session, case_id, by=None if by.role == "admin" else by.name):
            audit(session, author=by.name, action="case.release", target=case_id, at=now)
    return _back(case_id, "released", posted)


@router.post("/cases/{case_id}/accept")
def accept(
    request: Request, case_id: str, posted: Posted = Depends(form("reviewer")), ctx: ApiContext = Depends(context)
) -> Response:
    try:
        body = AcceptBody(
            revision=_revision(posted),
            expected_output=posted.optional("expected_output"),
            labels=posted.all("label"),
            notes=posted.optional("notes"),
            final=posted.text("final") == "1",
        )
        with ctx.store.transaction() as session:
            outcome = accept_case(
                session,
                case_id,
                by=posted.viewer.name,
                at=ctx.clock(),
                revision=body.revision,
                expected_output=body.expected_output,
                labels=body.labels,
                notes=body.notes,
                taxonomy=ctx.taxonomy,
                final=body.final,
            )
    except REFUSED as exc:
        return _refused(request, ctx, case_id, exc, posted)
    return _back(case_id, "accepted" if outcome.state == "decided" else outcome.state, posted)


@router.post("/cases/{case_id}/reject")
def reject(
    request: Request, case_id: str, posted: Posted = Depends(form("reviewer")), ctx: ApiContext = Depends(context)
) -> Response:
    try:
        body = RejectBody(reason=posted.text("reason"), revision=_revision(posted), final=posted.text("final") == "1")
        with ctx.store.transaction() as session:
            outcome = reject_case(
                session,
                case_id,
                by=posted.viewer.name,
                at=ctx.clock(),
                reason=body.reason,
                revision=body.revision,
                final=body.final,
            )
    except REFUSED as exc:
        return _refused(request, ctx, case_id, exc, posted)
    return _back(case_id, "rejected" if outcome.state == "decided" else outcome.state, posted)


@router.post("/cases/{case_id}/save")
def save(
    request: Request, case_id: str, posted: Posted = Depends(form("reviewer")), ctx: ApiContext = Depends(context)
) -> Response:
    """The expected output, notes and labels as the form has them: an edit and/or a label revision."""
    by, now = posted.viewer.name, ctx.clock()
    try:
        body = AcceptBody(
            revision=_revision(posted),
            expected_output=posted.optional("expected_output"),
            labels=posted.all("label"),
            notes=posted.optional("notes"),
        )
        with ctx.store.transaction() as session:
            case = require_case(session, case_id)
            revision = body.revision
            review = case.review
            if (body.expected_output, body.notes) != (review.expected_output, review.notes):
                case = edit_case(
                    session,
                    case_id,
                    by=by,
                    at=now,
                    revision=revision,
                    expected_output=body.expected_output,
                    notes=body.notes,
                )
                revision = case.revision
            if sorted(body.labels or []) != sorted(review.labels):
                with suppress(NoChangeError):  # the same labels in another order
                    label_case(
                        session,
                        case_id,
                        body.labels or [],
                        by=by,
                        at=now,
                        revision=revision,
                        replace=True,
                        taxonomy=ctx.taxonomy,
                    )
    except REFUSED as exc:
        return _refused(request, ctx, case_id, exc, posted)
    return _back(case_id, "saved", posted)


@router.post("/cases/{case_id}/group")
def group_decision(
    request: Request, case_id: str, posted: Posted = Depends(form("reviewer")), ctx: ApiContext = Depends(context)
) -> Response:
    """Give the candidates of this case's near-duplicate group this case's decision."""
    try:
        with ctx.store.transaction() as session:
            decide_group(session, case_id, by=posted.viewer.name, at=ctx.clock())
    except REFUSED as exc:
        return _refused(request, ctx, case_id, exc, posted)
    return _back(case_id, "saved", posted)


@router.post("/cases/{case_id}/sets")
def add_to_review_set(
    request: Request, case_id: str, posted: Posted = Depends(form("reviewer")), ctx: ApiContext = Depends(context)
) -> Response:
    try:
        with ctx.store.transaction() as session:
            add_to_set(session, posted.text("set"), [case_id], by=posted.viewer.name, at=ctx.clock())
    except REFUSED as exc:
        return _refused(request, ctx, case_id, exc, posted)
    return _back(case_id, "set_added", posted)
