"""Span classification (CONVENTIONS 7.2): the first attribute in the ladder that maps decides."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ingest.normalize._values import unquote
from schemas.span import SpanKind

_OPENINFERENCE: dict[str, SpanKind] = {
    "LLM": "llm",
    "CHAIN": "chain",
    "RETRIEVER": "retrieval",
    "RERANKER": "retrieval",
    "EMBEDDING": "embedding",
    "TOOL": "tool",
    "AGENT": "agent",
    "DECISION": "chain",
    "PROMPT": "other",
    "GUARDRAIL": "other",
    "EVALUATOR": "other",
    "UNKNOWN": "other",
}
_OPERATION: dict[str, SpanKind] = {
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
_TRACELOOP_KIND: dict[str, SpanKind] = {"workflow": "chain", "task": "chain", "agent": "agent", "tool": "tool"}
_TRACELOOP_REQUEST_TYPE: dict[str, SpanKind] = {
    "chat": "llm",
    "completion": "llm",
    "embedding": "embedding",
    "rerank": "retrieval",
}
_MLFLOW: dict[str, SpanKind] = {
    "LLM": "llm",
    "CHAT_MODEL": "llm",
    "CHAIN": "chain",
    "WORKFLOW": "chain",
    "TASK": "chain",
    "PARSER": "chain",
    "AGENT": "agent",
    "TOOL": "tool",
    "RETRIEVER": "retrieval",
    "RERANKER": "retrieval",
    "EMBEDDING": "embedding",
    "MEMORY": "other",
    "GUARDRAIL": "other",
    "EVALUATOR": "other",
    "UNKNOWN": "other",
}
_LANGSMITH: dict[str, SpanKind] = {
    "llm": "llm",
    "chain": "chain",
    "tool": "tool",
    "retriever": "retrieval",
    "embedding": "embedding",
    "parser": "chain",
    "prompt": "other",
}


def _vercel(operation_id: str) -> SpanKind | None:
    if operation_id.endswith((".doGenerate", ".doStream")):
        return "llm"
    if operation_id.endswith(".doEmbed"):
        return "embedding"
    if operation_id == "ai.toolCall":
        return "tool"
    if operation_id in ("ai.embed", "ai.embedMany"):
        return "chain"
    # Top-level ai.generateText/streamText/... wrap the model calls (@ai-sdk/otel maps them to invoke_agent).
    return "agent" if operation_id.startswith("ai.") else None


def _table(mapping: Mapping[str, SpanKind], transform: Callable[[Any], Any] = lambda v: v) -> Callable[[Any], Any]:
    def lookup(value: Any) -> SpanKind | None:
        value = transform(value)
        return mapping.get(value) if isinstance(value, str) else None

    return lookup


# (attribute, value -> kind or None); the first attribute present whose value maps wins.
KIND_LADDER: tuple[tuple[str, Callable[[Any], SpanKind | None]], ...] = (
    ("openinference.span.kind", _table(_OPENINFERENCE, lambda v: v.upper() if isinstance(v, str) else v)),
    ("gen_ai.operation.name", _table(_OPERATION)),
    ("traceloop.span.kind", _table(_TRACELOOP_KIND)),
    ("llm.request.type", _table(_TRACELOOP_REQUEST_TYPE)),
    ("mlflow.spanType", _table(_MLFLOW, unquote)),
    ("langsmith.span.kind", _table(_LANGSMITH)),
    ("ai.operationId", lambda v: _vercel(v) if isinstance(v, str) else None),
)
_TOOL_KEYS = ("gen_ai.tool.name", "gen_ai.tool.call.id")
_MODEL_KEYS = (
    "gen_ai.request.model",
    "gen_ai.response.model",
    "llm.model_name",
    "llm.request.model_name",
    "ai.model.id",
    "mlflow.llm.model",
)


def classify(attributes: Mapping[str, Any]) -> SpanKind:
    for key, lookup in KIND_LADDER:
        value = attributes.get(key)
        if value is not None:
            kind = lookup(value)
            if kind is not None:
                return kind
    if any(key in attributes for key in _TOOL_KEYS):
        return "tool"
    if any(key in attributes for key in _MODEL_KEYS):
        return "llm"
    return "other"
