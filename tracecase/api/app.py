"""The FastAPI application: routers, auth, body limit, error answers, OpenAPI docs at ``/docs``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from importlib.metadata import version

from fastapi import FastAPI

from casegen.flags import NoteRedactor
from store import TraceStore, utcnow
from tracecase.api.context import ApiContext
from tracecase.api.errors import install_error_handlers
from tracecase.api.limits import BodyLimit
from tracecase.api.routes import ROUTERS
from tracecase.settings import Settings
from tracecase.web import mount_pages

DESCRIPTION = """Review evaluation cases made from redacted production traces.

Authenticate with `Authorization: Bearer <token>` (tokens: `tracecase tokens create NAME --role ROLE`).
Roles: **support** (flags), **reviewer** (cases, claims, groups, sets, datasets, traces, coverage, ingest
health), **responder** (containment sets, coverage, ingest health), **admin** (everything, plus tokens, rules
and the audit log). The same tokens sign in to the review pages at `/ui`. No token: 401; another role: 403; a
write based on an old case revision: 409 with `current_revision`; bad input: 422; body too large: 413.
Lists are paginated (`limit`, and `after` = the previous page's `next` for cases).
Everything served is redacted as stored."""


def create_app(
    settings: Settings,
    store: TraceStore,
    *,
    redactor: NoteRedactor | None = None,
    clock: Callable[[], datetime] = utcnow,
) -> FastAPI:
    """The API over ``store``; ``redactor`` (notes) defaults to the service's redactor, built now."""
    from tracecase.service import build_redactor, load_rule_set, load_taxonomy

    app = FastAPI(title="tracecase", version=version("tracecase"), description=DESCRIPTION)
    app.state.context = ApiContext(
        settings=settings,
        store=store,
        taxonomy=load_taxonomy(settings),
        rules=load_rule_set(settings),
        redactor=redactor if redactor is not None else build_redactor(settings),
        clock=clock,
    )
    install_error_handlers(app)
    for router in ROUTERS:
        app.include_router(router)
    mount_pages(app)  # the review pages, /ui
    app.add_middleware(BodyLimit, max_bytes=settings.api_max_body_bytes)
    return app
