"""Mounting the pages on the API's FastAPI app: routers, static files, headers, sign-in redirects and
the 403 page."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from tracecase.web.access import Forbidden, SignInRequired
from tracecase.web.pages import ROUTERS
from tracecase.web.render import render
from tracecase.web.security import PageHeaders

STATIC = Path(__file__).parent / "static"


def mount_pages(app: FastAPI) -> None:
    for router in ROUTERS:
        app.include_router(router)
    app.mount("/ui/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def root() -> Response:
        return RedirectResponse("/ui/", status_code=303)

    @app.exception_handler(SignInRequired)
    async def _sign_in(_: Request, exc: SignInRequired) -> Response:
        return RedirectResponse(f"/ui/signin?next={quote(exc.next_path, safe='')}", status_code=303)

    @app.exception_handler(Forbidden)
    async def _forbidden(request: Request, exc: Forbidden) -> Response:
        request.state.viewer = exc.viewer
        return render(request, "error.html", status_code=403, title="Not allowed", error=exc.reason)

    app.add_middleware(PageHeaders)
