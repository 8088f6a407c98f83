"""Datasets: the list and a creation form (from a query), a dataset's versions with their changelogs,
cards and exports, freezing the next version, curating members, and the difference between two versions.

Downloads (exports, the card as Markdown) are the API's own handlers, called with the signed-in
reviewer; every write goes through the same ``casegen.datasets.persist`` functions as the API (audited).
Dataset names may hold one ``/`` (``containment/NAME``): routes with a suffix come before the bare name.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from casegen.datasets import CARD_DIMENSIONS, WHERE_FIELDS, make_query
from casegen.datasets.persist import (
    add_all,
    add_cases,
    candidate_ids,
    compare_versions,
    create_dataset,
    dataset_card,
    freeze_version,
    list_datasets,
    membership,
    remove_cases,
    require_dataset,
    summarize,
    version_infos,
)
from casegen.export import export_formats
from schemas.case import CASE_STATUSES
from tracecase.api.auth import context
from tracecase.api.context import ApiContext
from tracecase.api.routes import datasets as api
from tracecase.web.access import Posted, form, page
from tracecase.web.pages._common import REFUSED, ROUTER_OPTIONS, notice, redirect, refusal, refused_page
from tracecase.web.render import render
from tracecase.web.sessions import Viewer

router = APIRouter(**ROUTER_OPTIONS)  # type: ignore[arg-type]
MEMBERS_SHOWN = 200
TITLES = {
    "status": "Status",
    "source": "Source",
    "rule": "Promoting rule",
    "label": "Failure label",
    "service": "Service",
    "model": "Model",
    "language": "Input language",
}


def _list_page(request: Request, ctx: ApiContext, *, status_code: int = 200, **extra: object) -> Response:
    with ctx.store.transaction() as session:
        summaries = [summarize(session, d) for d in list_datasets(session)]
    extra.setdefault("typed", {})
    return render(
        request,
        "datasets.html",
        status_code=status_code,
        summaries=summaries,
        statuses=CASE_STATUSES,
        where_fields=WHERE_FIELDS,
        **extra,
    )


@router.get("/datasets")
def datasets(
    request: Request,
    done: str | None = Query(default=None, max_length=40),
    viewer: Viewer = Depends(page("reviewer")),
    ctx: ApiContext = Depends(context),
) -> Response:
    return _list_page(request, ctx, notice=notice(done))


@router.post("/datasets")
def create(
    request: Request, posted: Posted = Depends(form("reviewer")), ctx: ApiContext = Depends(context)
) -> Response:
    """A dataset holding the cases the query selects (no query: empty), like ``POST /datasets``."""
    name, by, at = posted.text("name"), posted.viewer.name, ctx.clock()
    statuses = [s for s in posted.all("status") if s in CASE_STATUSES]
    where = [line.strip() for line in posted.text("where").splitlines() if line.strip()]
    try:
        with ctx.store.transaction() as session:
            query = make_query(statuses, where) if statuses or where else None
            create_dataset(session, name, description=posted.optional("description"), query=query, by=by, at=at)
            add_all(session, name, candidate_ids(session, query) if query else [], by=by, at=at)
    except REFUSED as exc:
        status_code, message = refusal(exc)
        typed = {"name": name, "description": posted.text("description"), "where": posted.text("where")}
        return _list_page(request, ctx, status_code=status_code, error=message, typed=typed, checked=statuses)
    return redirect(f"/ui/datasets/{name}", {"done": "dataset_created"})


@router.get("/datasets/{name:path}/versions/{version}/export")
def export(
    request: Request,
    name: str,
    version: str,
    format: str = Query(max_length=40),
    viewer: Viewer = Depends(page("reviewer")),
    ctx: ApiContext = Depends(context),
) -> Response:
    try:
        return api.download(name, version, format, viewer.principal, ctx)
    except REFUSED as exc:
        return refused_page(request, exc, "Export")


@router.get("/datasets/{name:path}/versions/{version}/card.md")
def card_markdown(
    request: Request,
    name: str,
    version: str,
    viewer: Viewer = Depends(page("reviewer")),
    ctx: ApiContext = Depends(context),
) -> Response:
    try:
        return api.card(name, version, viewer.principal, ctx)
    except REFUSED as exc:
        return refused_page(request, exc, "Dataset card")


@router.post("/datasets/{name:path}/versions")
def freeze(
    request: Request, name: str, posted: Posted = Depends(form("reviewer")), ctx: ApiContext = Depends(context)
) -> Response:
    try:
        with ctx.store.transaction() as session:
            result = freeze_version(
                session, name, by=posted.viewer.name, at=ctx.clock(), message=posted.optional("message")
            )
    except REFUSED as exc:
        return _refused(request, ctx, name, exc)
    done = "version_frozen" if result.created else "version_unchanged"
    return redirect(f"/ui/datasets/{name}", {"done": done, "version": result.version.number})


@router.post("/datasets/{name:path}/members")
def add_members(
    request: Request, name: str, posted: Posted = Depends(form("reviewer")), ctx: ApiContext = Depends(context)
) -> Response:
    case_ids = posted.text("case_ids").replace(",", " ").split()
    try:
        with ctx.store.transaction() as session:
            add_cases(session, name, case_ids, by=posted.viewer.name, at=ctx.clock())
    except REFUSED as exc:
        return _refused(request, ctx, name, exc)
    return redirect(f"/ui/datasets/{name}", {"done": "members_added"})


@router.post("/datasets/{name:path}/remove")
def remove_member(
    request: Request, name: str, posted: Posted = Depends(form("reviewer")), ctx: ApiContext = Depends(context)
) -> Response:
    try:
        with ctx.store.transaction() as session:
            remove_cases(session, name, [posted.text("case_id")], by=posted.viewer.name, at=ctx.clock())
    except REFUSED as exc:
        return _refused(request, ctx, name, exc)
    return redirect(f"/ui/datasets/{name}", {"done": "member_removed"})


def _refused(request: Request, ctx: ApiContext, name: str, exc: Exception) -> Response:
    status_code, message = refusal(exc)
    try:
        return _dataset_page(request, ctx, name, status_code=status_code, error=message)
    except REFUSED:
        return render(request, "error.html", status_code=status_code, title="Dataset", error=message)


def _dataset_page(
    request: Request,
    ctx: ApiContext,
    name: str,
    *,
    version: str | None = None,
    base: str | None = None,
    target: str | None = None,
    status_code: int = 200,
    **extra: object,
) -> Response:
    with ctx.store.transaction() as session:
        dataset = require_dataset(session, name)
        summary = summarize(session, dataset)
        members = membership(session, dataset)
        versions = version_infos(session, name)
        card = dataset_card(session, name, version) if versions else None
        diff = compare_versions(session, name, base, target) if base and target and versions else None
    return render(
        request,
        "dataset.html",
        status_code=status_code,
        dataset=dataset,
        summary=summary,
        members=members.case_ids[:MEMBERS_SHOWN],
        member_count=len(members.case_ids),
        versions=versions,
        card=card,
        diff=diff,
        base=base or (str(versions[-2].number) if len(versions) > 1 else ""),
        target=target or (str(versions[-1].number) if versions else ""),
        formats=export_formats(),
        dimensions=[d for d in CARD_DIMENSIONS],
        titles=TITLES,
        **extra,
    )


@router.get("/datasets/{name:path}")
def dataset(
    request: Request,
    name: str,
    version: str | None = Query(default=None, max_length=80),
    base: str | None = Query(default=None, max_length=80),
    target: str | None = Query(default=None, max_length=80),
    done: str | None = Query(default=None, max_length=40),
    viewer: Viewer = Depends(page("reviewer")),
    ctx: ApiContext = Depends(context),
) -> Response:
    try:
        return _dataset_page(request, ctx, name, version=version, base=base, target=target, notice=notice(done))
    except REFUSED as exc:
        return refused_page(request, exc, "Dataset")
