"""OTel GenAI semantic conventions v1.37+ (``gen_ai.input.messages`` and friends).

Reads the JSON-schema'd message attributes (JSON strings on spans, structured values on events),
``gen_ai.system_instructions``, the ``gen_ai.client.inference.operation.details`` event,
``execute_tool`` arguments/results and v1.40 retrieval documents.
"""

from __future__ import annotations

from typing import Any

from ingest.normalize._context import SpanContext
from ingest.normalize._messages import messages_from_list, normalize_finish_reason
from ingest.normalize._registry import KindRule, kind_table, register_adapter
from ingest.normalize._values import as_str, document, parse_structured, structured
from schemas.span import Document, SpanKind

OPERATION_DETAILS = "gen_ai.client.inference.operation.details"
NEW_MARKERS = (
    "gen_ai.provider.name",
    "gen_ai.input.messages",
    "gen_ai.output.messages",
    "gen_ai.system_instructions",
    "gen_ai.tool.call.arguments",
    "gen_ai.tool.call.result",
    "gen_ai.retrieval.documents",
    "gen_ai.tool.definitions",
)
_DOCUMENT_FIELDS = frozenset({"id", "score", "content", "metadata"})
_MESSAGE_KEYS = ("gen_ai.input.messages", "gen_ai.output.messages", "gen_ai.system_instructions")


def has_new_markers(ctx: SpanContext) -> bool:
    if not ctx.attributes.keys().isdisjoint(NEW_MARKERS):
        return True
    return any(e.name == OPERATION_DETAILS for e in ctx.events) if ctx.events else False


def _detect(ctx: SpanContext) -> bool:
    if "gen_ai" in ctx.roots:
        return True
    return any(e.name == OPERATION_DETAILS for e in ctx.events) if ctx.events else False


def system_text(value: Any) -> str | None:
    """``gen_ai.system_instructions``: a list of parts (text parts joined), or plain text."""
    parsed = structured(value)
    if isinstance(parsed, list):
        texts = [p.get("content") for p in parsed if isinstance(p, dict) and p.get("type", "text") == "text"]
        texts.extend(p for p in parsed if isinstance(p, str))
        return "\n".join(t for t in texts if isinstance(t, str) and t) or None
    return as_str(value) if parsed is None else None


def read_messages(ctx: SpanContext, source: dict[str, Any], *, consume: bool) -> None:
    """Fill system/input/output from a mapping holding the v1.37 keys (span attributes or an event)."""
    if source.keys().isdisjoint(_MESSAGE_KEYS):
        return  # agent, tool and retrieval spans carry no messages
    for key, offer in (("gen_ai.input.messages", ctx.offer_input), ("gen_ai.output.messages", ctx.offer_output)):
        value = source.get(key)
        if value is None:
            continue
        parsed = structured(value)
        if parsed is None:
            continue  # unparseable (e.g. truncated): left in attributes as evidence
        messages = messages_from_list(parsed, "user" if key == "gen_ai.input.messages" else "assistant")
        if consume and (messages or not parsed):
            ctx.consumed.add(key)  # a value that yields no message (``[1, 2, 3]``) stays in attributes
        offer(messages)
        if key == "gen_ai.output.messages" and isinstance(parsed, list) and ctx.finish_reasons is None:
            reasons = [normalize_finish_reason(m.get("finish_reason")) for m in parsed if isinstance(m, dict)]
            ctx.finish_reasons = [r for r in reasons if r] or None
    instructions = source.get("gen_ai.system_instructions")
    if instructions is not None:
        if consume:
            ctx.consumed.add("gen_ai.system_instructions")
        ctx.offer_system(system_text(instructions))


def documents_from(value: Any) -> list[Document]:
    """``[{id, score, content?, metadata?, ...}]``; unknown keys go to metadata."""
    parsed = structured(value)
    if not isinstance(parsed, list):
        return []
    documents = []
    for item in parsed:
        if not isinstance(item, dict):
            continue
        metadata = structured(item.get("metadata"))
        metadata = dict(metadata) if isinstance(metadata, dict) else {}
        metadata.update((k, v) for k, v in item.items() if k not in _DOCUMENT_FIELDS)
        content = item.get("content")
        documents.append(
            document(item.get("id"), content if isinstance(content, str) else None, item.get("score"), metadata)
        )
    return documents


_OPERATIONS: dict[str, SpanKind] = {
    "chat": "llm",
    "text_completion": "llm",
    "generate_content": "llm",
    "completion": "llm",
    "generate": "llm",
    "embeddings": "embedding",
    "retrieval": "retrieval",
    "vector_db_retrieve": "retrieval",
    "execute_tool": "tool",
    "invoke_agent": "agent",
    "create_agent": "agent",
    "invoke_workflow": "chain",
    "execute_task": "chain",
}


@register_adapter(
    "otel_genai",
    order=10,
    label_rank=50,
    detect=_detect,
    kinds=(KindRule("gen_ai.operation.name", kind_table(_OPERATIONS), rank=20),),
    ladders={
        "response_model": ("gen_ai.response.model",),
        "finish_reasons": ("gen_ai.response.finish_reasons",),
        "request_model": ("gen_ai.request.model",),
        "provider": ("gen_ai.provider.name", "gen_ai.system"),
        "session_id": ("gen_ai.conversation.id",),
        "tool_name": ("gen_ai.tool.name",),
        "tool_call_id": ("gen_ai.tool.call.id",),
        "input_tokens": ("gen_ai.usage.input_tokens",),
        "output_tokens": ("gen_ai.usage.output_tokens",),
        "total_tokens": ("gen_ai.usage.total_tokens",),
        "cache_read_tokens": ("gen_ai.usage.cache_read.input_tokens",),
        # ``cache_write`` is the genai repository's rename of ``cache_creation`` (CONVENTIONS 1.2).
        "cache_write_tokens": ("gen_ai.usage.cache_write.input_tokens", "gen_ai.usage.cache_creation.input_tokens"),
        "reasoning_tokens": ("gen_ai.usage.reasoning.output_tokens",),
    },
)
def fill(ctx: SpanContext) -> None:
    read_messages(ctx, ctx.attributes, consume=True)
    for index, event in ctx.events_named(OPERATION_DETAILS):
        ctx.consume_event(index)
        read_messages(ctx, event.payload(), consume=False)

    attributes = ctx.attributes
    if "gen_ai.tool.call.arguments" in attributes or "gen_ai.tool.call.result" in attributes:
        arguments = ctx.take("gen_ai.tool.call.arguments")
        result = ctx.take("gen_ai.tool.call.result")
        # OpenInference's dual-writer copies ``tool.parameters`` (often a JSON Schema) here (pitfall 5).
        if "openinference" in ctx.roots and arguments == attributes.get("tool.parameters"):
            arguments = None
        # Traceloop's LangChain callback copies its callback envelopes here (``{"input_str", "inputs",
        # "kwargs"}``, ``{"output", "kwargs"}``): the traceloop adapter unwraps them.
        if "traceloop" in ctx.roots:
            if arguments is not None and arguments == attributes.get("traceloop.entity.input"):
                arguments = None
            if result is not None and result == attributes.get("traceloop.entity.output"):
                result = None
        ctx.offer_tool(parse_structured(arguments), parse_structured(result))

    if "gen_ai.retrieval.documents" in attributes:
        documents = documents_from(attributes["gen_ai.retrieval.documents"])
        if documents:
            ctx.consumed.add("gen_ai.retrieval.documents")
            ctx.offer_documents(documents)
