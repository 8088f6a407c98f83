"""Templates (Jinja2, autoescaped: text from traces is always escaped) and the filters pages use.

``highlight`` is the one filter that returns markup: it escapes the text itself and wraps each redaction
placeholder (``<PERSON_3f9a2c>``, ``<EMAIL_ADDRESS_1>``) in a ``mark`` naming its entity type.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from casegen.cases import PLACEHOLDER

STATUS_ICONS = {
    "candidate": "◌",
    "accepted": "✓",
    "rejected": "✗",
    "duplicate": "⧉",
    "waiting": "…",
    "applied": "✓",
    "expired": "⌛",
    "running": "✓",
    "stale": "⚠",
    "stopped": "■",
    "decided": "✓",
    "pending": "…",
    "disagreement": "⚠",
}


_MARK = Markup('<mark class="pii" title="redacted {entity}"><span class="pii-type">{entity}</span>{placeholder}</mark>')


def highlight(value: Any) -> Markup:
    """Escaped text with each redaction placeholder marked with its entity type (JSON for non-strings)."""
    if value is None:
        return Markup("")
    text = value if isinstance(value, str) else json.dumps(value, indent=2, ensure_ascii=False, default=str)
    parts: list[Markup] = []
    last = 0
    for match in PLACEHOLDER.finditer(text):
        parts.append(escape(text[last : match.start()]))
        parts.append(_MARK.format(entity=match.group(1), placeholder=match.group(0)))
        last = match.end()
    parts.append(escape(text[last:]))
    return Markup("").join(parts)


def when(value: datetime | str | None) -> Markup:
    """A ``time`` element: ``2026-12-06 10:42 UTC``."""
    if value is None:
        return Markup("—")
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return Markup('<time datetime="{}">{}</time>').format(moment.isoformat(), moment.strftime("%Y-%m-%d %H:%M UTC"))


def status(value: str) -> Markup:
    """A status as icon and text (never colour alone)."""
    icon = STATUS_ICONS.get(value, "•")
    return Markup('<span class="status status-{0}"><span aria-hidden="true">{1}</span> {0}</span>').format(value, icon)


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def pretty(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, indent=2, ensure_ascii=False, default=str)


_ENV = Environment(
    loader=PackageLoader("tracecase.web", "templates"),
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_ENV.filters.update(highlight=highlight, when=when, status=status, percent=percent, pretty=pretty)


def render(request: Request, template: str, *, status_code: int = 200, **context: Any) -> HTMLResponse:
    """Render a page; every template gets the request, the viewer (or None) and the page's name."""
    context.setdefault("viewer", getattr(request.state, "viewer", None))
    context.setdefault("notice", None)
    context.setdefault("error", None)
    html = _ENV.get_template(template).render(request=request, **context)
    return HTMLResponse(html, status_code=status_code)
