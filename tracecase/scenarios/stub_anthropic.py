"""A deterministic Anthropic Messages API server (``POST /v1/messages``) for real instrumentations offline.

Serves plain and SSE-streamed messages on ``127.0.0.1`` at an ephemeral port from a daemon thread; the
answers come from :mod:`tracecase.scenarios.stub_anthropic_responses`. Same life cycle as
:class:`tracecase.scenarios.stub_openai.StubOpenAIServer`.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tracecase.scenarios.stub_anthropic_responses import ANTHROPIC_ERROR_MODELS, message, message_events

MESSAGES_PATH = "/v1/messages"


def _error(kind: str, text: str) -> dict[str, Any]:
    return {"type": "error", "error": {"type": kind, "message": text}}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as the anthropic client's httpx pool expects
    server: _StubHTTPServer

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        try:
            body = json.loads(self.rfile.read(length) or b"{}")
        except json.JSONDecodeError:
            self._send_json(400, _error("invalid_request_error", "Invalid JSON body."))
            return
        self.server.requests.append((self.path, body))
        # The client appends query strings (e.g. ``?beta=true``); route on the path alone.
        if self.path.split("?", 1)[0] != MESSAGES_PATH:
            self._send_json(404, _error("not_found_error", "Unknown path."))
            return
        failure = ANTHROPIC_ERROR_MODELS.get(str(body.get("model", "")))
        if failure is not None:
            self._send_json(*failure, headers={"x-should-retry": "false"})
            return
        if not body.get("stream"):
            self._send_json(200, message(body))
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Connection", "close")
        self.end_headers()
        for event, data in message_events(body):
            self.wfile.write(f"event: {event}\ndata: ".encode() + json.dumps(data, ensure_ascii=False).encode()
                             + b"\n\n")
        self.wfile.flush()
        self.close_connection = True

    def _send_json(self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None) -> None:
        data = json.dumps(payload, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: request lines would carry prompt text into stderr."""


class _StubHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    requests: list[tuple[str, dict[str, Any]]]


class StubAnthropicServer:
    """The stub as a context manager; ``base_url`` is what ``anthropic.Anthropic(base_url=...)`` takes."""

    def __init__(self) -> None:
        self._server = _StubHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.requests = []
        self._thread = threading.Thread(target=self._server.serve_forever, name="stub-anthropic", daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"  # the client adds /v1/messages itself

    @property
    def requests(self) -> list[tuple[str, dict[str, Any]]]:
        return self._server.requests

    def start(self) -> StubAnthropicServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> StubAnthropicServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
