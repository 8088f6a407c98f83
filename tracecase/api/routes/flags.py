"""``/flags``: support staff flag a ticket's trace (support), and see their own flags."""

from __future__ import annotations

from datetime import timedelta
from typing import Any, Literal

from fastapi import APIRouter, Depends, Query

from casegen.flags import prepare_flag, store_flag
from casegen.persist import expire_flags, list_flags
from tracecase.api.auth import allow, context
from tracecase.api.context import ApiContext
from tracecase.api.models import FlagBody
from tracecase.api.tokens import Principal

router = APIRouter(prefix="/flags", tags=["flags"])
support = allow("support")


@router.post("", status_code=201)
def flag(body: FlagBody, caller: Principal = Depends(support), ctx: ApiContext = Depends(context)) -> dict[str, Any]:
    """Flag a trace: ``applied`` at once when the trace is stored complete, else ``waiting`` for it until it
    expires. The note is redacted before it is stored; the answer shows the stored (redacted) flag."""
    now = ctx.clock()
    prepared = prepare_flag(
        trace_id=body.trace_id,
        ticket_id=body.ticket_id,
        note=body.note,
        by=caller.name,
        redactor=ctx.redactor,
        now=now,
        ttl=timedelta(hours=ctx.settings.flag_ttl_hours),
    )
    with ctx.store.transaction() as session:
        expire_flags(session, now)
        return store_flag(session, prepared, author=caller.name, now=now).model_dump(mode="json")


@router.get("")
def flags(
    status: Literal["waiting", "applied", "expired"] | None = None,
    trace_id: str | None = None,
    limit: int = Query(default=50, ge=1, le=200),
    offset: int = Query(default=0, ge=0, le=100_000),
    caller: Principal = Depends(support),
    ctx: ApiContext = Depends(context),
) -> list[dict[str, Any]]:
    """Your flags, newest first (admin: everyone's), with their status."""
    by = None if caller.role == "admin" else caller.name
    with ctx.store.transaction() as session:
        expire_flags(session, ctx.clock())
        found = list_flags(session, by=by, status=status, trace_id=trace_id, limit=limit, offset=offset)
    return [f.model_dump(mode="json") for f in found]
