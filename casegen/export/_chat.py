"""Case input as chat messages (OpenAI chat-completions shape), shared by the chat-based formats.

Roles are the four every chat format knows: ``system`` (``developer`` too), ``user`` (``human``),
``assistant`` (``ai``, ``model``, ``bot``) and ``tool`` (``function``, ``ipython``); a role a source
invented is sent as ``user`` rather than dropped. Content is never null (an assistant message that only
calls tools has empty text), and tool-call arguments are JSON text, as OpenAI writes them.
"""

from __future__ import annotations

import json
from typing import Any

from schemas.case import Case
from schemas.span import Message, ToolCallRequest

_ROLES = {
    "system": "system",
    "developer": "system",
    "user": "user",
    "human": "user",
    "assistant": "assistant",
    "ai": "assistant",
    "model": "assistant",
    "bot": "assistant",
    "tool": "tool",
    "function": "tool",
    "ipython": "tool",
}


def chat_role(role: str) -> str:
    return _ROLES.get(role.lower(), "user")


def arguments_text(arguments: Any) -> str:
    """Tool-call arguments as JSON text (a string that was not JSON stays as it is)."""
    if arguments is None:
        return "{}"
    return arguments if isinstance(arguments, str) else json.dumps(arguments, ensure_ascii=False)


def chat_messages(case: Case) -> list[dict[str, Any]]:
    """The system prompt and the conversation up to the last user turn."""
    messages: list[dict[str, Any]] = []
    if case.content.input.system:
        messages.append({"role": "system", "content": case.content.input.system})
    messages.extend(_message(m) for m in case.content.input.messages)
    return messages


def _message(message: Message) -> dict[str, Any]:
    role = chat_role(message.role)
    item: dict[str, Any] = {"role": role, "content": message.content or ""}
    if role == "assistant" and message.tool_calls:
        item["tool_calls"] = [_tool_call(call, index) for index, call in enumerate(message.tool_calls)]
    if role == "tool" and message.tool_call_id:
        item["tool_call_id"] = message.tool_call_id
    return item


def _tool_call(call: ToolCallRequest, index: int) -> dict[str, Any]:
    return {
        "id": call.id or f"call_{index}",
        "type": "function",
        "function": {"name": call.name or "", "arguments": arguments_text(call.arguments)},
    }


def last_user_text(case: Case) -> str | None:
    """The text of the last user turn (the question a single-turn evaluation asks)."""
    for message in reversed(case.content.input.messages):
        if chat_role(message.role) == "user" and message.content:
            return message.content
    return None


def slicing_metadata(case: Case) -> dict[str, Any]:
    """What every format's metadata carries so that results join back to cases and slice like them."""
    return {
        "case_id": case.id,
        "case_revision": case.revision,
        "trace_id": case.provenance.trace_id,
        "status": case.status,
        "labels": list(case.review.labels),
        "service": case.metadata.service,
        "model": case.metadata.model,
        "language": case.metadata.language,
        "tool_names": list(case.metadata.tool_names),
        "sources": [source.kind for source in case.provenance.sources],
    }
