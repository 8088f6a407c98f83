"""pydantic-ai's own instrumentation: the agent run's conversation in ``pydantic_ai.all_messages``.

Its model-request spans follow OTel GenAI (read by ``otel_genai``); the agent span (``agent run`` /
``invoke_agent <name>``) instead carries the whole run as one JSON list in the v1.37 message shape
(``{"role", "parts": [...]}``), message history included. That list is the only record of what a
failed first request was sent: pydantic-ai writes a chat span's messages after a response.
"""

from __future__ import annotations

from ingest.normalize._context import SpanContext
from ingest.normalize._messages import MessageDict, message, messages_from_list
from ingest.normalize._registry import register_adapter
from ingest.normalize._values import as_text, parse_structured, structured

ALL_MESSAGES, FINAL_RESULT = "pydantic_ai.all_messages", "final_result"


_TOOL_KEYS = ("tool_arguments", "tool_response")
"""Format 2's ``running tool`` span (later formats write ``gen_ai.tool.call.*``)."""


def _detect(ctx: SpanContext) -> bool:
    attributes = ctx.attributes
    return ALL_MESSAGES in attributes or not attributes.keys().isdisjoint(_TOOL_KEYS)


def split_run(messages: list[MessageDict]) -> tuple[list[MessageDict], list[MessageDict]]:
    """``(input, output)`` of a run: the conversation up to its last user prompt, and what followed.

    The prompt is the last ``user`` message that is not a tool result (pydantic-ai's older formats
    send tool results as ``user`` messages); anything after it is what this run produced.
    """
    last_prompt = -1
    for index, item in enumerate(messages):
        if item["role"] == "user" and "tool_call_id" not in item:
            last_prompt = index
    if last_prompt < 0:
        return messages, []
    return messages[: last_prompt + 1], messages[last_prompt + 1 :]


def final_result(ctx: SpanContext) -> None:
    """``final_result`` (the run's output: a string, or JSON of a structured output) when nothing gave one."""
    value = ctx.attributes.get(FINAL_RESULT)
    if value is None:
        return
    ctx.consumed.add(FINAL_RESULT)
    text = value if isinstance(value, str) else as_text(value)
    if text:
        ctx.offer_output([message("assistant", text)])


@register_adapter("pydantic_ai", order=15, label_rank=60, detect=_detect)
def fill(ctx: SpanContext) -> None:
    if ctx.kind == "tool":
        ctx.offer_tool(parse_structured(ctx.take("tool_arguments")), parse_structured(ctx.take("tool_response")))
    parsed = structured(ctx.attributes.get(ALL_MESSAGES))
    if not isinstance(parsed, list):
        return  # unparseable (e.g. truncated): left in attributes as evidence
    ctx.consumed.add(ALL_MESSAGES)
    inputs, outputs = split_run(messages_from_list(parsed, "user"))
    ctx.offer_input(inputs)
    ctx.offer_output(outputs)
    final_result(ctx)
