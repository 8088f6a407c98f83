"""``/health`` (no token: for probes), ``/me`` (any token) and ``/taxonomy`` (the review labels)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends

from tracecase.api.auth import allow, context, principal
from tracecase.api.context import ApiContext
from tracecase.api.tokens import Principal

router = APIRouter(tags=["meta"])


@router.get("/health")
def health(ctx: ApiContext = Depends(context)) -> dict[str, str]:
    """``ok`` when the store answers."""
    with ctx.store.transaction() as session:
        session.connection()
    return {"status": "ok"}


@router.get("/me")
def me(caller: Principal = Depends(principal)) -> dict[str, str]:
    """Who the token belongs to and its role (what a UI shows and hides)."""
    return {"name": caller.name, "role": caller.role}


@router.get("/taxonomy")
def taxonomy(
    _: Any = Depends(allow("reviewer", "support", "responder")), ctx: ApiContext = Depends(context)
) -> dict[str, Any]:
    """The failure labels reviewers may use, with their descriptions."""
    return {"source": ctx.taxonomy.source, "labels": dict(ctx.taxonomy.labels)}
