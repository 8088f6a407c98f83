"""Who may see a page and send a form: the session cookie, the API's role rule, and CSRF checks.

``page(*roles)`` is a page's dependency: no session -> 303 to the sign-in page (coming back afterwards);
a role outside ``roles`` (admin is never outside) -> the 403 page. ``form(*roles)`` adds, for a POST:
the form's ``csrf`` field must equal the session's secret, and a browser's ``Origin`` (when sent) must
be this server's; otherwise 403. The session cookie itself is ``SameSite=Strict``.
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import quote

from fastapi import Depends, Request
from starlette.datastructures import FormData

from tracecase.api.auth import context
from tracecase.web.sessions import COOKIE, Viewer, viewer_of


class SignInRequired(Exception):
    def __init__(self, next_path: str) -> None:
        super().__init__(next_path)
        self.next_path = next_path


class Forbidden(Exception):
    """The viewer's role may not do this (or a form failed its CSRF check)."""

    def __init__(self, viewer: Viewer | None, reason: str) -> None:
        super().__init__(reason)
        self.viewer = viewer
        self.reason = reason


@dataclass(frozen=True)
class Posted:
    viewer: Viewer
    form: FormData

    def text(self, name: str) -> str:
        value = self.form.get(name)
        return value.strip() if isinstance(value, str) else ""

    def optional(self, name: str) -> str | None:
        return self.text(name) or None

    def all(self, name: str) -> list[str]:
        return [v.strip() for v in self.form.getlist(name) if isinstance(v, str) and v.strip()]


def current_viewer(request: Request) -> Viewer | None:
    cookie = request.cookies.get(COOKIE)
    if not cookie:
        return None
    ctx = context(request)
    with ctx.store.transaction() as session:
        return viewer_of(session, cookie, now=ctx.clock())


def _where(request: Request) -> str:
    query = f"?{request.url.query}" if request.url.query else ""
    return quote(request.url.path + query, safe="/?=&")


def page(*roles: str) -> Callable[[Request], Viewer]:
    """Dependency: the signed-in viewer, if their role may see the page."""

    def check(request: Request) -> Viewer:
        viewer = current_viewer(request)
        if viewer is None:
            raise SignInRequired(_where(request) if request.method == "GET" else "/ui/")
        request.state.viewer = viewer
        if not viewer.may(*roles):
            raise Forbidden(viewer, f"the {viewer.role} role cannot open this page")
        return viewer

    return check


def form(*roles: str) -> Callable[..., Awaitable[Posted]]:
    """Dependency of a POST: the viewer (as ``page``) and the form, once its CSRF token and origin check out."""

    async def check(request: Request, viewer: Viewer = Depends(page(*roles))) -> Posted:
        origin = request.headers.get("origin")
        if origin is not None and origin != f"{request.url.scheme}://{request.url.netloc}":
            raise Forbidden(viewer, "the form came from another site")
        data = await request.form()
        sent = data.get("csrf")
        if not isinstance(sent, str) or not hmac.compare_digest(sent, viewer.csrf):
            raise Forbidden(viewer, "the form's security token is missing or stale; reload the page and retry")
        return Posted(viewer, data)

    return check
