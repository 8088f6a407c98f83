"""``/audit``: the audit log, newest first (admin)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter, Depends, Query

from casegen.persist import audit_entries
from tracecase.api.auth import allow, context
from tracecase.api.context import ApiContext

router = APIRouter(prefix="/audit", tags=["admin"])
admin = allow()


@router.get("")
def entries(
    author: str | None = None,
    before: int | None = Query(default=None, ge=1, description="The id of the last entry of the previous page."),
    limit: int = Query(default=100, ge=1, le=500),
    _: Any = Depends(admin),
    ctx: ApiContext = Depends(context),
) -> list[dict[str, Any]]:
    with ctx.store.transaction() as session:
        return [asdict(e) for e in audit_entries(session, limit=limit, before=before, author=author)]
