"""``/sets``: review sets (N independent reviews per case), their members and reviewer agreement."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter, Depends

from casegen.persist import list_case_sets, require_case_set, set_members
from casegen.queue import add_to_set, create_review_set, set_agreement
from store import CaseSetRow
from tracecase.api.auth import allow, context
from tracecase.api.context import ApiContext
from tracecase.api.models import MembersBody, SetBody
from tracecase.api.tokens import Principal

router = APIRouter(prefix="/sets", tags=["sets"])
reviewer = allow("reviewer")


def _set(row: CaseSetRow) -> dict[str, Any]:
    return {
        "name": row.name,
        "kind": row.kind,
        "required_reviews": row.required_reviews,
        "description": row.description,
        "created_by": row.created_by,
        "created_at": row.created_at.isoformat(),
    }


@router.get("")
def list_sets(_: Principal = Depends(reviewer), ctx: ApiContext = Depends(context)) -> list[dict[str, Any]]:
    """Every case set (review sets and ``containment/NAME`` sets)."""
    with ctx.store.transaction() as session:
        return [_set(row) for row in list_case_sets(session)]


@router.post("", status_code=201)
def create(body: SetBody, caller: Principal = Depends(reviewer), ctx: ApiContext = Depends(context)) -> dict[str, Any]:
    with ctx.store.transaction() as session:
        row = create_review_set(
            session,
            body.name,
            required_reviews=body.required_reviews,
            by=caller.name,
            at=ctx.clock(),
            description=body.description,
        )
        return _set(row)


@router.get("/{name}")
def show(name: str, _: Principal = Depends(reviewer), ctx: ApiContext = Depends(context)) -> dict[str, Any]:
    """A review set and its case ids."""
    with ctx.store.transaction() as session:
        return {**_set(require_case_set(session, name)), "case_ids": set_members(session, name)}


@router.post("/{name}/members")
def add(
    name: str, body: MembersBody, caller: Principal = Depends(reviewer), ctx: ApiContext = Depends(context)
) -> dict[str, Any]:
    with ctx.store.transaction() as session:
        added = add_to_set(session, name, body.case_ids, by=caller.name, at=ctx.clock())
    return {"added": added}


@router.get("/{name}/agreement")
def agreement(name: str, _: Principal = Depends(reviewer), ctx: ApiContext = Depends(context)) -> dict[str, Any]:
    """Cohen's kappa (two reviewers) or Krippendorff's alpha, on the decision and per label; the
    adjudication queue (cases whose reviews disagree) and the cases still pending reviews."""
    with ctx.store.transaction() as session:
        return asdict(set_agreement(session, name, ctx.taxonomy))
