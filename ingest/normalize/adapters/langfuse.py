"""The Langfuse SDK's OpenTelemetry attributes (``langfuse.*``; langfuse-python ``_client/attributes.py``).

Teams that instrument with Langfuse's SDK and export OTLP carry content in
``langfuse.observation.input``/``output`` (JSON-serialized unless the value was a string), the
model in ``langfuse.observation.model.name``, usage in ``langfuse.observation.usage_details``
(``{"input", "output", "total", ...}``) and the observation type (``generation``, ``tool``,
``agent`` ...) in ``langfuse.observation.type``; ``update_trace`` puts the trace's own input and
output on a span as ``langfuse.trace.input``/``output``. The app sets these explicitly, so this
adapter fills before every other (Langfuse's own server gives them first place too).
"""

from __future__ import annotations

from typing import Any

from ingest.normalize._context import SpanContext
from ingest.normalize._rawio import input_messages, output_messages
from ingest.normalize._registry import KindRule, kind_table, register_adapter
from ingest.normalize._values import parse_structured, structured
from schemas.span import SpanKind

_OBSERVATION_TYPES: dict[str, SpanKind] = {
    "generation": "llm",
    "embedding": "embedding",
    "agent": "agent",
    "tool": "tool",
    "chain": "chain",
    "retriever": "retrieval",
    "span": "other",
    "event": "other",
    "evaluator": "other",
    "guardrail": "other",
}
# usage_details key -> ours; the SDK passes the caller's dict through, OpenAI-style names included.
_USAGE: dict[str, str] = {
    "input": "input_tokens",
    "prompt_tokens": "input_tokens",
    "output": "output_tokens",
    "completion_tokens": "output_tokens",
    "total": "total_tokens",
    "total_tokens": "total_tokens",
}
_IO_KEYS = (
    ("langfuse.observation.input", "langfuse.observation.output"),
    ("langfuse.trace.input", "langfuse.trace.output"),
)


def _detect(ctx: SpanContext) -> bool:
    return "langfuse" in ctx.roots


def _usage(ctx: SpanContext) -> None:
    details = structured(ctx.attributes.get("langfuse.observation.usage_details"))
    if isinstance(details, dict):
        ctx.consumed.add("langfuse.observation.usage_details")
        counts: dict[str, Any] = {}
        for theirs, ours in _USAGE.items():
            if theirs in details:
                counts.setdefault(ours, details[theirs])
        ctx.offer_usage(**counts)


@register_adapter(
    "langfuse",
    order=5,
    label_rank=5,
    detect=_detect,
    kinds=(KindRule("langfuse.observation.type", kind_table(_OBSERVATION_TYPES), rank=5),),
    ladders={
        "response_model": ("langfuse.observation.model.name",),
        "session_id": ("langfuse.session.id",),
        "user_id": ("langfuse.user.id",),
    },
)
def fill(ctx: SpanContext) -> None:
    ctx.take("langfuse.observation.type")
    _usage(ctx)
    for input_key, output_key in _IO_KEYS:
        if input_key not in ctx.attributes and output_key not in ctx.attributes:
            continue
        if ctx.kind == "tool":
            # ``start_as_current_observation(name=..., as_type="tool")`` names the tool by the span name.
            ctx.tool_name = ctx.tool_name or ctx.raw.name or None
            ctx.offer_tool(parse_structured(ctx.take(input_key)), parse_structured(ctx.take(output_key)))
            continue
        value = ctx.take(input_key)
        if value is not None:
            ctx.offer_input(input_messages(value))
        value = ctx.take(output_key)
        if value is not None:
            ctx.offer_output(output_messages(value, ctx))
