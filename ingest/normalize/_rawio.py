"""Raw input/output blobs (``input.value``, ``traceloop.entity.input``, ``mlflow.spanInputs`` ...).

The bottom of the message ladder (CONVENTIONS 7.3 step 9): an OpenAI-style request
(``{"messages": [...]}``) or response (``{"choices": [...]}``) is read as messages; any other
value becomes one message holding the raw text, so nothing is lost. When structured messages were
already found the blob is the same call in raw form and is consumed without being re-read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ingest.normalize._context import SpanContext
from ingest.normalize._langchain import is_langchain_message
from ingest.normalize._messages import (
    MessageDict,
    message,
    message_from_dict,
    messages_from_list,
    normalize_finish_reason,
)
from ingest.normalize._values import as_text, structured

MIME_KEYS = ("input.mime_type", "output.mime_type")
"""OpenInference's content-type companions of ``input.value``/``output.value``, consumed with them."""


def _is_message_list(value: Any) -> bool:
    return bool(value) and all(isinstance(m, dict) and ("role" in m or is_langchain_message(m)) for m in value)


def _is_message(value: dict[str, Any]) -> bool:
    """One chat message (``{"role", "content"|"parts"|"tool_calls"}``), as Langfuse records a generation's output."""
    return isinstance(value.get("role"), str) and not _MESSAGE_BODY.isdisjoint(value)


_MESSAGE_BODY = frozenset({"content", "parts", "tool_calls"})


def input_messages(value: Any) -> list[MessageDict]:
    parsed = structured(value)
    if isinstance(parsed, dict):
        if is_langchain_message(parsed) or _is_message(parsed):
            return message_from_dict(parsed, "user")
        for key in ("messages", "input"):
            if isinstance(parsed.get(key), list):
                return messages_from_list(parsed[key], "user")
        prompt = parsed.get("prompt")
        if isinstance(prompt, str):
            return [message("user", prompt)]
    elif isinstance(parsed, list) and _is_message_list(parsed):
        return messages_from_list(parsed, "user")
    text = as_text(value)
    return [message("user", text)] if text else []


def output_messages(value: Any, ctx: SpanContext | None = None) -> list[MessageDict]:
    parsed = structured(value)
    if isinstance(parsed, dict):
        if is_langchain_message(parsed) or _is_message(parsed):
            return message_from_dict(parsed, "assistant")
        generated = _generations(parsed.get("generations"))
        if generated:
            return generated
        choices = parsed.get("choices")
        if isinstance(choices, list):
            out: list[MessageDict] = []
            reasons = []
            for choice in choices:
                if isinstance(choice, dict) and isinstance(choice.get("message"), dict):
                    out.extend(message_from_dict(choice["message"], "assistant"))
                    reasons.append(normalize_finish_reason(choice.get("finish_reason")))
                elif isinstance(choice, dict) and isinstance(choice.get("text"), str):
                    out.append(message("assistant", choice["text"]))
            if ctx is not None and ctx.finish_reasons is None:
                ctx.finish_reasons = [r for r in reasons if r] or None
            if out:
                return out
        if isinstance(parsed.get("message"), dict):
            return message_from_dict(parsed["message"], "assistant")
        if isinstance(parsed.get("output"), list):
            return messages_from_list(parsed["output"], "assistant")
    elif isinstance(parsed, list) and _is_message_list(parsed):
        return messages_from_list(parsed, "assistant")
    text = as_text(value)
    return [message("assistant", text)] if text else []


def _generations(value: Any) -> list[MessageDict]:
    """LangChain ``LLMResult``: ``{"generations": [[{"text", "message"?}, ...], ...]}`` (one list per prompt)."""
    if not isinstance(value, list):
        return []
    out: list[MessageDict] = []
    for generation in (g for batch in value if isinstance(batch, list) for g in batch):
        if not isinstance(generation, dict):
            continue
        if isinstance(generation.get("message"), dict):
            out.extend(message_from_dict(generation["message"], "assistant"))
        elif isinstance(generation.get("text"), str):
            out.append(message("assistant", generation["text"]))
    return out


def read_raw_io(ctx: SpanContext, input_key: str, output_key: str, decode: Callable[[Any], Any] = lambda v: v) -> None:
    """Fill empty input/output messages from two raw attributes (consumed when present)."""
    if input_key == "input.value":
        ctx.consumed.update(filter(ctx.attributes.__contains__, MIME_KEYS))
    value = decode(ctx.take(input_key))
    if value is not None and not ctx.input_messages:
        ctx.offer_input(input_messages(value))
    # A retriever's raw output is its documents (without parsed documents it stays as evidence);
    # an embedding's is vectors, useless as a message.
    if ctx.kind == "embedding":
        return
    if ctx.kind != "retrieval" or ctx.documents:
        value = decode(ctx.take(output_key))
        if value is not None and not ctx.output_messages and ctx.kind != "retrieval":
            ctx.offer_output(output_messages(value, ctx))
