"""OTel GenAI before v1.37: v1.28–1.36 per-message events and v1.26–1.27 content events.

v1.28 events (``gen_ai.{system,user,assistant,tool}.message``, ``gen_ai.choice``) arrive as log
records joined by trace/span id (content in the body) or, from some SDKs, as span events (content
in attributes). v1.26 spans carry ``gen_ai.content.prompt``/``completion`` events whose
``gen_ai.prompt``/``gen_ai.completion`` attribute is a JSON string (LangSmith puts the same keys
directly on the span).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ingest.normalize._context import Event, SpanContext
from ingest.normalize._messages import (
    SYSTEM_ROLES,
    MessageDict,
    MessageParts,
    add_content,
    add_openai_tool_calls,
    message_from_dict,
    normalize_finish_reason,
)
from ingest.normalize._rawio import input_messages, output_messages
from ingest.normalize._registry import register_adapter
from ingest.normalize._values import as_int, as_str, as_text, structured
from ingest.normalize.adapters.otel_genai import has_new_markers

# event name -> default role of the message it carries
_MESSAGE_EVENTS = {
    "gen_ai.system.message": "system",
    "gen_ai.user.message": "user",
    "gen_ai.assistant.message": "assistant",
    "gen_ai.tool.message": "tool",
}
_CHOICE = "gen_ai.choice"
_PROMPT_EVENT, _COMPLETION_EVENT = "gen_ai.content.prompt", "gen_ai.content.completion"
_LEGACY_EVENTS = frozenset({*_MESSAGE_EVENTS, _CHOICE, _PROMPT_EVENT, _COMPLETION_EVENT})
_LEGACY_KEYS = ("gen_ai.system", "gen_ai.prompt", "gen_ai.completion")


def _detect(ctx: SpanContext) -> bool:
    if "gen_ai" not in ctx.roots and not ctx.events:
        return False
    legacy = not ctx.attributes.keys().isdisjoint(_LEGACY_KEYS) or (
        bool(ctx.events) and any(e.name in _LEGACY_EVENTS for e in ctx.events)
    )
    return legacy and not has_new_markers(ctx)


def _payload(event: Event) -> dict[str, Any]:
    if isinstance(event.body, str):  # a few SDKs log the bare content string as the body
        return {**event.attributes, "content": event.body}
    data = event.payload()
    # Span-event variants (e.g. Semantic Kernel) hold the body as JSON in one attribute.
    wrapped = structured(data.get("gen_ai.event.content"))
    return wrapped if isinstance(wrapped, dict) else data


def _event_message(event: Event) -> list[MessageDict]:
    data = _payload(event)
    role = as_str(data.get("role")) or _MESSAGE_EVENTS[event.name]
    tool = event.name == "gen_ai.tool.message"
    acc = MessageParts(role=role, tool_call_id=as_str(data.get("id")) if tool else None)
    content = data.get("content")
    # A tool's result may be recorded as the structured value it returned (pydantic-ai does).
    add_content(as_text(content) if tool and isinstance(content, dict) else content, acc)
    add_openai_tool_calls(structured(data.get("tool_calls")), acc)
    return acc.build()


def _choice(event: Event) -> tuple[int, list[MessageDict], str | None]:
    data = _payload(event)
    message = structured(data.get("message"))
    built = message_from_dict(message, "assistant") if isinstance(message, dict) else []
    if not built or (data.get("tool_calls") and not any(m.get("tool_calls") for m in built)):
        acc = MessageParts(role="assistant")
        add_openai_tool_calls(structured(data.get("tool_calls")), acc)
        if acc.tool_calls:
            built = [m for m in built if m.get("content")] + acc.build()
    return as_int(data.get("index")) or 0, built, normalize_finish_reason(data.get("finish_reason"))


def conversation(events: Sequence[Event]) -> tuple[list[MessageDict], list[MessageDict], list[str]]:
    """``(input messages, output messages, finish reasons)`` of v1.28 message events, in the given order.

    Inputs come from ``gen_ai.{system,user,assistant,tool}.message``, outputs from ``gen_ai.choice``
    (ordered by choice index).
    """
    inputs: list[MessageDict] = []
    choices: list[tuple[int, list[MessageDict], str | None]] = []
    for event in events:
        if event.name == _CHOICE:
            choices.append(_choice(event))
        elif event.name in _MESSAGE_EVENTS:
            inputs.extend(_event_message(event))
    choices.sort(key=lambda item: item[0])
    outputs = [m for _, built, _ in choices for m in built]
    return inputs, outputs, [reason for _, _, reason in choices if reason]


def _from_message_events(ctx: SpanContext) -> None:
    named = ctx.events_named(*_MESSAGE_EVENTS, _CHOICE)
    if not named:
        return
    named.sort(key=lambda item: item[1].time_unix_nano)  # stable: same-timestamp records keep arrival order
    for index, _ in named:
        ctx.consume_event(index)
    inputs, outputs, reasons = conversation([event for _, event in named])
    if ctx.input_messages:
        # Another source won the conversation; the events can still supply the system prompt (7.3 step 3).
        ctx.offer_system("\n".join(m["content"] for m in inputs if m["role"] in SYSTEM_ROLES and m.get("content")))
    ctx.offer_input(inputs)
    ctx.offer_output(outputs)
    if reasons and ctx.finish_reasons is None:
        ctx.finish_reasons = reasons


def _from_content_events(ctx: SpanContext) -> None:
    for index, event in ctx.events_named(_PROMPT_EVENT, _COMPLETION_EVENT):
        ctx.consume_event(index)
        if event.name == _PROMPT_EVENT:
            ctx.offer_input(input_messages(event.attributes.get("gen_ai.prompt")))
        else:
            ctx.offer_output(output_messages(event.attributes.get("gen_ai.completion"), ctx))
    for key in ("gen_ai.prompt", "gen_ai.completion"):
        value = ctx.take(key)
        if value is not None:
            if key == "gen_ai.prompt":
                ctx.offer_input(input_messages(value))
            else:
                ctx.offer_output(output_messages(value, ctx))


@register_adapter("otel_genai_legacy", order=40, label_rank=45, detect=_detect)
def fill(ctx: SpanContext) -> None:
    if ctx.events:
        _from_message_events(ctx)
        _from_content_events(ctx)
    elif "gen_ai.prompt" in ctx.attributes or "gen_ai.completion" in ctx.attributes:
        _from_content_events(ctx)
