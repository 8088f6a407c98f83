"""Review sets: double review (N independent reviews per case), reviewer agreement (Cohen's kappa or
Krippendorff's alpha, on the decision and per label), the adjudication queue and the pending cases."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from sqlalchemy import func
from sqlmodel import col, select

from casegen.persist import list_case_sets
from casegen.queue import create_review_set, set_agreement
from store import CaseSetMemberRow
from tracecase.api.auth import context
from tracecase.api.context import ApiContext
from tracecase.api.models import SetBody
from tracecase.web.access import Posted, form, page
from tracecase.web.pages._common import REFUSED, ROUTER_OPTIONS, notice, redirect, refusal, refused_page
from tracecase.web.render import render
from tracecase.web.sessions import Viewer

router = APIRouter(**ROUTER_OPTIONS)  # type: ignore[arg-type]


def _sets_page(request: Request, ctx: ApiContext, *, status_code: int = 200, **extra: object) -> Response:
    with ctx.store.transaction() as session:
        sets = list_case_sets(session)
        sizes = dict(
            session.exec(select(CaseSetMemberRow.set_name, func.count()).group_by(col(CaseSetMemberRow.set_name))).all()
        )
    return render(request, "sets.html", status_code=status_code, sets=sets, sizes=sizes, **extra)


@router.get("/sets")
def sets(
    request: Request,
    done: str | None = Query(default=None, max_length=40),
    viewer: Viewer = Depends(page("reviewer")),
    ctx: ApiContext = Depends(context),
) -> Response:
    return _sets_page(request, ctx, notice=notice(done))


@router.post("/sets")
def create(
    request: Request, posted: Posted = Depends(form("reviewer")), ctx: ApiContext = Depends(context)
) -> Response:
    try:
        required = posted.text("required_reviews")
        body = SetBody(
            name=posted.text("name"),
            required_reviews=int(required) if required.isdigit() else 0,
            description=posted.optional("description"),
        )
        with ctx.store.transaction() as session:
            create_review_set(
                session,
                body.name,
                required_reviews=body.required_reviews,
                by=posted.viewer.name,
                at=ctx.clock(),
                description=body.description,
            )
    except REFUSED as exc:
        status_code, message = refusal(exc)
        return _sets_page(request, ctx, status_code=status_code, error=message)
    return redirect(f"/ui/sets/{body.name}", {"done": "set_created"})


@router.get("/sets/{name}")
def agreement(
    request: Request,
    name: str,
    done: str | None = Query(default=None, max_length=40),
    viewer: Viewer = Depends(page("reviewer")),
    ctx: ApiContext = Depends(context),
) -> Response:
    try:
        with ctx.store.transaction() as session:
            report = set_agreement(session, name, ctx.taxonomy)
    except REFUSED as exc:
        return refused_page(request, exc, "No such review set")
    return render(request, "set.html", name=name, report=report, notice=notice(done))
