"""The containment-set builder: a window and filters, a preview (how many stored traces match now, and a
sample), then freeze; each set's versions, a version's traces, and the difference between two versions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from sqlmodel import Session, col, select

from casegen.containment import (
    Definition,
    check_filters,
    check_name,
    containment_sets,
    diff_versions,
    freeze,
    get_version,
    members,
    preview,
    versions,
)
from casegen.exceptions import InputError
from store import FACETS, TraceFacetRow
from tracecase.api.auth import context
from tracecase.api.context import ApiContext
from tracecase.web.access import Posted, form, page
from tracecase.web.pages._common import REFUSED, ROUTER_OPTIONS, notice, redirect, refusal, refused_page
from tracecase.web.render import render
from tracecase.web.sessions import Viewer

router = APIRouter(**ROUTER_OPTIONS)  # type: ignore[arg-type]
SAMPLE = 10
MEMBERS_PAGE = 100
SUGGESTIONS = 100


@dataclass
class Builder:
    """The builder form's values as typed (strings), so a refused form comes back as it was."""

    name: str = ""
    since: str = ""
    until: str = ""
    filters: dict[str, str] = field(default_factory=dict)

    def definition(self) -> Definition:
        values = {
            facet: [v.strip() for v in text.split(",") if v.strip()] for facet, text in self.filters.items() if text
        }
        return Definition(_moment("since", self.since), _moment("until", self.until), check_filters(values))


def _moment(name: str, text: str) -> datetime:
    """``2026-12-06T10:00`` (a ``datetime-local`` field: UTC) or ISO 8601 with a zone."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise InputError(f"{name}: expected a date and time like 2026-12-06T10:00 (UTC)") from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _local(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M")


def _suggestions(session: Session) -> dict[str, list[str]]:
    """Known values of each facet (for the filters' suggestion lists)."""
    out = {}
    for facet in FACETS:
        statement = (
            select(TraceFacetRow.value)
            .where(TraceFacetRow.name == facet)
            .distinct()
            .order_by(col(TraceFacetRow.value))
            .limit(SUGGESTIONS)
        )
        out[facet] = list(session.exec(statement))
    return out


def _builder_page(
    request: Request,
    ctx: ApiContext,
    builder: Builder,
    *,
    status_code: int = 200,
    **extra: object,
) -> Response:
    extra.setdefault("preview", None)
    with ctx.store.transaction() as session:
        sets = containment_sets(session)
        suggestions = _suggestions(session)
    return render(
        request,
        "containment.html",
        status_code=status_code,
        builder=builder,
        sets=sets,
        facets=FACETS,
        suggestions=suggestions,
        **extra,
    )


@router.get("/containment")
def builder(
    request: Request,
    done: str | None = Query(default=None, max_length=40),
    viewer: Viewer = Depends(page("responder")),
    ctx: ApiContext = Depends(context),
) -> Response:
    # The field holds minutes: "until" rounds up so the traces of the current minute are in the window.
    until = (ctx.clock() + timedelta(minutes=1)).replace(second=0, microsecond=0)
    built = Builder(since=_local(until - timedelta(days=1)), until=_local(until))
    return _builder_page(request, ctx, built, notice=notice(done))


def _posted_builder(posted: Posted) -> Builder:
    return Builder(
        posted.text("name"),
        posted.text("since"),
        posted.text("until"),
        {facet: posted.text(facet)[:1000] for facet in FACETS},
    )


@router.post("/containment/preview")
def preview_definition(
    request: Request, posted: Posted = Depends(form("responder")), ctx: ApiContext = Depends(context)
) -> Response:
    """The builder again, with how many stored traces the window and filters match now and a sample."""
    built = _posted_builder(posted)
    try:
        definition = built.definition()
        with ctx.store.transaction() as session:
            count, sample = preview(session, definition, sample=SAMPLE)
    except REFUSED as exc:
        status_code, message = refusal(exc)
        return _builder_page(request, ctx, built, status_code=status_code, error=message)
    return _builder_page(request, ctx, built, preview={"count": count, "sample": sample})


@router.post("/containment")
def freeze_version(
    request: Request, posted: Posted = Depends(form("responder")), ctx: ApiContext = Depends(context)
) -> Response:
    built = _posted_builder(posted)
    try:
        name = check_name(built.name)
        with ctx.store.transaction() as session:
            result = freeze(session, name, built.definition(), by=posted.viewer.name, at=ctx.clock())
    except REFUSED as exc:
        status_code, message = refusal(exc)
        return _builder_page(request, ctx, built, status_code=status_code, error=message)
    done = "frozen" if result.created else "unchanged"
    return redirect(f"/ui/containment/{name}", {"done": done, "version": result.version.version})


@router.get("/containment/{name}")
def containment_set(
    request: Request,
    name: str,
    version: int | None = Query(default=None, ge=1),
    offset: int = Query(default=0, ge=0),
    from_version: int | None = Query(default=None, alias="from", ge=1),
    to_version: int | None = Query(default=None, alias="to", ge=1),
    done: str | None = Query(default=None, max_length=40),
    viewer: Viewer = Depends(page("responder")),
    ctx: ApiContext = Depends(context),
) -> Response:
    """The set's versions; one version's traces (``version``, paginated); the diff of two (``from``, ``to``)."""
    try:
        with ctx.store.transaction() as session:
            found = versions(session, name)
            if not found:
                get_version(session, name, 1)  # raises "no version 1 of containment set ..."
            shown = version or found[-1].version
            chosen = get_version(session, name, shown)
            listed = members(session, name, shown)
            diff = (
                diff_versions(session, name, from_version, to_version)
                if from_version is not None and to_version is not None
                else None
            )
    except REFUSED as exc:
        return refused_page(request, exc, "Containment set")
    return render(
        request,
        "containment_set.html",
        name=name,
        versions=found,
        chosen=chosen,
        members=listed[offset : offset + MEMBERS_PAGE],
        member_count=len(listed),
        offset=offset,
        page_size=MEMBERS_PAGE,
        diff=diff,
        from_version=from_version or (found[-2].version if len(found) > 1 else found[-1].version),
        to_version=to_version or found[-1].version,
        notice=notice(done),
    )
