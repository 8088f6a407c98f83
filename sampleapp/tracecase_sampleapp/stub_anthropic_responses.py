"""The Anthropic stub's answers as pure functions of the request body, Messages API wire format.

Like :mod:`.stub_responses`: ids from the request's hash, tokens from its text, so tests predict exact
values. A ``system`` given as blocks with ``cache_control`` is reported as prompt-cache traffic: written
on a conversation's first turn, read on later ones (what the real API does within the cache TTL).
Magic model names fail on demand (:data:`ANTHROPIC_ERROR_MODELS`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from tracecase_sampleapp.stub_responses import _digest, _pick_tool, _tool_arguments, count_tokens

SNAPSHOT_SUFFIX = "-20250929"

# model name -> (HTTP status, Anthropic error body)
ANTHROPIC_ERROR_MODELS: dict[str, tuple[int, dict[str, Any]]] = {
    "error-429": (
        429,
        {
            "type": "error",
            "error": {
                "type": "rate_limit_error",
                "message": "Number of request tokens has exceeded your per-minute rate limit.",
            },
        },
    ),
    "error-529": (529, {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}),
}


def resolved_model(requested: str) -> str:
    return requested if requested.endswith(SNAPSHOT_SUFFIX) else requested + SNAPSHOT_SUFFIX


def _blocks(content: Any) -> list[dict[str, Any]]:
    return [{"type": "text", "text": content}] if isinstance(content, str) else list(content or [])


def _block_text(block: dict[str, Any]) -> str:
    if block.get("type") == "tool_result":
        return "\n".join(_block_text(b) for b in _blocks(block.get("content")))
    if block.get("type") == "tool_use":
        return json.dumps(block.get("input"), ensure_ascii=False)
    return str(block.get("text", ""))


def _text(content: Any) -> str:
    return "\n".join(_block_text(b) for b in _blocks(content))


def _assistant_content(body: dict[str, Any]) -> tuple[list[dict[str, Any]], str]:
    """The assistant content blocks and stop reason this request deterministically gets."""
    messages: list[dict[str, Any]] = body.get("messages") or []
    last = _blocks(messages[-1].get("content")) if messages else []
    results = [b for b in last if b.get("type") == "tool_result"]
    if results:
        return [
            {"type": "text", "text": "According to the tool, " + "; ".join(_block_text(b) for b in results)}
        ], "end_turn"
    user_text = _text(messages[-1].get("content")) if messages else ""
    # Anthropic tools are flat ({name, description, input_schema}); the OpenAI picker wants ``function``.
    offered = [{"function": {"name": t["name"], "parameters": t.get("input_schema")}} for t in body.get("tools") or []]
    function = _pick_tool(offered, user_text) if offered else None
    if function is not None:
        calls = _tool_arguments(function, user_text)
        return [
            {
                "type": "tool_use",
                "id": "toolu_" + _digest({"request": body, "call": i}),
                "name": function["name"],
                "input": arguments,
            }
            for i, arguments in enumerate(calls)
        ], "tool_use"
    return [{"type": "text", "text": f"Here is what I know about “{user_text.strip()}”."}], "end_turn"


def _usage(body: dict[str, Any], content: list[dict[str, Any]]) -> dict[str, int]:
    system = _blocks(body.get("system"))
    cached = sum(count_tokens(_block_text(b)) for b in system if b.get("cache_control"))
    uncached = sum(count_tokens(_block_text(b)) for b in system if not b.get("cache_control"))
    prompt = uncached + sum(3 + count_tokens(_text(m.get("content"))) for m in body.get("messages") or []) + 3
    first_turn = len(body.get("messages") or []) <= 1
    return {
        "input_tokens": prompt,  # Anthropic's input_tokens exclude both cache counters
        "output_tokens": sum(count_tokens(_block_text(b)) + (5 if b["type"] == "tool_use" else 0) for b in content),
        "cache_creation_input_tokens": cached if first_turn else 0,
        "cache_read_input_tokens": 0 if first_turn else cached,
    }


def message(body: dict[str, Any]) -> dict[str, Any]:
    """The non-streaming ``message`` answer to ``body``."""
    content, stop = _assistant_content(body)
    return {
        "id": "msg_" + _digest(body),
        "type": "message",
        "role": "assistant",
        "model": resolved_model(str(body.get("model", ""))),
        "content": content,
        "stop_reason": stop,
        "stop_sequence": None,
        "usage": _usage(body, content),
    }


def message_events(body: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """The SSE ``(event, data)`` stream for ``body``, in the order the real API sends them."""
    # Same answer (ids included) as the plain request: the ``stream`` flag is transport, not content.
    whole = message({key: value for key, value in body.items() if key != "stream"})
    usage = whole["usage"]
    start = whole | {"content": [], "stop_reason": None, "usage": usage | {"output_tokens": 1}}
    yield "message_start", {"type": "message_start", "message": start}
    for index, block in enumerate(whole["content"]):
        if block["type"] == "text":
            yield (
                "content_block_start",
                {"type": "content_block_start", "index": index, "content_block": {"type": "text", "text": ""}},
            )
            for piece in _pieces(block["text"]):
                yield (
                    "content_block_delta",
                    {"type": "content_block_delta", "index": index, "delta": {"type": "text_delta", "text": piece}},
                )
        else:
            yield (
                "content_block_start",
                {"type": "content_block_start", "index": index, "content_block": block | {"input": {}}},
            )
            yield (
                "content_block_delta",
                {
                    "type": "content_block_delta",
                    "index": index,
                    "delta": {
                        "type": "input_json_delta",
                        "partial_json": json.dumps(block["input"], ensure_ascii=False),
                    },
                },
            )
        yield "content_block_stop", {"type": "content_block_stop", "index": index}
    yield (
        "message_delta",
        {
            "type": "message_delta",
            "delta": {"stop_reason": whole["stop_reason"], "stop_sequence": None},
            "usage": {"output_tokens": usage["output_tokens"]},
        },
    )
    yield "message_stop", {"type": "message_stop"}


def _pieces(text: str) -> list[str]:
    words = text.split(" ")
    return [word + " " for word in words[:-1]] + [words[-1]]
