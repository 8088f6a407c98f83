"""Bearer-token authentication and role checks (FastAPI dependencies).

No or an unknown/revoked token: 401. A valid token whose role is not among an endpoint's roles: 403.
``admin`` may call every endpoint.
"""

from __future__ import annotations

from collections.abc import Callable

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from tracecase.api.context import ApiContext
from tracecase.api.tokens import Principal, authenticate

_bearer = HTTPBearer(auto_error=False, description="A token from `tracecase tokens create NAME --role ROLE`.")


def context(request: Request) -> ApiContext:
    ctx: ApiContext = request.app.state.context
    return ctx


def principal(request: Request, credentials: HTTPAuthorizationCredentials | None = Depends(_bearer)) -> Principal:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise HTTPException(401, "missing bearer token", headers={"WWW-Authenticate": "Bearer"})
    ctx = context(request)
    with ctx.store.transaction() as session:
        found = authenticate(session, credentials.credentials, now=ctx.clock())
    if found is None:
        raise HTTPException(401, "invalid or revoked token", headers={"WWW-Authenticate": "Bearer"})
    return found


def allow(*roles: str) -> Callable[[Principal], Principal]:
    """A dependency admitting ``roles`` (and admin); its result is the caller."""

    def check(caller: Principal = Depends(principal)) -> Principal:
        if caller.role != "admin" and caller.role not in roles:
            raise HTTPException(403, f"role {caller.role!r} may not do this (needs: {', '.join(roles) or 'admin'})")
        return caller

    check.roles = roles  # type: ignore[attr-defined]
    return check
