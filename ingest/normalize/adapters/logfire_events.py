"""GenAI events carried as JSON-array attributes (pydantic-ai's format version 1, Logfire).

pydantic-ai 1.x with ``InstrumentationSettings(version=1, event_mode="attributes")`` (and Logfire's
Vercel AI processor) write the v1.28 per-message events into attributes instead of span events or
log records: ``events`` on the chat span (``[{"event.name": "gen_ai.system.message", "role",
"content", ...}, ..., {"event.name": "gen_ai.choice", "index", "message": {...}}]``) and
``all_messages_events`` plus ``final_result`` on the agent-run span (the whole run, the last
answer an ``gen_ai.assistant.message``). Each element is read as the event it stands for.
"""

from __future__ import annotations

from typing import Any

from ingest.normalize._context import Event, SpanContext
from ingest.normalize._messages import SYSTEM_ROLES
from ingest.normalize._registry import register_adapter
from ingest.normalize._values import structured
from ingest.normalize.adapters.otel_genai_legacy import conversation
from ingest.normalize.adapters.pydantic_ai import final_result, split_run

EVENTS, ALL_MESSAGES_EVENTS = "events", "all_messages_events"


def _detect(ctx: SpanContext) -> bool:
    return EVENTS in ctx.attributes or ALL_MESSAGES_EVENTS in ctx.attributes


def _events(value: Any) -> list[Event] | None:
    """The list as events, ``None`` unless every element names its event (another ``events`` attribute)."""
    items = structured(value)
    if not isinstance(items, list) or not items:
        return None
    if not all(isinstance(item, dict) and isinstance(item.get("event.name"), str) for item in items):
        return None
    return [Event(item["event.name"], 0, item) for item in items]


@register_adapter("logfire_events", order=16, label_rank=55, detect=_detect)
def fill(ctx: SpanContext) -> None:
    chat = _events(ctx.attributes.get(EVENTS))
    if chat is not None:
        ctx.consumed.add(EVENTS)
        inputs, outputs, reasons = conversation(chat)
        ctx.offer_input(inputs)
        ctx.offer_output(outputs)
        if reasons and ctx.finish_reasons is None:
            ctx.finish_reasons = reasons
    run = _events(ctx.attributes.get(ALL_MESSAGES_EVENTS))
    if run is not None:
        ctx.consumed.add(ALL_MESSAGES_EVENTS)
        messages, _, _ = conversation(run)
        system = [m for m in messages if m["role"] in SYSTEM_ROLES]
        inputs, outputs = split_run([m for m in messages if m["role"] not in SYSTEM_ROLES])
        ctx.offer_input(system + inputs)
        ctx.offer_output(outputs)
        final_result(ctx)
