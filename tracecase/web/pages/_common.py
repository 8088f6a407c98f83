"""What the page modules share: the router options, redirects after a POST, refusals as page messages."""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError

from casegen.exceptions import CaseClaimedError, CaseConflictError, CaseNotFoundError, InputError, ReviewError
from schemas.errors import TracecaseError
from store import StoreUnavailableError
from tracecase.web.render import render

ROUTER_OPTIONS = {"prefix": "/ui", "include_in_schema": False}

NOTICES = {
    "accepted": "Case accepted.",
    "rejected": "Case rejected.",
    "saved": "Saved.",
    "claimed": "You claimed this case; nobody else can decide or edit it until your claim lapses.",
    "released": "Claim released.",
    "pending": "Your review is recorded; the case waits for the other reviews its review set requires.",
    "disagreement": "Your review is recorded; the reviews disagree, so the case went to adjudication.",
    "flagged": "Flag recorded.",
    "frozen": "Containment version frozen.",
    "unchanged": "Same window and filters as the latest version: no new version.",
    "set_created": "Review set created.",
    "set_added": "Case added to the review set.",
    "queue_empty": "No unclaimed candidate is left for you under these filters.",
    "dataset_created": "Dataset created.",
    "version_frozen": "Version frozen.",
    "version_unchanged": "The members are at the same revisions as in the latest version: no new version.",
    "members_added": "Cases added; the next version freezes them.",
    "member_removed": "Case removed; the next version leaves it out.",
}


def redirect(path: str, query: Mapping[str, str | int | None] | None = None) -> RedirectResponse:
    """303 See Other (a POST's answer): the browser GETs ``path``."""
    pairs = {k: v for k, v in (query or {}).items() if v is not None}
    return RedirectResponse(path + (f"?{urlencode(pairs)}" if pairs else ""), status_code=303)


def notice(done: str | None) -> str | None:
    return NOTICES.get(done or "")


def refusal(exc: Exception) -> tuple[int, str]:
    """The HTTP status and message a page shows for a refused action (the API's statuses)."""
    if isinstance(exc, CaseClaimedError | CaseConflictError):
        return 409, str(exc)
    if isinstance(exc, CaseNotFoundError):
        return 404, str(exc)
    if isinstance(exc, InputError):
        return 422, str(exc)
    if isinstance(exc, ValidationError):
        # Never the input itself (it may quote a customer): only which field and what is wrong.
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first.get("loc", ()))
        return 422, f"{where}: {first.get('msg', 'invalid')}"
    if isinstance(exc, StoreUnavailableError):
        return 503, "the store is unavailable; retry later"
    if isinstance(exc, ReviewError | TracecaseError):
        return 400, str(exc)
    raise exc


def refused_page(request: Request, exc: Exception, title: str) -> Response:
    """The error page for a refused request, with the API's status."""
    status_code, message = refusal(exc)
    return render(request, "error.html", status_code=status_code, title=title, error=message)


REFUSED = (TracecaseError, ValidationError)
"""What a page action catches and shows as a message; anything else is a bug (500)."""
