"""Fallback for any span: raw ``input.value``/``output.value`` (or ``input``/``output``).

Status, errors, model, usage, session and feedback come from the cross-convention ladders that run
for every span, so a span from an unknown emitter still yields everything those cover.
"""

from __future__ import annotations

from ingest.normalize._context import SpanContext
from ingest.normalize._rawio import read_raw_io
from ingest.normalize._registry import register_adapter
from ingest.normalize._values import parse_structured


def _detect(ctx: SpanContext) -> bool:
    return True


@register_adapter("generic", order=100, detect=_detect, ladders={"user_id": ("enduser.id",)})
def fill(ctx: SpanContext) -> None:
    for input_key, output_key in (("input.value", "output.value"), ("input", "output")):
        if input_key not in ctx.attributes and output_key not in ctx.attributes:
            continue
        if ctx.kind == "tool":
            ctx.offer_tool(parse_structured(ctx.take(input_key)), parse_structured(ctx.take(output_key)))
        else:
            read_raw_io(ctx, input_key, output_key)
