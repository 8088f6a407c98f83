"""Response headers of the review pages (ASGI middleware), and the server time every page reports.

Everything under ``/ui`` gets a strict Content-Security-Policy (scripts and styles only from this
origin: no inline script, no inline style, nothing from elsewhere, no framing), ``nosniff``, a
referrer only to this site (``same-origin``: forms keep their ``Origin`` header, which the CSRF check
compares; ``no-referrer`` would make browsers send ``Origin: null``), and ``no-store`` for the pages
themselves. ``Server-Timing: app;dur=<ms>`` says how long the server took (the benchmark reads it).
The API keeps its own answers (``/docs`` loads Swagger UI).
"""

from __future__ import annotations

import time
from typing import Any

CSP = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
    ]
)
PREFIX = "/ui"
STATIC = "/ui/static/"

Message = dict[str, Any]


class PageHeaders:
    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or not (path == PREFIX or path.startswith(PREFIX + "/")):
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        static = path.startswith(STATIC)

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                elapsed = (time.perf_counter() - started) * 1000
                headers += [
                    (b"content-security-policy", CSP.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"same-origin"),
                    (b"x-frame-options", b"DENY"),
                    (b"cross-origin-opener-policy", b"same-origin"),
                    (b"server-timing", f"app;dur={elapsed:.1f}".encode()),
                ]
                if not static:
                    headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)
