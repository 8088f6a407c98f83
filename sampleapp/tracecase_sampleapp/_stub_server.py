"""What the OpenAI and Anthropic stubs share: a JSON-over-HTTP handler and its daemon-thread server.

A stub subclasses :class:`JSONHandler` (its ``handle_json`` answers a decoded, logged request body and
``error_payload`` shapes the provider's error body) and :class:`StubServer` (naming that handler).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar, Self

RequestLog = list[tuple[str, dict[str, Any]]]


class StubHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    requests: RequestLog


def sse_frame(data: Any, event: str | None = None) -> bytes:
    """One server-sent event: an optional ``event:`` line and a JSON ``data:`` line."""
    head = b"" if event is None else f"event: {event}\n".encode()
    return head + b"data: " + json.dumps(data, ensure_ascii=False).encode() + b"\n\n"


class JSONHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as the SDK clients' httpx pools expect
    server: StubHTTPServer

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        try:
            body = json.loads(self.rfile.read(length) or b"{}")
        except json.JSONDecodeError:
            self.send_json(400, self.error_payload("invalid_request_error", "Invalid JSON body."))
            return
        self.server.requests.append((self.path, body))
        self.handle_json(body)

    def handle_json(self, body: dict[str, Any]) -> None:
        raise NotImplementedError

    def error_payload(self, kind: str, text: str) -> dict[str, Any]:
        raise NotImplementedError

    def send_json(self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None) -> None:
        data = json.dumps(payload, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)

    def send_sse(self, frames: Iterable[bytes]) -> None:
        # No Content-Length: the stream ends when the connection closes.
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Connection", "close")
        self.end_headers()
        for frame in frames:
            self.wfile.write(frame)
        self.wfile.flush()
        self.close_connection = True

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: request lines would carry prompt text into stderr."""


class StubServer:
    """``handler`` on ``127.0.0.1`` at an ephemeral port, served from a daemon thread; a context manager.

    ``requests`` records every ``(path, body)`` received, in order.
    """

    handler: ClassVar[type[JSONHandler]]
    thread_name: ClassVar[str]
    url_path: ClassVar[str] = ""
    """Appended to ``http://host:port`` in ``base_url`` (what the SDK client's ``base_url`` expects)."""

    def __init__(self) -> None:
        self._server = StubHTTPServer(("127.0.0.1", 0), self.handler)
        self._server.requests = []
        self._thread = threading.Thread(target=self._server.serve_forever, name=self.thread_name, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}{self.url_path}"

    @property
    def requests(self) -> RequestLog:
        return self._server.requests

    def start(self) -> Self:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
