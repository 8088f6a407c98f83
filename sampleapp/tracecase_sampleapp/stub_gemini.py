"""A deterministic Gemini API (``generateContent``) server for driving google-genai / ADK offline.

Serves ``POST /v1beta/models/{model}:generateContent`` on ``127.0.0.1`` at an ephemeral port. The
request is read as the equivalent OpenAI chat request (system instruction, contents with
``functionCall``/``functionResponse`` parts, function declarations) and answered by the same pure
functions as the OpenAI stub (:mod:`tracecase_sampleapp.stub_responses`), translated back into a
Gemini response: text or ``functionCall`` parts (without ids, as the Gemini API answers), a finish
reason and ``usageMetadata``. ``error-429`` fails like a quota error.
"""

from __future__ import annotations

import json
import re
from typing import Any

from tracecase_sampleapp._stub_server import JSONHandler, StubServer
from tracecase_sampleapp.stub_responses import ERROR_MODELS, chat_completion

_ROUTE = re.compile(r"^/v1beta/models/(?P<model>[^/:]+):generateContent$")
_FINISH = {"stop": "STOP", "tool_calls": "STOP", "length": "MAX_TOKENS"}


def _field(data: dict[str, Any], camel: str, snake: str) -> Any:
    return data[camel] if camel in data else data.get(snake)


def openai_request(model: str, body: dict[str, Any]) -> dict[str, Any]:
    """The OpenAI chat request a ``generateContent`` body stands for."""
    messages: list[dict[str, Any]] = []
    system = _field(body, "systemInstruction", "system_instruction")
    if isinstance(system, dict):
        text = "\n".join(p.get("text", "") for p in system.get("parts") or [] if isinstance(p, dict))
        messages.append({"role": "system", "content": text})
    for content in body.get("contents") or []:
        role = "assistant" if content.get("role") == "model" else "user"
        texts: list[str] = []
        calls: list[dict[str, Any]] = []
        for part in content.get("parts") or []:
            if "text" in part:
                texts.append(part["text"])
            call = _field(part, "functionCall", "function_call")
            if call:
                calls.append(
                    {
                        "id": call.get("id") or f"gemini_{len(calls)}",
                        "type": "function",
                        "function": {"name": call["name"], "arguments": json.dumps(call.get("args") or {})},
                    }
                )
            response = _field(part, "functionResponse", "function_response")
            if response:
                messages.append(
                    {
                        "role": "tool",
                        "tool_call_id": response.get("id"),
                        "content": json.dumps(response.get("response"), ensure_ascii=False),
                    }
                )
        if texts or calls:
            turn: dict[str, Any] = {"role": role, "content": "".join(texts) or None}
            messages.append({**turn, "tool_calls": calls} if calls else turn)
    tools = [
        {
            "type": "function",
            "function": {
                "name": d["name"],
                "description": d.get("description"),
                "parameters": _field(d, "parameters", "parameters_json_schema") or {},
            },
        }
        for tool in body.get("tools") or []
        for d in _field(tool, "functionDeclarations", "function_declarations") or []
    ]
    return {"model": model, "messages": messages, **({"tools": tools} if tools else {})}


def generate_content(model: str, body: dict[str, Any]) -> dict[str, Any]:
    """The ``GenerateContentResponse`` to ``body`` (the OpenAI stub's answer in Gemini's shape)."""
    answer = chat_completion(openai_request(model, body))
    choice = answer["choices"][0]
    message = choice["message"]
    parts: list[dict[str, Any]] = []
    if message.get("content"):
        parts.append({"text": message["content"]})
    for call in message.get("tool_calls") or []:
        parts.append(
            {"functionCall": {"name": call["function"]["name"], "args": json.loads(call["function"]["arguments"])}}
        )
    usage = answer["usage"]
    return {
        "candidates": [
            {"content": {"role": "model", "parts": parts}, "finishReason": _FINISH[choice["finish_reason"]], "index": 0}
        ],
        "usageMetadata": {
            "promptTokenCount": usage["prompt_tokens"],
            "candidatesTokenCount": usage["completion_tokens"],
            "totalTokenCount": usage["total_tokens"],
        },
        "modelVersion": model,
        "responseId": answer["id"],
    }


class _Handler(JSONHandler):
    def handle_json(self, body: dict[str, Any]) -> None:
        match = _ROUTE.match(self.path.split("?", 1)[0])
        if match is None:
            self.send_json(404, self.error_payload("NOT_FOUND", f"Unknown path {self.path}"))
            return
        model = match.group("model")
        if model in ERROR_MODELS:
            status, error = ERROR_MODELS[model]
            self.send_json(status, self.error_payload("RESOURCE_EXHAUSTED", error["message"], status))
            return
        self.send_json(200, generate_content(model, body))

    def error_payload(self, kind: str, text: str, code: int = 400) -> dict[str, Any]:
        return {"error": {"code": code, "message": text, "status": kind}}


class StubGeminiServer(StubServer):
    """The Gemini stub; ``base_url`` is what ``google.genai`` ``HttpOptions(base_url=...)`` (or ADK's
    ``Gemini(base_url=...)``) takes and ``requests`` records every ``(path, body)`` received."""

    handler = _Handler
    thread_name = "stub-gemini"
