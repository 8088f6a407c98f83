"""The OpenAI stub's ``/v1/responses`` answers: the Responses API read as the equivalent chat request.

A Responses request (``instructions``, ``input`` items: messages, ``function_call``,
``function_call_output``; flat ``function`` tools) is translated into a chat request, answered by
:func:`tracecase_sampleapp.stub_responses.chat_completion`, and the answer translated back into a
``response`` object (``message`` with ``output_text``, or ``function_call`` items) with Responses usage.
"""

from __future__ import annotations

import json
from typing import Any

from tracecase_sampleapp.stub_responses import CREATED, chat_completion


def _text(content: Any) -> str:
    if isinstance(content, list):
        return "".join(str(part.get("text", "")) for part in content if isinstance(part, dict))
    return content if isinstance(content, str) else ""


def chat_request(body: dict[str, Any]) -> dict[str, Any]:
    """The chat request a Responses request stands for."""
    messages: list[dict[str, Any]] = []
    if body.get("instructions"):
        messages.append({"role": "system", "content": body["instructions"]})
    items = body.get("input")
    for item in [{"role": "user", "content": items}] if isinstance(items, str) else items or []:
        kind = item.get("type", "message")
        if kind == "message":
            role = "system" if item.get("role") == "developer" else item.get("role", "user")
            messages.append({"role": role, "content": _text(item.get("content"))})
        elif kind == "function_call":
            call = {
                "id": item["call_id"],
                "type": "function",
                "function": {"name": item["name"], "arguments": item.get("arguments", "")},
            }
            if messages and messages[-1]["role"] == "assistant" and messages[-1].get("tool_calls"):
                messages[-1]["tool_calls"].append(call)
            else:
                messages.append({"role": "assistant", "content": None, "tool_calls": [call]})
        elif kind == "function_call_output":
            output = item.get("output")
            messages.append(
                {
                    "role": "tool",
                    "tool_call_id": item["call_id"],
                    "content": output if isinstance(output, str) else json.dumps(output),
                }
            )
    tools = [
        {"type": "function", "function": {k: t.get(k) for k in ("name", "description", "parameters")}}
        for t in body.get("tools") or []
        if t.get("type") == "function"
    ]
    return {"model": body.get("model"), "messages": messages, **({"tools": tools} if tools else {})}


def response(body: dict[str, Any]) -> dict[str, Any]:
    """The ``response`` object answering ``body``."""
    answer = chat_completion(chat_request(body))
    message = answer["choices"][0]["message"]
    suffix = answer["id"].removeprefix("chatcmpl-")
    output: list[dict[str, Any]] = []
    if message.get("content"):
        output.append(
            {
                "type": "message",
                "id": f"msg_{suffix}",
                "status": "completed",
                "role": "assistant",
                "content": [{"type": "output_text", "text": message["content"], "annotations": []}],
            }
        )
    for index, call in enumerate(message.get("tool_calls") or []):
        output.append(
            {
                "type": "function_call",
                "id": f"fc_{suffix}_{index}",
                "call_id": call["id"],
                "name": call["function"]["name"],
                "arguments": call["function"]["arguments"],
                "status": "completed",
            }
        )
    usage = answer["usage"]
    return {
        "id": f"resp_{suffix}",
        "object": "response",
        "created_at": CREATED,
        "status": "completed",
        "model": answer["model"],
        "output": output,
        "parallel_tool_calls": True,
        "tool_choice": "auto",
        "tools": body.get("tools") or [],
        "instructions": body.get("instructions"),
        "error": None,
        "incomplete_details": None,
        "metadata": {},
        "temperature": 1.0,
        "top_p": 1.0,
        "text": {"format": {"type": "text"}},
        "usage": {
            "input_tokens": usage["prompt_tokens"],
            "output_tokens": usage["completion_tokens"],
            "total_tokens": usage["total_tokens"],
            "input_tokens_details": {"cached_tokens": 0},
            "output_tokens_details": {"reasoning_tokens": 0},
        },
    }
