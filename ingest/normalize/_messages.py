"""Chat messages in any shape -> :class:`schemas.Message`.

One builder reads every message shape the conventions use: OTel v1.37+ ``parts``, OpenAI
``content``/``tool_calls`` (v1.26 JSON, v1.28 event bodies, ``input.value``, MLflow), Vercel AI SDK
``tool-call``/``tool-result`` parts and Anthropic ``tool_use``/``tool_result`` blocks. Part types
are dispatched through a table; unknown and non-text parts (images, blobs, reasoning) add no text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from ingest.normalize._langchain import langchain_message
from ingest.normalize._values import as_str, as_text, parse_structured

SYSTEM_ROLES = frozenset({"system", "developer"})
_ROLE = itemgetter("role")

MessageDict = dict[str, Any]
"""A message in ``schemas.Message`` shape, as a plain dict: the span is validated once at the end,
which costs a fraction of building a pydantic model per message (hot path, see the benchmark)."""


def message(
    role: str,
    content: str | None = None,
    tool_calls: list[dict[str, Any]] | None = None,
    tool_call_id: str | None = None,
) -> MessageDict:
    out: MessageDict = {"role": role}
    if content is not None:
        out["content"] = content
    if tool_calls:
        out["tool_calls"] = tool_calls
    if tool_call_id is not None:
        out["tool_call_id"] = tool_call_id
    return out


@dataclass(slots=True)
class MessageParts:
    """What one source message contributed, before it becomes one or more :class:`Message`."""

    role: str
    texts: list[str] = field(default_factory=list)
    tool_calls: list[dict[str, Any]] = field(default_factory=list)
    responses: list[tuple[str | None, Any]] = field(default_factory=list)
    tool_call_id: str | None = None

    def add_tool_call(self, call_id: Any, name: Any, arguments: Any) -> None:
        """Record one requested call; an all-empty one is dropped and a repeated id is merged.

        Emitters write one call under several key families of the same message (OpenInference's
        ``tool_calls.N`` and ``contents.N`` for an Anthropic ``tool_use``), or a content part
        names its type without the call's fields.
        """
        call = {"id": as_str(call_id), "name": as_str(name), "arguments": parse_structured(arguments)}
        if call["id"] is None and call["name"] is None and call["arguments"] is None:
            return
        if call["id"] is not None:
            for known in self.tool_calls:
                if known["id"] == call["id"]:
                    for key, value in call.items():
                        if known[key] is None:
                            known[key] = value
                    return
        self.tool_calls.append(call)

    def add_text(self, text: Any) -> None:
        if isinstance(text, str) and text:
            self.texts.append(text)

    def build(self) -> list[MessageDict]:
        """One message, plus one per tool response (a message answers at most one call id)."""
        out: list[MessageDict] = []
        if self.texts or self.tool_calls or not self.responses:
            texts = self.texts
            content = texts[0] if len(texts) == 1 else "\n".join(texts) if texts else None
            out.append(message(self.role, content, self.tool_calls, self.tool_call_id))
        role = "tool" if self.role == "assistant" else self.role
        for call_id, response in self.responses:
            out.append(message(role, as_text(response), None, call_id or self.tool_call_id))
        return out


PartHandler = Callable[[dict[str, Any], MessageParts], None]


def _text(part: dict[str, Any], acc: MessageParts) -> None:
    acc.add_text(part.get("content") or part.get("text") or part.get("refusal"))


def _otel_tool_call(part: dict[str, Any], acc: MessageParts) -> None:
    acc.add_tool_call(part.get("id"), part.get("name"), part.get("arguments"))


def _vercel_tool_call(part: dict[str, Any], acc: MessageParts) -> None:
    args = part.get("input") if "input" in part else part.get("args")
    acc.add_tool_call(part.get("toolCallId"), part.get("toolName"), args)


def _anthropic_tool_use(part: dict[str, Any], acc: MessageParts) -> None:
    acc.add_tool_call(part.get("id"), part.get("name"), part.get("input"))


def _responses_function_call(part: dict[str, Any], acc: MessageParts) -> None:
    acc.add_tool_call(part.get("call_id") or part.get("id"), part.get("name"), part.get("arguments"))


def _otel_tool_response(part: dict[str, Any], acc: MessageParts) -> None:
    # The schema says ``response``; the spec's own example writes ``result`` (CONVENTIONS pitfall 3).
    response = part["response"] if "response" in part else part.get("result")
    acc.responses.append((_strip_id(part.get("id")), response))


def _vercel_tool_result(part: dict[str, Any], acc: MessageParts) -> None:
    output = part.get("output")
    if isinstance(output, dict) and "value" in output:
        output = output["value"]
    elif output is None:
        output = part.get("result")
    acc.responses.append((as_str(part.get("toolCallId")), output))


def _anthropic_tool_result(part: dict[str, Any], acc: MessageParts) -> None:
    content = part.get("content")
    if isinstance(content, list):
        content = "\n".join(p.get("text", "") for p in content if isinstance(p, dict) and p.get("text"))
    acc.responses.append((as_str(part.get("tool_use_id")), content))


def _responses_function_output(part: dict[str, Any], acc: MessageParts) -> None:
    acc.responses.append((as_str(part.get("call_id")), part.get("output")))


PART_HANDLERS: dict[str, PartHandler] = {
    "text": _text,
    "input_text": _text,
    "output_text": _text,
    "refusal": _text,
    "tool_call": _otel_tool_call,
    "tool-call": _vercel_tool_call,
    "tool_use": _anthropic_tool_use,
    "function_call": _responses_function_call,
    "tool_call_response": _otel_tool_response,
    "tool-result": _vercel_tool_result,
    "tool_result": _anthropic_tool_result,
    "function_call_output": _responses_function_output,
}


def add_parts(parts: Iterable[Any], acc: MessageParts) -> None:
    for part in parts:
        if isinstance(part, str):
            acc.add_text(part)
        elif isinstance(part, dict):
            handler = PART_HANDLERS.get(part.get("type", "text"))
            if handler is not None:
                handler(part, acc)


def add_content(content: Any, acc: MessageParts) -> None:
    """``content`` as a string, a list of parts, or a JSON string holding a list of parts."""
    if isinstance(content, str):
        parsed = parse_structured(content) if content[:1] == "[" else content
        if isinstance(parsed, list) and parsed and all(isinstance(p, dict) and "type" in p for p in parsed):
            add_parts(parsed, acc)
        else:
            acc.add_text(content)
    elif isinstance(content, list):
        add_parts(content, acc)
    elif isinstance(content, dict):
        add_parts([content], acc)


def add_openai_tool_calls(tool_calls: Any, acc: MessageParts) -> None:
    """``[{id, type: "function", function: {name, arguments}}]`` (OpenAI, v1.28 event bodies)."""
    if not isinstance(tool_calls, list):
        return
    for call in tool_calls:
        if isinstance(call, dict):
            function = call.get("function")
            function = function if isinstance(function, dict) else call
            acc.add_tool_call(call.get("id"), function.get("name"), function.get("arguments"))


def message_from_dict(data: dict[str, Any], default_role: str = "user") -> list[MessageDict]:
    """Any dict-shaped chat message (OTel parts, OpenAI, Vercel, Anthropic)."""
    fast = _text_only(data, default_role)
    return [fast] if fast is not None else _general_message(data, default_role)


def _general_message(data: dict[str, Any], default_role: str) -> list[MessageDict]:
    if "role" not in data and ("lc" in data or "data" in data):
        plain = langchain_message(data)  # a serialized LangChain message (chain inputs/outputs)
        if plain is not None:
            data = plain
    acc = MessageParts(role=as_str(data.get("role")) or default_role, tool_call_id=as_str(data.get("tool_call_id")))
    parts = data.get("parts")
    if isinstance(parts, list):
        add_parts(parts, acc)
    elif isinstance(parts, str):
        add_content(parts, acc)  # text where a list of parts belongs: still the message's text
    add_content(data.get("content"), acc)
    add_openai_tool_calls(data.get("tool_calls"), acc)
    return acc.build()


_PLAIN_KEYS = frozenset({"role", "parts", "content", "name", "finish_reason"})


def _text_only(data: dict[str, Any], default_role: str) -> MessageDict | None:
    """Fast path for the common message: text parts only, or a plain string ``content``.

    ``None`` sends anything else (tool calls, responses, media, odd types) to the general builder.
    Most chat spans are nothing but such messages, and this runs once per message per span.
    """
    if not _PLAIN_KEYS.issuperset(data):
        return None
    role = data.get("role")
    if type(role) is not str or not role:
        role = as_str(role) or default_role  # as the general builder does (a numeric role stays)
    parts = data.get("parts")
    if parts is None:
        content = data.get("content")
        if type(content) is str and content[:1] != "[":
            return {"role": role, "content": content} if content else {"role": role}
        return None
    if type(parts) is not list or "content" in data:
        return None
    texts = []
    for part in parts:
        if type(part) is not dict or part.get("type") != "text":
            return None
        text = part.get("content")
        if type(text) is not str:
            return None
        if text:
            texts.append(text)
    if not texts:
        return {"role": role}
    return {"role": role, "content": texts[0] if len(texts) == 1 else "\n".join(texts)}


def messages_from_list(items: Any, default_role: str = "user") -> list[MessageDict]:
    if isinstance(items, dict):
        items = [items]  # one message object where a list of them belongs
    if not isinstance(items, list):
        return []
    out: list[MessageDict] = []
    for item in items:
        if type(item) is dict:
            # Inlined for the commonest message of all, OTel's ``{"role", "parts": [one text part]}``:
            # a function call per message is a measurable share of a chat span's normalization.
            parts = item.get("parts")
            if type(parts) is list and len(parts) == 1 and len(item) == 2:
                part, role = parts[0], item.get("role")
                if type(part) is dict and type(role) is str and role and part.get("type") == "text":
                    text = part.get("content")
                    if type(text) is str:
                        out.append({"role": role, "content": text} if text else {"role": role})
                        continue
            fast = _text_only(item, default_role)
            if fast is not None:
                out.append(fast)
            else:
                out.extend(_general_message(item, default_role))
        elif isinstance(item, dict):  # a dict subclass
            out.extend(_general_message(item, default_role))
        elif isinstance(item, str):
            out.append(message(default_role, item))
        elif isinstance(item, list):  # LangChain chat model inputs are batches: [[messages of prompt 1], ...]
            # One level only: hostile nesting must not recurse.
            out.extend(messages_from_list([m for m in item if not isinstance(m, list)], default_role))
    return out


def split_system(messages: list[MessageDict]) -> tuple[str | None, list[MessageDict]]:
    """Lift ``system``/``developer`` messages out of a conversation (their texts, joined)."""
    # Role checks in C (``map``/``count``): this runs on every span, over every input message.
    roles = list(map(_ROLE, messages))
    if SYSTEM_ROLES.isdisjoint(roles):
        return None, messages
    if roles[0] in SYSTEM_ROLES and sum(map(roles.count, SYSTEM_ROLES)) == 1:
        system, inputs = messages[:1], messages[1:]  # the usual conversation: one leading system prompt
    else:
        system = [m for m in messages if m["role"] in SYSTEM_ROLES]
        inputs = [m for m in messages if m["role"] not in SYSTEM_ROLES]
    texts = [m["content"] for m in system if m.get("content")]
    return ("\n".join(texts) or None), inputs


def _strip_id(value: Any) -> str | None:
    # The spec example writes ``" call_..."`` with a leading space; ids never legitimately have one.
    text = as_str(value)
    return text.strip() or None if text is not None else None


_FINISH_REASONS = {
    "tool_calls": "tool_call",
    "tool-calls": "tool_call",
    "function_call": "tool_call",
    "tool_use": "tool_call",
    "end_turn": "stop",
    "stop_sequence": "stop",
    "max_tokens": "length",
    "content-filter": "content_filter",
    "safety": "content_filter",
}


def normalize_finish_reason(value: Any) -> str | None:
    """One vocabulary: ``stop``, ``length``, ``content_filter``, ``tool_call``, ``error``, or the source's own."""
    text = as_str(value)
    if text is None:
        return None
    lowered = text.lower()
    return _FINISH_REASONS.get(lowered, lowered)
