"""``/tokens``: API tokens (admin). A new token is in the creation answer only; it is stored hashed."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter, Depends

from tracecase.api.auth import allow, context
from tracecase.api.context import ApiContext
from tracecase.api.models import TokenBody
from tracecase.api.tokens import create_token, list_tokens, revoke_token

router = APIRouter(prefix="/tokens", tags=["admin"])
admin = allow()


@router.get("")
def tokens(_: Any = Depends(admin), ctx: ApiContext = Depends(context)) -> list[dict[str, Any]]:
    with ctx.store.transaction() as session:
        return [asdict(t) for t in list_tokens(session)]


@router.post("", status_code=201)
def create(body: TokenBody, caller: Any = Depends(admin), ctx: ApiContext = Depends(context)) -> dict[str, Any]:
    with ctx.store.transaction() as session:
        token = create_token(session, body.name, body.role, by=caller.name, at=ctx.clock())
    return {"name": body.name, "role": body.role, "token": token}


@router.delete("/{name}")
def revoke(name: str, caller: Any = Depends(admin), ctx: ApiContext = Depends(context)) -> dict[str, Any]:
    with ctx.store.transaction() as session:
        return asdict(revoke_token(session, name, by=caller.name, at=ctx.clock()))
