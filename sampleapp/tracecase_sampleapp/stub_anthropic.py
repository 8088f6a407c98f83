"""A deterministic Anthropic Messages API server (``POST /v1/messages``) for real instrumentations offline.

Serves plain and SSE-streamed messages on ``127.0.0.1`` at an ephemeral port from a daemon thread; the
answers come from :mod:`tracecase_sampleapp.stub_anthropic_responses`. Same life cycle as
:class:`tracecase_sampleapp.stub_openai.StubOpenAIServer` (both are :class:`._stub_server.StubServer`).
"""

from __future__ import annotations

from typing import Any

from tracecase_sampleapp._stub_server import JSONHandler, StubServer, sse_frame
from tracecase_sampleapp.stub_anthropic_responses import ANTHROPIC_ERROR_MODELS, message, message_events

MESSAGES_PATH = "/v1/messages"


class _Handler(JSONHandler):
    def handle_json(self, body: dict[str, Any]) -> None:
        # The client appends query strings (e.g. ``?beta=true``); route on the path alone.
        if self.path.split("?", 1)[0] != MESSAGES_PATH:
            self.send_json(404, self.error_payload("not_found_error", "Unknown path."))
            return
        failure = ANTHROPIC_ERROR_MODELS.get(str(body.get("model", "")))
        if failure is not None:
            self.send_json(*failure, headers={"x-should-retry": "false"})
            return
        if not body.get("stream"):
            self.send_json(200, message(body))
            return
        self.send_sse(sse_frame(data, event) for event, data in message_events(body))

    def error_payload(self, kind: str, text: str) -> dict[str, Any]:
        return {"type": "error", "error": {"type": kind, "message": text}}


class StubAnthropicServer(StubServer):
    """The stub as a context manager; ``base_url`` is what ``anthropic.Anthropic(base_url=...)`` takes
    (the client adds ``/v1/messages`` itself)."""

    handler = _Handler
    thread_name = "stub-anthropic"
