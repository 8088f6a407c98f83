"""Vercel AI SDK (``ai.*`` attributes from the ``ai`` tracer, TypeScript).

Prompt in ``ai.prompt.messages`` (provider-level, per call) or ``ai.prompt`` (``{system, prompt,
messages}`` on the root span); output in ``ai.response.text`` + ``ai.response.toolCalls``
(v3: ``ai.result.*``); tool spans in ``ai.toolCall.args``/``result``.
"""

from __future__ import annotations

from ingest.normalize._context import SpanContext
from ingest.normalize._messages import MessageParts, add_parts, message, messages_from_list
from ingest.normalize._registry import register_adapter
from ingest.normalize._values import as_str, as_text, parse_structured, structured


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


@register_adapter("vercel_ai", order=50, label_rank=30, detect=_detect)
def fill(ctx: SpanContext) -> None:
    ctx.take("ai.operationId")
    _fill_input(ctx)
    _fill_output(ctx)
    if "ai.toolCall.args" in ctx.attributes or "ai.toolCall.result" in ctx.attributes:
        ctx.offer_tool(parse_structured(ctx.take("ai.toolCall.args")), parse_structured(ctx.take("ai.toolCall.result")))
