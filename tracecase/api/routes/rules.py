"""``/rules``: the promotion rules in force, and a backfill over stored traces (admin)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter, Depends

from casegen.persist import audit
from casegen.stream import backfill_rules
from tracecase.api.auth import allow, context
from tracecase.api.context import ApiContext
from tracecase.api.models import BackfillBody

router = APIRouter(prefix="/rules", tags=["admin"])
admin = allow()


@router.get("")
def rules(_: Any = Depends(admin), ctx: ApiContext = Depends(context)) -> dict[str, Any]:
    return {
        "source": ctx.rules.source,
        "rules": [rule.model_dump(mode="json") | {"kind": rule.kind} for rule in ctx.rules],
    }


@router.post("/backfill")
def backfill(body: BackfillBody, caller: Any = Depends(admin), ctx: ApiContext = Depends(context)) -> dict[str, Any]:
    """Apply the rules to stored complete traces (optionally started within a window); idempotent."""
    summary = backfill_rules(ctx.store, ctx.rules, since=body.since, until=body.until, clock=ctx.clock)
    with ctx.store.transaction() as session:
        audit(
            session,
            author=caller.name,
            action="rules.backfill",
            target=ctx.rules.source,
            at=ctx.clock(),
            detail=asdict(summary),
        )
    return asdict(summary)
