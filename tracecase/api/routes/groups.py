"""``/groups``: near-duplicate groups of candidates (reviewer), and a group decision."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query

from casegen.queue import decide_group, near_duplicate_groups
from tracecase.api.auth import allow, context
from tracecase.api.context import ApiContext
from tracecase.api.models import GroupDecisionBody
from tracecase.api.tokens import Principal

router = APIRouter(prefix="/groups", tags=["cases"])
reviewer = allow("reviewer")


@router.get("")
def groups(
    threshold: float = Query(default=0.8, gt=0, le=1),
    min_size: int = Query(default=2, ge=1),
    limit: int = Query(default=100, ge=1, le=500),
    _: Principal = Depends(reviewer),
    ctx: ApiContext = Depends(context),
) -> list[dict[str, Any]]:
    """Groups of candidates with (nearly) the same input, largest first, each once with its size."""
    with ctx.store.transaction() as session:
        found = near_duplicate_groups(session, threshold=threshold)
    shown = [g for g in found if g.size >= min_size][:limit]
    return [
        {"key": g.key, "representative": g.representative, "size": g.size, "members": list(g.members)} for g in shown
    ]


@router.post("/{representative_id}/decision")
def decide(
    representative_id: str,
    body: GroupDecisionBody,
    caller: Principal = Depends(reviewer),
    ctx: ApiContext = Depends(context),
) -> list[dict[str, Any]]:
    """Give the candidates of the representative's group the representative's decision."""
    with ctx.store.transaction() as session:
        decided = decide_group(session, representative_id, by=caller.name, at=ctx.clock(), threshold=body.threshold)
    return [{"id": c.id, "status": c.status, "revision": c.revision} for c in decided]
