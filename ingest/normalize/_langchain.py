"""LangChain's serialized messages, wherever an instrumentation writes one as a raw value.

Two serializations exist and both reach spans: ``dumpd``/``Serializable.to_json``
(``{"lc": 1, "type": "constructor", "id": [..., "ToolMessage"], "kwargs": {...}}``, Traceloop and
MLflow) and ``message_to_dict`` (``{"type": "tool", "data": {...}}``, OpenInference). A tool run
with a ``ToolCall`` (agents, ``ToolNode``) returns a ``ToolMessage``: the tool's own result is its
``content``. Chain inputs/outputs carry Human/AI/System messages the same way.
"""

from __future__ import annotations

from typing import Any

from ingest.normalize._values import as_str, document, parse_structured
from schemas.span import Document

# Message type (``message_to_dict``'s ``type``) or class name (``dumpd``'s ``id[-1]``) -> role.
_ROLES = {
    "human": "user",
    "ai": "assistant",
    "system": "system",
    "tool": "tool",
    "function": "tool",
    "developer": "developer",
    "HumanMessage": "user",
    "HumanMessageChunk": "user",
    "AIMessage": "assistant",
    "AIMessageChunk": "assistant",
    "SystemMessage": "system",
    "SystemMessageChunk": "system",
    "ToolMessage": "tool",
    "ToolMessageChunk": "tool",
    "FunctionMessage": "tool",
    "FunctionMessageChunk": "tool",
    "ChatMessage": "chat",
    "ChatMessageChunk": "chat",
    "chat": "chat",
}


def _fields(value: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    """``(role, message fields)`` of a serialized message, ``None`` for anything else."""
    if "kwargs" in value and value.get("lc") is not None and value.get("type") == "constructor":
        ident, fields = value.get("id"), value.get("kwargs")
        name = ident[-1] if isinstance(ident, list) and ident else None
    elif "data" in value and len(value) == 2:
        name, fields = value.get("type"), value.get("data")
    else:
        return None
    role = _ROLES.get(name) if isinstance(name, str) else None
    if role is None or not isinstance(fields, dict):
        return None
    if role == "chat":  # ChatMessage carries an arbitrary role of its own
        role = as_str(fields.get("role")) or "user"
    return role, fields


def is_langchain_message(value: Any) -> bool:
    return type(value) is dict and ("lc" in value or "data" in value) and _fields(value) is not None


def langchain_message(value: dict[str, Any]) -> dict[str, Any] | None:
    """A serialized message as a plain ``{role, content, tool_calls, tool_call_id}`` dict, else ``None``."""
    found = _fields(value)
    if found is None:
        return None
    role, fields = found
    out: dict[str, Any] = {"role": role, "content": fields.get("content")}
    calls = fields.get("tool_calls")
    if isinstance(calls, list) and calls:
        # LangChain's own ToolCall shape: {"name", "args", "id", "type": "tool_call"}.
        out["tool_calls"] = [
            {"id": c.get("id"), "name": c.get("name"), "arguments": c.get("args", c.get("arguments"))}
            for c in calls
            if isinstance(c, dict)
        ]
    call_id = as_str(fields.get("tool_call_id"))
    if call_id is not None:
        out["tool_call_id"] = call_id
    return out


def tool_message_result(value: Any) -> tuple[Any, str | None] | None:
    """``(result, call id)`` when ``value`` is a serialized ``ToolMessage``: its content, JSON-parsed.

    ``None`` when it is not one (the value then is the tool's result as it stands).
    """
    if type(value) is not dict or not ("lc" in value or "data" in value):  # the common case, decided cheaply
        return None
    found = _fields(value)
    if found is None or found[0] != "tool":
        return None
    fields = found[1]
    return parse_structured(fields.get("content")), as_str(fields.get("tool_call_id"))


def langchain_documents(items: Any, metadata_id_key: str) -> list[Document]:
    """LangChain ``Document`` dicts (``page_content`` + ``metadata``) as retrievers return them.

    Traceloop and MLflow both serialize retriever output this way; the id is the document's own
    ``id``, else ``metadata[metadata_id_key]`` (``id`` for Traceloop, ``doc_uri`` for MLflow).
    """
    if not isinstance(items, list):
        return []
    documents = []
    for item in items:
        if isinstance(item, dict):
            metadata = item.get("metadata")
            metadata = metadata if isinstance(metadata, dict) else {}
            document_id = as_str(item.get("id")) or as_str(metadata.get(metadata_id_key))
            documents.append(document(document_id, as_str(item.get("page_content")), metadata.get("score"), metadata))
    return documents
