"""OpenLLMetry / Traceloop, all three generations (CONVENTIONS 3.1).

≤0.54 carry content in indexed ``gen_ai.prompt.{i}.*`` / ``gen_ai.completion.{i}.*`` keys (usage
spellings are in the common ladders); ≥0.55 write OTel-style attributes, read by ``otel_genai``
while this adapter still names the convention. Decorator and LangChain spans carry
``traceloop.entity.input``/``output``; vector-DB instrumentations emit ``db.query.result`` events.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ingest.normalize._context import SpanContext
from ingest.normalize._flatten import Row, rows
from ingest.normalize._langchain import langchain_documents
from ingest.normalize._messages import MessageDict, MessageParts, add_content, normalize_finish_reason
from ingest.normalize._rawio import read_raw_io
from ingest.normalize._registry import KindRule, kind_table, register_adapter
from ingest.normalize._values import as_float, as_str, document, parse_structured, structured, unquote
from schemas.span import Document, SpanKind

# Instrumentation scopes of OpenLLMetry packages whose ≥0.55 spans have no ``traceloop.*`` key.
_SCOPES = (
    "opentelemetry.instrumentation.openai.v0",
    "opentelemetry.instrumentation.openai.v1",
    "opentelemetry.instrumentation.anthropic",
    "opentelemetry.instrumentation.bedrock",
    "opentelemetry.instrumentation.langchain",
    "opentelemetry.instrumentation.llamaindex",
    "opentelemetry.instrumentation.groq",
    "opentelemetry.instrumentation.mistralai",
    "opentelemetry.instrumentation.cohere",
    "opentelemetry.instrumentation.ollama",
    "opentelemetry.instrumentation.crewai",
    "opentelemetry.instrumentation.openai_agents",
    "traceloop",
)
_MARKERS = (
    "llm.request.type",
    "llm.usage.total_tokens",
    "gen_ai.prompt.0.role",
    "gen_ai.prompt.0.content",
    "gen_ai.completion.0.role",
    "gen_ai.completion.0.content",
)
_DB_RESULT = "db.query.result"


@lru_cache(maxsize=1024)
def _traceloop_scope(scope_name: str) -> bool:
    # Cached per scope name (bounded: the name comes off the wire): a stream carries a few dozen
    # scopes, and this runs for every span.
    return scope_name.startswith(_SCOPES)


def _detect(ctx: SpanContext) -> bool:
    if "traceloop" in ctx.roots or _traceloop_scope(ctx.raw.scope_name):
        return True
    return not ctx.attributes.keys().isdisjoint(_MARKERS)


def _message(row: Row, default_role: str) -> tuple[list[MessageDict], str | None]:
    acc = MessageParts(role=as_str(row.get("role")) or default_role, tool_call_id=as_str(row.get("tool_call_id")))
    add_content(row.get("content"), acc)
    if isinstance(row.get("refusal"), str):
        acc.add_text(row["refusal"])
    for call in rows(row, "tool_calls."):
        acc.add_tool_call(call.get("id"), call.get("name"), call.get("arguments"))
    return acc.build(), normalize_finish_reason(row.get("finish_reason"))


def _indexed_messages(ctx: SpanContext, prefix: str, default_role: str) -> list[MessageDict]:
    messages: list[MessageDict] = []
    reasons = []
    for row in ctx.indexed(prefix):
        built, reason = _message(row, default_role)
        messages.extend(built)
        if reason:
            reasons.append(reason)
    if reasons and ctx.finish_reasons is None:
        ctx.finish_reasons = reasons
    return messages


def _tool_arguments(value: Any) -> Any:
    """Decorators: ``{"args": [...], "kwargs": {...}}``; LangChain tools: ``{"input_str", "inputs", ...}``."""
    parsed = unquote(value)
    if not isinstance(parsed, dict):
        return parsed
    if "input_str" in parsed or "inputs" in parsed:
        inputs = parsed.get("inputs")
        return inputs if inputs else parse_structured(parsed.get("input_str"))
    if "kwargs" in parsed or "args" in parsed:
        args, kwargs = parsed.get("args"), parsed.get("kwargs")
        if not args and isinstance(kwargs, dict | None):
            return kwargs or {}
        # Odd shapes (``"kwargs": []``, scalar args) are kept as the decorator wrote them.
        return {"args": [] if args is None else args, "kwargs": {} if kwargs is None else kwargs}
    return parsed


def _entity_value(value: Any) -> Any:
    """Decorator values are ``json.dumps``'d: a returned string arrives quoted and ``\\u``-escaped.

    A call with a single argument is reduced to that argument, so a workflow called with
    ``question="..."`` reads as the question, not as ``{"args": [], "kwargs": {...}}``.
    """
    parsed = unquote(value)
    if isinstance(parsed, dict) and set(parsed) <= {"args", "kwargs"}:
        args, kwargs = parsed.get("args") or [], parsed.get("kwargs") or {}
        values = [*args, *kwargs.values()] if isinstance(args, list) and isinstance(kwargs, dict) else []
        if len(values) == 1:
            return values[0]
    return parsed


def _tool_result(value: Any) -> Any:
    parsed = unquote(value)
    if isinstance(parsed, dict) and "output" in parsed and set(parsed) <= {"output", "kwargs"}:
        return parse_structured(parsed["output"])
    return parsed


def _entity_documents(value: Any) -> list[Document]:
    parsed = structured(value)
    return langchain_documents(parsed.get("documents") if isinstance(parsed, dict) else None, metadata_id_key="id")


def _db_result_documents(ctx: SpanContext) -> list[Document]:
    documents = []
    for index, event in ctx.events_named(_DB_RESULT):
        data = event.payload()
        ctx.consume_event(index)
        documents.append(
            document(
                data.get("db.query.result.id"),
                as_str(data.get("db.query.result.document")),
                data.get("db.query.result.score"),
                data.get("db.query.result.metadata"),
            )
        )
        distance = as_float(data.get("db.query.result.distance"))
        if distance is not None:
            documents[-1].metadata.setdefault("distance", distance)
    return documents


_SPAN_KINDS: dict[str, SpanKind] = {"workflow": "chain", "task": "chain", "agent": "agent", "tool": "tool"}
_REQUEST_TYPES: dict[str, SpanKind] = {
    "chat": "llm",
    "completion": "llm",
    "embedding": "embedding",
    "rerank": "retrieval",
}


@register_adapter(
    "traceloop",
    order=30,
    label_rank=20,
    detect=_detect,
    kinds=(
        KindRule("traceloop.span.kind", kind_table(_SPAN_KINDS), rank=30),
        KindRule("llm.request.type", kind_table(_REQUEST_TYPES), rank=40),
    ),
    ladders={
        "session_id": ("traceloop.association.properties.session_id",),
        "user_id": ("traceloop.association.properties.user_id",),
        # ≤0.54 spellings (CONVENTIONS 3.1); ≥0.55 writes the OTel keys.
        "input_tokens": ("gen_ai.usage.prompt_tokens",),
        "output_tokens": ("gen_ai.usage.completion_tokens",),
        "total_tokens": ("llm.usage.total_tokens",),
        "cache_read_tokens": ("gen_ai.usage.cache_read_input_tokens",),
        "cache_write_tokens": ("gen_ai.usage.cache_creation_input_tokens",),
        "reasoning_tokens": ("gen_ai.usage.reasoning_tokens", "llm.usage.reasoning_tokens"),
    },
    indexed=("gen_ai.prompt.", "gen_ai.completion."),
)
def fill(ctx: SpanContext) -> None:
    ctx.offer_input(_indexed_messages(ctx, "gen_ai.prompt.", "user"))
    ctx.offer_output(_indexed_messages(ctx, "gen_ai.completion.", "assistant"))
    if ctx.events:
        ctx.offer_documents(_db_result_documents(ctx))
    if "traceloop" not in ctx.roots:
        return
    ctx.take("traceloop.span.kind")
    if ctx.kind == "tool":
        if ctx.tool_name is None:
            ctx.tool_name = as_str(ctx.take("traceloop.entity.name"))
        entity_input = unquote(ctx.take("traceloop.entity.input"))
        ctx.offer_tool(_tool_arguments(entity_input), _tool_result(ctx.take("traceloop.entity.output")))
        if ctx.tool_call_id is None and isinstance(entity_input, dict):
            # LangChain tools invoked with a ToolCall: the callback's kwargs name the call.
            kwargs = entity_input.get("kwargs")
            ctx.tool_call_id = as_str(kwargs.get("tool_call_id")) if isinstance(kwargs, dict) else None
    elif ctx.kind == "retrieval":
        documents = _entity_documents(ctx.attributes.get("traceloop.entity.output"))
        if documents:
            ctx.consumed.add("traceloop.entity.output")
            ctx.offer_documents(documents)
    else:
        read_raw_io(ctx, "traceloop.entity.input", "traceloop.entity.output", decode=_entity_value)
