"""``normalize_span``: RawSpan (+ joined log records) -> NormalizedSpan.

Steps: classify the span kind (7.2) · read the cross-convention ladders (model, usage, ...) ·
run every adapter that detects the span, in precedence order, each filling gaps only (7.3) ·
errors and feedback · lift system messages out of the conversation · leave whatever nothing
consumed in ``attributes``/``events``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from operator import attrgetter
from typing import Any

from pydantic import ValidationError

from ingest.normalize._common import fill_common
from ingest.normalize._context import UNSET, Event, SpanContext
from ingest.normalize._kind import classify
from ingest.normalize._messages import normalize_finish_reason, split_system
from ingest.normalize._registry import TABLES, detect_adapters
from ingest.normalize._signals import fill_error, fill_feedback
from ingest.normalize._tool_names import tool_name_from_span_name
from ingest.normalize._values import as_str
from ingest.normalize.adapters import load_adapters
from ingest.normalize.exceptions import InvalidSpanError, NormalizeError
from ingest.records import STATUS_ERROR, STATUS_OK, RawLogRecord, RawSpan
from schemas.span import NormalizedSpan, SpanEvent, SpanStatus, ToolExecution

load_adapters()  # registers every convention adapter
_TRACE_ID = re.compile(r"[0-9a-f]{32}")
_SPAN_ID = re.compile(r"[0-9a-f]{16}")
_HEX_IDS = re.compile(r"[0-9a-f]*")
_STATUS: dict[int, SpanStatus] = {STATUS_OK: "ok", STATUS_ERROR: "error"}
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_LABEL_RANK = attrgetter("label_rank")
# The model's own validator, called directly: ``model_validate`` only forwards to it, and its
# keyword handling costs ~1 µs per span here.
_validate_span = NormalizedSpan.__pydantic_validator__.validate_python


def normalize_span(raw: RawSpan, logs: Sequence[RawLogRecord] = ()) -> NormalizedSpan:
    """Normalize one span; ``logs`` are the log records that share its trace and span id.

    Raises :class:`InvalidSpanError` when the ids are malformed; never on attribute content.
    """
    _check_ids(raw)
    ctx = SpanContext.of(raw, logs)
    ctx.kind = classify(ctx.attributes)
    fill_common(ctx)
    detected = detect_adapters(ctx)
    for adapter in detected:
        adapter.fill(ctx)
    fill_error(ctx)
    fill_feedback(ctx)
    _finish_reasons(ctx)
    if ctx.kind == "tool" and ctx.tool_name is None:
        ctx.tool_name = tool_name_from_span_name(raw.name)
    if ctx.model is not None and "/" in ctx.model:
        _model_from_path(ctx)

    system, inputs = split_system(ctx.input_messages or [])
    ctx.offer_system(system)
    status = _STATUS.get(raw.status_code, "unset")
    if ctx.error is not None and status == "unset":
        status = "error"

    attributes = _leftover_attributes(ctx)
    if ctx.finish_reasons:
        # The schema has no finish-reason field; keep the normalized list under the OTel key.
        attributes = {**attributes, "gen_ai.response.finish_reasons": ctx.finish_reasons}

    fields = {
        "trace_id": raw.trace_id,
        "span_id": raw.span_id,
        "parent_span_id": raw.parent_span_id or None,
        "name": raw.name,
        "kind": ctx.kind,
        "convention": min(detected, key=_LABEL_RANK).name,
        "service": as_str(raw.resource.get("service.name")),
        "scope": raw.scope_name or None,
        "start_time": _time(raw.start_time_unix_nano),
        "end_time": _time(raw.end_time_unix_nano),
        "status": status,
        "error": ctx.error,
        "model": ctx.model,
        "system": ctx.system,
        "provider": ctx.provider,
        "usage": _usage(ctx.usage),
        "input_messages": inputs,
        "output_messages": ctx.output_messages or [],
        "documents": ctx.documents,
        "tool": _tool(ctx),
        "feedback": ctx.feedback,
        "session_id": ctx.session_id,
        "user_id": ctx.user_id,
        "attributes": attributes,
        "events": _leftover_events(ctx),
    }
    # One validation of the whole span (messages are plain dicts until here: much cheaper than a
    # model per message). A failure is our bug, not bad input; the pydantic error embeds span
    # content, so only the field locations are reported and the original is not chained.
    try:
        return _validate_span(fields)
    except ValidationError as exc:
        locations = sorted({".".join(str(part) for part in error["loc"]) for error in exc.errors()})
        raise NormalizeError(f"span {raw.span_id}: invalid normalized fields {locations}") from None


def _leftover_attributes(ctx: SpanContext) -> dict[str, Any]:
    """The attributes no adapter consumed, in their original order."""
    attributes, consumed = ctx.attributes, ctx.consumed
    if not consumed:
        return attributes
    # Spans of one key set are usually consumed alike: the kept keys are remembered per key set
    # with the consumed set they follow from, and a set comparison (in C) replaces a pop per key.
    shape = ctx.shape
    memo = shape.leftover
    if memo is None or memo[0] != consumed:
        memo = shape.leftover = (frozenset(consumed), tuple(key for key in attributes if key not in consumed))
    return {key: attributes[key] for key in memo[1]}


def _check_ids(raw: RawSpan) -> None:
    trace_id, span_id, parent = raw.trace_id, raw.span_id, raw.parent_span_id
    if (
        type(trace_id) is str
        and type(span_id) is str
        and len(trace_id) == 32
        and len(span_id) == 16
        and (not parent or (type(parent) is str and len(parent) == 16))
        and _HEX_IDS.fullmatch(f"{trace_id}{span_id}{parent or ''}")
    ):
        return  # one regex over all ids: this runs for every span; the checks below name the culprit
    if not isinstance(raw.trace_id, str) or not _TRACE_ID.fullmatch(raw.trace_id):
        raise InvalidSpanError("span has a malformed trace_id (expected 32 lowercase hex characters)")
    if not isinstance(raw.span_id, str) or not _SPAN_ID.fullmatch(raw.span_id):
        raise InvalidSpanError(f"span in trace {raw.trace_id} has a malformed span_id")
    if raw.parent_span_id and not _SPAN_ID.fullmatch(raw.parent_span_id):
        raise InvalidSpanError(f"span {raw.span_id} has a malformed parent_span_id")


def _time(unix_nano: int) -> datetime | None:
    # Integer arithmetic: exact to the microsecond (a float of 1.7e18 ns is not).
    # (Positional timedelta arguments: a third cheaper than the keyword form, on every span twice.)
    return _EPOCH + timedelta(0, 0, unix_nano // 1000) if unix_nano else None


def _usage(counts: dict[str, int]) -> dict[str, int] | None:
    if not counts:
        return None
    if "total_tokens" not in counts and ("input_tokens" in counts or "output_tokens" in counts):
        # Table 7.3: total falls back to the sum (an embedding call has input tokens only).
        counts["total_tokens"] = counts.get("input_tokens", 0) + counts.get("output_tokens", 0)
    return counts  # validated with the span


def _tool(ctx: SpanContext) -> ToolExecution | None:
    arguments = None if ctx.tool_arguments is UNSET else ctx.tool_arguments
    result = None if ctx.tool_result is UNSET else ctx.tool_result
    if ctx.kind != "tool" and ctx.tool_name is None and arguments is None and result is None:
        return None
    return ToolExecution(name=ctx.tool_name, call_id=ctx.tool_call_id, arguments=arguments, result=result)


_MODEL_PATH = re.compile(r"(?:^|/)models/([^/]+)$")


def _model_from_path(ctx: SpanContext) -> None:
    """A resource path (``projects/p/locations/l/publishers/google/models/gemini-2.5-flash``,
    ``models/gemini-2.5-flash``) names the model by its last segment; the path stays in attributes."""
    model = ctx.model or ""
    match = _MODEL_PATH.search(model)
    if match is None:
        return
    ctx.model = match.group(1)
    ctx.consumed.difference_update([key for key in ctx.consumed if ctx.attributes.get(key) == model])


def _finish_reasons(ctx: SpanContext) -> None:
    keys = TABLES.finish_reason_keys
    if ctx.attributes.keys().isdisjoint(keys):
        return
    value: Any = ctx.take_first(keys)
    if ctx.finish_reasons is not None or value is None:
        return
    values = value if isinstance(value, list | tuple) else [value]
    reasons = [normalize_finish_reason(v) for v in values]
    ctx.finish_reasons = [r for r in reasons if r] or None


def _leftover_events(ctx: SpanContext) -> list[SpanEvent]:
    if not ctx.events:
        return []
    return [_span_event(e) for i, e in enumerate(ctx.events) if i not in ctx.consumed_events]


def _span_event(event: Event) -> SpanEvent:
    attributes = event.attributes
    if event.from_log and event.body is not None:
        attributes = {**attributes, "log.body": event.body}
    return SpanEvent(name=event.name or "log", time=_time(event.time_unix_nano), attributes=attributes)
