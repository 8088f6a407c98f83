"""A deterministic OpenAI-compatible HTTP server for driving real instrumentations offline.

It serves ``/v1/chat/completions`` (plain, and SSE streaming with ``stream_options.include_usage``),
``/v1/responses`` (non-streaming) and ``/v1/embeddings`` on ``127.0.0.1`` at an ephemeral port, from a
daemon thread. The answers
themselves are computed by :mod:`tracecase_sampleapp.stub_responses`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from tracecase_sampleapp._stub_server import JSONHandler, StubServer, sse_frame
from tracecase_sampleapp.stub_openai_responses import response
from tracecase_sampleapp.stub_responses import ERROR_MODELS, chat_chunks, chat_completion, embeddings


class _Handler(JSONHandler):
    def handle_json(self, body: dict[str, Any]) -> None:
        route = _ROUTES.get(self.path)
        if route is None:
            self.send_json(404, self.error_payload("invalid_request_error", f"Unknown path {self.path}"))
            return
        failure = ERROR_MODELS.get(str(body.get("model", "")))
        if failure is not None:
            status, error = failure
            self.send_json(status, {"error": error}, {"x-should-retry": "false"})
            return
        route(self, body)

    def do_GET(self) -> None:
        # Only POST endpoints are served; answer GETs (e.g. ``models.list``) like an unknown route.
        self.send_json(404, self.error_payload("invalid_request_error", f"Unknown path {self.path}"))

    def error_payload(self, kind: str, text: str) -> dict[str, Any]:
        return {"error": {"message": text, "type": kind}}

    def _chat(self, body: dict[str, Any]) -> None:
        if not body.get("stream"):
            self.send_json(200, chat_completion(body))
            return
        self.send_sse(_chat_frames(body))

    def _embeddings(self, body: dict[str, Any]) -> None:
        self.send_json(200, embeddings(body))

    def _responses(self, body: dict[str, Any]) -> None:
        self.send_json(200, response(body))


def _chat_frames(body: dict[str, Any]) -> Iterator[bytes]:
    yield from (sse_frame(event) for event in chat_chunks(body))
    yield b"data: [DONE]\n\n"


_ROUTES: dict[str, Callable[[_Handler, dict[str, Any]], None]] = {
    "/v1/chat/completions": _Handler._chat,
    "/v1/embeddings": _Handler._embeddings,
    "/v1/responses": _Handler._responses,
}


class StubOpenAIServer(StubServer):
    """The stub on ``127.0.0.1`` at an ephemeral port, served from a daemon thread.

    Use as a context manager; ``base_url`` is what ``openai.OpenAI(base_url=...)`` takes and
    ``requests`` records every ``(path, body)`` received, in order.
    """

    handler = _Handler
    thread_name = "stub-openai"
    url_path = "/v1"
