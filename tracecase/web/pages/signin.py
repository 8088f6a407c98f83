"""Sign-in with an API token, sign-out, and each role's start page."""

from __future__ import annotations

import hmac
import secrets
from datetime import timedelta

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response

from tracecase.api.auth import context
from tracecase.api.context import ApiContext
from tracecase.api.tokens import ROLES
from tracecase.web.access import Posted, current_viewer, form
from tracecase.web.pages._common import ROUTER_OPTIONS, redirect
from tracecase.web.render import render
from tracecase.web.sessions import COOKIE, sign_in, sign_out

router = APIRouter(**ROUTER_OPTIONS)  # type: ignore[arg-type]
SIGNIN_COOKIE = "tracecase_signin"
"""Login CSRF: the sign-in form carries the value of this short-lived cookie (double submit)."""
HOME = {"support": "/ui/flags", "reviewer": "/ui/queue", "responder": "/ui/containment", "admin": "/ui/queue"}


def _safe_next(value: str | None) -> str | None:
    """Only a path of these pages (never another site: no ``//host``, no scheme)."""
    if value and value.startswith("/ui/") and not value.startswith("//") and "\\" not in value:
        return value
    return None


def _secure(request: Request) -> bool:
    return request.url.scheme == "https"


@router.get("/signin")
def signin_page(request: Request, next: str | None = None) -> Response:
    nonce = secrets.token_urlsafe(24)
    response = render(request, "signin.html", nonce=nonce, next=_safe_next(next), viewer=None)
    response.set_cookie(
        SIGNIN_COOKIE, nonce, max_age=600, path="/ui/signin", httponly=True, samesite="strict", secure=_secure(request)
    )
    return response


@router.post("/signin")
async def signin(request: Request) -> Response:
    ctx: ApiContext = context(request)
    data = await request.form()
    token, nonce, next_path = data.get("token"), data.get("nonce"), _safe_next(str(data.get("next") or ""))
    expected = request.cookies.get(SIGNIN_COOKIE)
    if not isinstance(nonce, str) or not expected or not hmac.compare_digest(nonce, expected):
        return _signin_again(request, 403, "The sign-in form expired; try again.", next_path)
    if not isinstance(token, str) or not token.strip():
        return _signin_again(request, 422, "Paste your API token.", next_path)
    lifetime = timedelta(hours=ctx.settings.web_session_hours)
    with ctx.store.transaction() as session:
        opened = sign_in(session, token, now=ctx.clock(), lifetime=lifetime)
    if opened is None:
        return _signin_again(request, 401, "That token is not valid (unknown, mistyped or revoked).", next_path)
    cookie, viewer = opened
    response = RedirectResponse(next_path or HOME[viewer.role], status_code=303)
    response.set_cookie(
        COOKIE,
        cookie,
        max_age=int(lifetime.total_seconds()),
        path="/ui",
        httponly=True,
        samesite="strict",
        secure=_secure(request),
    )
    response.delete_cookie(SIGNIN_COOKIE, path="/ui/signin", httponly=True, samesite="strict", secure=_secure(request))
    return response


def _signin_again(request: Request, status_code: int, message: str, next_path: str | None) -> Response:
    nonce = secrets.token_urlsafe(24)
    response = render(
        request, "signin.html", status_code=status_code, nonce=nonce, next=next_path, error=message, viewer=None
    )
    response.set_cookie(
        SIGNIN_COOKIE, nonce, max_age=600, path="/ui/signin", httponly=True, samesite="strict", secure=_secure(request)
    )
    return response


@router.post("/signout")
def signout(request: Request, posted: Posted = Depends(form(*ROLES))) -> Response:
    ctx: ApiContext = context(request)
    cookie = request.cookies.get(COOKIE, "")
    with ctx.store.transaction() as session:
        sign_out(session, cookie, now=ctx.clock())
    response = redirect("/ui/signin")
    response.delete_cookie(COOKIE, path="/ui", httponly=True, samesite="strict", secure=_secure(request))
    return response


@router.get("")
@router.get("/")
def home(request: Request) -> Response:
    viewer = current_viewer(request)
    if viewer is None:
        return redirect("/ui/signin")
    return redirect(HOME[viewer.role])
