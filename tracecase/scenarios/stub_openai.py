"""A deterministic OpenAI-compatible HTTP server for driving real instrumentations offline.

It serves ``/v1/chat/completions`` (plain, and SSE streaming with ``stream_options.include_usage``)
and ``/v1/embeddings`` on ``127.0.0.1`` at an ephemeral port, from a daemon thread. The answers
themselves are computed by :mod:`tracecase.scenarios.stub_responses`.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tracecase.scenarios.stub_responses import ERROR_MODELS, chat_chunks, chat_completion, embeddings


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as the openai client's httpx pool expects
    server: _StubHTTPServer

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        try:
            body = json.loads(self.rfile.read(length) or b"{}")
        except json.JSONDecodeError:
            self._send_json(400, {"error": {"message": "Invalid JSON body.", "type": "invalid_request_error"}})
            return
        self.server.requests.append((self.path, body))
        route = _ROUTES.get(self.path)
        if route is None:
            self._send_json(404, {"error": {"message": f"Unknown path {self.path}", "type": "invalid_request_error"}})
            return
        failure = ERROR_MODELS.get(str(body.get("model", "")))
        if failure is not None:
            status, error = failure
            self._send_json(status, {"error": error}, {"x-should-retry": "false"})
            return
        route(self, body)

    def do_GET(self) -> None:
        # Only POST endpoints are served; answer GETs (e.g. ``models.list``) like an unknown route.
        self._send_json(404, {"error": {"message": f"Unknown path {self.path}", "type": "invalid_request_error"}})

    def _send_json(self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None) -> None:
        data = json.dumps(payload, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)

    def _chat(self, body: dict[str, Any]) -> None:
        if not body.get("stream"):
            self._send_json(200, chat_completion(body))
            return
        # No Content-Length: the stream ends when the connection closes.
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Connection", "close")
        self.end_headers()
        for event in chat_chunks(body):
            self.wfile.write(b"data: " + json.dumps(event, ensure_ascii=False).encode() + b"\n\n")
        self.wfile.write(b"data: [DONE]\n\n")
        self.wfile.flush()
        self.close_connection = True

    def _embeddings(self, body: dict[str, Any]) -> None:
        self._send_json(200, embeddings(body))

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: request lines would carry prompt text into stderr."""


_ROUTES: dict[str, Callable[[_Handler, dict[str, Any]], None]] = {
    "/v1/chat/completions": _Handler._chat,
    "/v1/embeddings": _Handler._embeddings,
}


class _StubHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    requests: list[tuple[str, dict[str, Any]]]


class StubOpenAIServer:
    """The stub on ``127.0.0.1`` at an ephemeral port, served from a daemon thread.

    Use as a context manager; ``base_url`` is what ``openai.OpenAI(base_url=...)`` takes and
    ``requests`` records every ``(path, body)`` received, in order.
    """

    def __init__(self) -> None:
        self._server = _StubHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.requests = []
        self._thread = threading.Thread(target=self._server.serve_forever, name="stub-openai", daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    @property
    def requests(self) -> list[tuple[str, dict[str, Any]]]:
        return self._server.requests

    def start(self) -> StubOpenAIServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> StubOpenAIServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
