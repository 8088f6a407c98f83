"""The support flag form (trace id + ticket + note) and the flags of the signed-in person with their
status: ``waiting`` for the trace, ``applied`` to its case, or ``expired``. Notes are redacted before
they are stored, exactly as through the API; support staff see only their own flags (admin: all)."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import quote

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from casegen.flags import prepare_flag, store_flag
from casegen.persist import expire_flags, get_flag, list_flags
from tracecase.api.auth import context
from tracecase.api.context import ApiContext
from tracecase.api.models import FlagBody
from tracecase.web.access import Posted, form, page
from tracecase.web.pages._common import REFUSED, ROUTER_OPTIONS, notice, redirect, refusal
from tracecase.web.render import render
from tracecase.web.sessions import Viewer

router = APIRouter(**ROUTER_OPTIONS)  # type: ignore[arg-type]
PAGE_SIZE = 50


def _mine(viewer: Viewer) -> str | None:
    return None if viewer.role == "admin" else viewer.name


def _flags_page(
    request: Request, ctx: ApiContext, viewer: Viewer, *, offset: int = 0, status_code: int = 200, **extra: object
) -> Response:
    with ctx.store.transaction() as session:
        expire_flags(session, ctx.clock())
        flags = list_flags(session, by=_mine(viewer), limit=PAGE_SIZE + 1, offset=offset)
    extra.setdefault("form", {})
    return render(
        request,
        "flags.html",
        status_code=status_code,
        flags=flags[:PAGE_SIZE],
        offset=offset,
        more=len(flags) > PAGE_SIZE,
        page_size=PAGE_SIZE,
        **extra,
    )


@router.get("/flags")
def flags(
    request: Request,
    offset: int = Query(default=0, ge=0, le=100_000),
    done: str | None = Query(default=None, max_length=40),
    viewer: Viewer = Depends(page("support")),
    ctx: ApiContext = Depends(context),
) -> Response:
    return _flags_page(request, ctx, viewer, offset=offset, notice=notice(done))


@router.post("/flags")
def flag(request: Request, posted: Posted = Depends(form("support")), ctx: ApiContext = Depends(context)) -> Response:
    now, by = ctx.clock(), posted.viewer.name
    trace_id = posted.text("trace_id").lower()
    try:
        body = FlagBody(trace_id=trace_id, ticket_id=posted.text("ticket_id"), note=posted.optional("note"))
        prepared = prepare_flag(
            trace_id=body.trace_id,
            ticket_id=body.ticket_id,
            note=body.note,
            by=by,
            redactor=ctx.redactor,
            now=now,
            ttl=timedelta(hours=ctx.settings.flag_ttl_hours),
        )
        with ctx.store.transaction() as session:
            expire_flags(session, now)
            stored = store_flag(session, prepared, author=by, now=now)
    except REFUSED as exc:
        status_code, message = refusal(exc)
        # The note is not echoed back: it may hold what redaction would remove.
        kept = {"trace_id": trace_id[:32], "ticket_id": posted.text("ticket_id")[:200]}
        return _flags_page(request, ctx, posted.viewer, status_code=status_code, error=message, form=kept)
    return redirect(f"/ui/flags/{stored.trace_id}/{quote(stored.ticket_id, safe='')}", {"done": "flagged"})


@router.get("/flags/{trace_id}/{ticket_id:path}")
def show(
    request: Request,
    trace_id: str,
    ticket_id: str,
    done: str | None = Query(default=None, max_length=40),
    viewer: Viewer = Depends(page("support")),
    ctx: ApiContext = Depends(context),
) -> Response:
    with ctx.store.transaction() as session:
        expire_flags(session, ctx.clock())
        found = get_flag(session, trace_id, ticket_id)
    if found is None or (_mine(viewer) is not None and found.by != viewer.name):
        # Someone else's flag is as unknown as a missing one.
        message = "No flag of yours has that trace and ticket."
        return render(request, "error.html", status_code=404, title="No such flag", error=message)
    return render(request, "flag.html", flag=found, notice=notice(done))
