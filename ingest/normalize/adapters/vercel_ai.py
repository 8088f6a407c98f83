"""Vercel AI SDK (``ai.*`` attributes from the ``ai`` tracer, TypeScript).

Prompt in ``ai.prompt.messages`` (provider-level, per call) or ``ai.prompt`` (``{system, prompt,
messages}`` on the root span); output in ``ai.response.text`` + ``ai.response.toolCalls``
(v3: ``ai.result.*``); tool spans in ``ai.toolCall.args``/``result``.
"""

from __future__ import annotations

from typing import Any

from ingest.normalize._context import SpanContext
from ingest.normalize._messages import MessageParts, add_parts, message, messages_from_list
from ingest.normalize._registry import KindRule, register_adapter
from ingest.normalize._values import as_str, as_text, parse_structured, structured
from schemas.span import SpanKind


def _detect(ctx: SpanContext) -> bool:
    return "ai" in ctx.roots


def _fill_input(ctx: SpanContext) -> None:
    messages = structured(ctx.take("ai.prompt.messages"))
    if isinstance(messages, list):
        ctx.offer_input(messages_from_list(messages, "user"))
    prompt = ctx.take("ai.prompt")
    parsed = structured(prompt)
    if isinstance(parsed, dict):
        ctx.offer_system(as_str(parsed.get("system")))
        if isinstance(parsed.get("messages"), list):
            ctx.offer_input(messages_from_list(parsed["messages"], "user"))
        elif isinstance(parsed.get("prompt"), str):
            ctx.offer_input([message("user", parsed["prompt"])])
    elif isinstance(prompt, str) and prompt:
        ctx.offer_input([message("user", prompt)])


def _fill_output(ctx: SpanContext) -> None:
    text = ctx.take_first(("ai.response.text", "ai.result.text"))
    calls = structured(ctx.take_first(("ai.response.toolCalls", "ai.result.toolCalls")))
    obj = ctx.take_first(("ai.response.object", "ai.result.object"))
    acc = MessageParts(role="assistant")
    acc.add_text(text if isinstance(text, str) else as_text(obj))
    if isinstance(calls, list):
        add_parts(({"type": "tool-call", **c} for c in calls if isinstance(c, dict)), acc)
    if acc.texts or acc.tool_calls:
        ctx.offer_output(acc.build())


def _operation_kind(operation_id: Any) -> SpanKind | None:
    if not isinstance(operation_id, str):
        return None
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


@register_adapter(
    "vercel_ai",
    order=50,
    label_rank=30,
    detect=_detect,
    kinds=(KindRule("ai.operationId", _operation_kind, rank=70),),
    ladders={
        "response_model": ("ai.response.model",),
        "finish_reasons": ("ai.response.finishReason", "ai.finishReason"),
        "request_model": ("ai.model.id",),
        "provider": ("ai.model.provider",),
        "session_id": ("ai.telemetry.metadata.sessionId",),
        "user_id": ("ai.telemetry.metadata.userId",),
        "tool_name": ("ai.toolCall.name",),
        "tool_call_id": ("ai.toolCall.id",),
        "input_tokens": ("ai.usage.inputTokens", "ai.usage.promptTokens", "ai.usage.tokens"),
        "output_tokens": ("ai.usage.outputTokens", "ai.usage.completionTokens"),
        "total_tokens": ("ai.usage.totalTokens",),
        "cache_read_tokens": ("ai.usage.cachedInputTokens",),
        "reasoning_tokens": ("ai.usage.reasoningTokens",),
    },
)
def fill(ctx: SpanContext) -> None:
    ctx.take("ai.operationId")
    _fill_input(ctx)
    _fill_output(ctx)
    if "ai.toolCall.args" in ctx.attributes or "ai.toolCall.result" in ctx.attributes:
        ctx.offer_tool(parse_structured(ctx.take("ai.toolCall.args")), parse_structured(ctx.take("ai.toolCall.result")))
