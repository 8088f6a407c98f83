"""LangSmith's OpenTelemetry export (``langsmith.*``; CONVENTIONS 4.4).

The run type classifies the span and the run name names a tool: LangSmith's tool spans carry the
tool's name only as ``langsmith.trace.name`` (and in the span name). Content travels as whole-run
JSON in ``gen_ai.prompt``/``gen_ai.completion``, read by ``otel_genai_legacy``.
"""

from __future__ import annotations

from ingest.normalize._context import SpanContext
from ingest.normalize._registry import KindRule, kind_table, register_adapter
from ingest.normalize._values import as_str
from schemas.span import SpanKind

_RUN_TYPES: dict[str, SpanKind] = {
    "llm": "llm",
    "chain": "chain",
    "tool": "tool",
    "retriever": "retrieval",
    "embedding": "embedding",
    "parser": "chain",
    "prompt": "other",
}


def _detect(ctx: SpanContext) -> bool:
    return "langsmith" in ctx.roots


@register_adapter(
    "langsmith",
    order=35,
    detect=_detect,
    kinds=(KindRule("langsmith.span.kind", kind_table(_RUN_TYPES), rank=60),),
    ladders={"session_id": ("langsmith.trace.session_id",)},
)
def fill(ctx: SpanContext) -> None:
    ctx.take("langsmith.span.kind")
    if ctx.kind == "tool" and ctx.tool_name is None:
        ctx.tool_name = as_str(ctx.take("langsmith.trace.name"))
