"""Which fields of a trace record are kept as they are; everything else is redacted.

The list is of fields to *keep* (ids, timestamps, enums, model names, usage numbers, span names,
service and scope names), not of fields to redact: a field added to the schema later is redacted
until someone decides it is safe, rather than leaking until someone notices.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import BaseModel

from schemas.span import (
    Document,
    ErrorInfo,
    Feedback,
    Message,
    NormalizedSpan,
    SpanEvent,
    ToolCallRequest,
    ToolExecution,
    Usage,
)
from schemas.trace import TraceRecord, TraceToolCall

_KEEP: dict[type[BaseModel], frozenset[str]] = {
    TraceRecord: frozenset(
        {"schema_version", "trace_id", "service", "start_time", "end_time", "model", "usage", "violations", "complete"}
    ),
    NormalizedSpan: frozenset(
        {
            "schema_version",
            "trace_id",
            "span_id",
            "parent_span_id",
            "name",
            "kind",
            "convention",
            "service",
            "scope",
            "start_time",
            "end_time",
            "status",
            "model",
            "provider",
            "usage",
        }
    ),
    Message: frozenset({"role", "tool_call_id"}),
    ToolCallRequest: frozenset({"id", "name"}),
    TraceToolCall: frozenset({"id", "name"}),
    ToolExecution: frozenset({"name", "call_id"}),
    Document: frozenset({"id", "score"}),
    ErrorInfo: frozenset({"type"}),
    Feedback: frozenset({"name", "score", "span_id", "source"}),
    SpanEvent: frozenset({"name", "time"}),
    Usage: frozenset(Usage.model_fields),
}

ValueFn = Callable[[Any], Any]


def map_model(model: BaseModel, on_value: ValueFn) -> BaseModel:
    """A copy of ``model`` with every non-kept field passed through ``on_value`` (nested models recursed)."""
    keep = _KEEP.get(type(model), frozenset())
    update: dict[str, Any] = {}
    for name in type(model).model_fields:
        if name in keep:
            continue
        value = getattr(model, name)
        if value is None:
            continue
        update[name] = _map_field(value, on_value)
    return model.model_copy(update=update)


def _map_field(value: Any, on_value: ValueFn) -> Any:
    if isinstance(value, BaseModel):
        return map_model(value, on_value)
    if isinstance(value, list) and any(isinstance(item, BaseModel) for item in value):
        return [_map_field(item, on_value) for item in value]
    return on_value(value)
