"""The stub's answers as pure functions of the request body (no I/O), OpenAI wire format.

Every answer is derived from the request alone (ids from its hash, tokens from its text), so tests
can predict exact values. Magic model names fail on demand: ``error-429`` answers like a rate
limit, ``error-500`` like a server fault (see :data:`ERROR_MODELS`).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import struct
from collections.abc import Iterator
from typing import Any

# Requested model -> resolved snapshot, the way the real API reports the model it actually used.
SNAPSHOT_SUFFIX = "-2024-07-18"
CREATED = 1_721_260_800  # fixed `created` timestamp keeps responses byte-for-byte reproducible
EMBEDDING_DIMENSIONS = 8
MAX_PARALLEL_CALLS = 3

# model name -> (HTTP status, OpenAI error body)
ERROR_MODELS: dict[str, tuple[int, dict[str, Any]]] = {
    "error-429": (
        429,
        {
            "message": "Rate limit reached for requests per minute. Please try again in 20s.",
            "type": "requests",
            "param": None,
            "code": "rate_limit_exceeded",
        },
    ),
    "error-500": (
        500,
        {
            "message": "The server had an error while processing your request.",
            "type": "server_error",
            "param": None,
            "code": None,
        },
    ),
}

_WORD = re.compile(r"\w+|[^\w\s]", re.UNICODE)
_CAPITALIZED = re.compile(r"\b([A-ZÀ-Ý][\w'-]+)")


def count_tokens(text: str) -> int:
    """A stable stand-in for a tokenizer: words and punctuation marks count one each."""
    return len(_WORD.findall(text))


def resolved_model(requested: str) -> str:
    return requested if requested.endswith(SNAPSHOT_SUFFIX) else requested + SNAPSHOT_SUFFIX


def _digest(body: dict[str, Any], size: int = 24) -> str:
    raw = json.dumps(body, sort_keys=True, ensure_ascii=False).encode()
    return hashlib.sha256(raw).hexdigest()[:size]


def _text_of(message: dict[str, Any]) -> str:
    content = message.get("content")
    if isinstance(content, list):  # content parts
        return "\n".join(str(part.get("text", "")) for part in content if isinstance(part, dict))
    return content if isinstance(content, str) else ""


def _pick_tool(tools: list[dict[str, Any]], user_text: str) -> dict[str, Any] | None:
    """The first offered function whose name (minus verbs like ``get``) is mentioned by the user."""
    words = {w.lower() for w in _WORD.findall(user_text)}
    for tool in tools:
        function = tool.get("function") or {}
        name = str(function.get("name", ""))
        keywords = [part for part in name.lower().split("_") if part not in {"get", "set", "lookup", "fetch"}]
        if keywords and any(k in words for k in keywords):
            return function
    return None


def _tool_arguments(function: dict[str, Any], user_text: str) -> list[dict[str, Any]]:
    """One argument set per proper noun in the request (parallel calls), else the request itself.

    Proper nouns are capitalized words other than the first; each fills every required parameter.
    """
    names = list(dict.fromkeys(_CAPITALIZED.findall(user_text, 1)))[:MAX_PARALLEL_CALLS]
    params = function.get("parameters") or {}
    required = params.get("required") or list((params.get("properties") or {}).keys())[:1]
    return [{str(key): value for key in required} for value in names or [user_text.strip()]]


def _assistant_turn(body: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """The assistant message and finish reason this request deterministically gets."""
    messages: list[dict[str, Any]] = body.get("messages") or []
    last = messages[-1] if messages else {}
    tools = body.get("tools") or []
    if last.get("role") == "user" and tools:
        function = _pick_tool(tools, _text_of(last))
        if function is not None:
            calls = [
                {
                    "id": "call_" + _digest({"request": body, "call": index}),
                    "type": "function",
                    "function": {"name": function["name"], "arguments": json.dumps(arguments, ensure_ascii=False)},
                }
                for index, arguments in enumerate(_tool_arguments(function, _text_of(last)))
            ]
            return {"role": "assistant", "content": None, "tool_calls": calls}, "tool_calls"
    if last.get("role") == "tool":
        # Answer from every tool result since the last assistant turn (parallel calls answer together).
        results: list[str] = []
        for message in reversed(messages):
            if message.get("role") != "tool":
                break
            results.insert(0, _text_of(message))
        text = "According to the tool, " + "; ".join(results)
    else:
        text = f"Here is what I know about “{_text_of(last).strip()}”."
    return {"role": "assistant", "content": text}, "stop"


def _usage(body: dict[str, Any], message: dict[str, Any]) -> dict[str, Any]:
    prompt = sum(3 + count_tokens(_text_of(m)) for m in body.get("messages") or []) + 3
    completion = count_tokens(message.get("content") or "") + sum(
        5 + count_tokens(call["function"]["arguments"]) for call in message.get("tool_calls") or []
    )
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
        "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
        "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0},
    }


def chat_completion(body: dict[str, Any]) -> dict[str, Any]:
    """The non-streaming ``chat.completion`` answer to ``body``."""
    message, finish = _assistant_turn(body)
    return {
        "id": "chatcmpl-" + _digest(body),
        "object": "chat.completion",
        "created": CREATED,
        "model": resolved_model(str(body.get("model", ""))),
        "system_fingerprint": "fp_stub",
        "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": finish}],
        "usage": _usage(body, message),
    }


def chat_chunks(body: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The ``chat.completion.chunk`` stream for ``body``: role, content pieces, finish, then usage."""
    whole = chat_completion(body)
    message = whole["choices"][0]["message"]
    base = {k: whole[k] for k in ("id", "created", "model", "system_fingerprint")} | {"object": "chat.completion.chunk"}

    def chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
        return base | {"choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]}

    yield chunk({"role": "assistant", "content": ""})
    for piece in re.findall(r"\S+\s*", message.get("content") or ""):
        yield chunk({"content": piece})
    for index, call in enumerate(message.get("tool_calls") or []):
        yield chunk(
            {
                "tool_calls": [
                    {
                        "index": index,
                        "id": call["id"],
                        "type": "function",
                        "function": {"name": call["function"]["name"], "arguments": ""},
                    }
                ]
            }
        )
        yield chunk({"tool_calls": [{"index": index, "function": {"arguments": call["function"]["arguments"]}}]})
    yield chunk({}, whole["choices"][0]["finish_reason"])
    if (body.get("stream_options") or {}).get("include_usage"):
        yield base | {"choices": [], "usage": whole["usage"]}


def embedding_vector(text: str, dimensions: int = EMBEDDING_DIMENSIONS) -> list[float]:
    """A unit-length vector derived from the text's hash."""
    seed = hashlib.sha256(text.encode()).digest()
    raw = [(seed[i % len(seed)] - 127.5) / 127.5 for i in range(dimensions)]
    norm = sum(v * v for v in raw) ** 0.5 or 1.0
    return [round(v / norm, 6) for v in raw]


def embeddings(body: dict[str, Any]) -> dict[str, Any]:
    """The ``/v1/embeddings`` answer; honours ``encoding_format: base64`` as the openai client requests."""
    inputs = body.get("input")
    texts = [inputs] if isinstance(inputs, str) else [str(t) for t in inputs or []]
    dimensions = int(body.get("dimensions") or EMBEDDING_DIMENSIONS)
    data = []
    for index, text in enumerate(texts):
        vector = embedding_vector(text, dimensions)
        encoded: Any = vector
        if body.get("encoding_format") == "base64":
            encoded = base64.b64encode(struct.pack(f"<{len(vector)}f", *vector)).decode()
        data.append({"object": "embedding", "index": index, "embedding": encoded})
    tokens = sum(count_tokens(t) for t in texts)
    return {
        "object": "list",
        "data": data,
        "model": resolved_model(str(body.get("model", ""))),
        "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
    }
