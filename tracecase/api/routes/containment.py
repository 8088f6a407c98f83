"""``/containment``: incident containment sets (responder): preview, freeze a version, versions, diff."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query

from casegen.containment import (
    Definition,
    check_filters,
    containment_sets,
    diff_versions,
    freeze,
    get_version,
    members,
    preview,
    versions,
)
from tracecase.api.auth import allow, context
from tracecase.api.context import ApiContext
from tracecase.api.models import ContainmentBody, DefinitionBody
from tracecase.api.tokens import Principal

router = APIRouter(prefix="/containment", tags=["containment"])
responder = allow("responder")


def _definition(body: DefinitionBody) -> Definition:
    return Definition(body.since, body.until, check_filters(body.where))


@router.get("")
def list_sets(_: Principal = Depends(responder), ctx: ApiContext = Depends(context)) -> list[dict[str, Any]]:
    with ctx.store.transaction() as session:
        return [{"name": name, "latest_version": latest} for name, latest in containment_sets(session)]


@router.post("/preview")
def preview_definition(
    body: DefinitionBody,
    sample: int = Query(default=10, ge=0, le=100),
    _: Principal = Depends(responder),
    ctx: ApiContext = Depends(context),
) -> dict[str, Any]:
    """How many stored traces the window and filters match now, and a sample of their ids."""
    with ctx.store.transaction() as session:
        count, ids = preview(session, _definition(body), sample=sample)
    return {"count": count, "sample": ids}


@router.post("", status_code=201)
def create(
    body: ContainmentBody, caller: Principal = Depends(responder), ctx: ApiContext = Depends(context)
) -> dict[str, Any]:
    """Freeze the matching traces into the next version (the latest one if the definition is unchanged)."""
    with ctx.store.transaction() as session:
        result = freeze(session, body.name, _definition(body), by=caller.name, at=ctx.clock())
    return {**result.version.summary(), "created": result.created}


@router.get("/{name}")
def show(name: str, _: Principal = Depends(responder), ctx: ApiContext = Depends(context)) -> list[dict[str, Any]]:
    """Every version of a containment set."""
    with ctx.store.transaction() as session:
        found = versions(session, name)
    return [v.summary() for v in found]


@router.get("/{name}/versions/{version}")
def show_version(
    name: str,
    version: int,
    limit: int = Query(default=100, ge=1, le=1000),
    offset: int = Query(default=0, ge=0),
    _: Principal = Depends(responder),
    ctx: ApiContext = Depends(context),
) -> dict[str, Any]:
    """A version's definition and its traces with their case ids (paginated by offset)."""
    with ctx.store.transaction() as session:
        found = get_version(session, name, version)
        pairs = members(session, name, version)
    page = [{"trace_id": t, "case_id": c} for t, c in pairs[offset : offset + limit]]
    return {**found.summary(), "members": page, "offset": offset, "limit": limit}


@router.get("/{name}/diff")
def diff(
    name: str,
    from_version: int = Query(ge=1),
    to_version: int = Query(ge=1),
    _: Principal = Depends(responder),
    ctx: ApiContext = Depends(context),
) -> dict[str, Any]:
    """Trace ids added and removed from one version to another."""
    with ctx.store.transaction() as session:
        found = diff_versions(session, name, from_version, to_version)
    return {"from_version": from_version, "to_version": to_version, "added": found.added, "removed": found.removed}
