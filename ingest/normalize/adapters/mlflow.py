"""MLflow tracing (``mlflow.*`` attributes; every value is JSON-dumped, so strings arrive quoted)."""

from __future__ import annotations

from ingest.normalize._common import normalize_provider
from ingest.normalize._context import SpanContext
from ingest.normalize._langchain import langchain_documents
from ingest.normalize._rawio import read_raw_io
from ingest.normalize._registry import KindRule, kind_table, register_adapter
from ingest.normalize._values import as_str, structured, unquote
from schemas.span import Document, SpanKind

_USAGE_FIELDS = {
    "input_tokens": "input_tokens",
    "output_tokens": "output_tokens",
    "total_tokens": "total_tokens",
    "cache_read_input_tokens": "cache_read_tokens",
    "cache_creation_input_tokens": "cache_write_tokens",
}


def _detect(ctx: SpanContext) -> bool:
    return "mlflow" in ctx.roots


def _documents(value: object) -> list[Document]:
    return langchain_documents(structured(value), metadata_id_key="doc_uri")


_SPAN_TYPES: dict[str, SpanKind] = {
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


@register_adapter(
    "mlflow",
    order=60,
    label_rank=40,
    detect=_detect,
    kinds=(KindRule("mlflow.spanType", kind_table(_SPAN_TYPES, unquote), rank=50),),
)
def fill(ctx: SpanContext) -> None:
    ctx.take("mlflow.spanType")
    if ctx.kind == "tool":
        ctx.offer_tool(unquote(ctx.take("mlflow.spanInputs")), unquote(ctx.take("mlflow.spanOutputs")))
    elif ctx.kind == "retrieval":
        documents = _documents(ctx.attributes.get("mlflow.spanOutputs"))
        if documents:
            ctx.consumed.add("mlflow.spanOutputs")
            ctx.offer_documents(documents)
    else:
        read_raw_io(ctx, "mlflow.spanInputs", "mlflow.spanOutputs", decode=unquote)

    if ctx.model is None:
        ctx.model = as_str(unquote(ctx.take("mlflow.llm.model")))
    if ctx.provider is None:
        ctx.provider = normalize_provider(unquote(ctx.take("mlflow.llm.provider")))
    usage = structured(ctx.attributes.get("mlflow.chat.tokenUsage"))
    if isinstance(usage, dict):
        ctx.consumed.add("mlflow.chat.tokenUsage")
        ctx.offer_usage(**{ours: usage.get(theirs) for theirs, ours in _USAGE_FIELDS.items()})
