"""Decoded OTLP, before any AI convention is applied.

The decoders (``ingest.decode``) turn protobuf or OTLP/JSON into these plain records; the
normalizer (``ingest.normalize``) reads only these. Attribute values are already flattened
from OTLP ``AnyValue`` into Python values: str, bool, int, float, bytes, list and dict.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    # Type-only: ingest.decode imports this module.
    from ingest.decode.exceptions import DecodeError

# OTLP enum values (opentelemetry/proto/trace/v1/trace.proto).
STATUS_UNSET, STATUS_OK, STATUS_ERROR = 0, 1, 2


@dataclass(slots=True)
class RawEvent:
    """A span event."""

    name: str
    time_unix_nano: int
    attributes: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class RawSpan:
    """One OTLP span with its resource and instrumentation scope."""

    trace_id: str
    """32 lowercase hex characters."""
    span_id: str
    """16 lowercase hex characters."""
    parent_span_id: str | None
    name: str
    kind: int
    """OTLP SpanKind: 0 unspecified, 1 internal, 2 server, 3 client, 4 producer, 5 consumer."""
    start_time_unix_nano: int
    end_time_unix_nano: int
    status_code: int
    status_message: str
    attributes: dict[str, Any]
    events: list[RawEvent]
    resource: dict[str, Any]
    scope_name: str
    scope_version: str


@dataclass(slots=True)
class RawLogRecord:
    """One OTLP log record; GenAI message events travel this way (joined to spans by ids)."""

    trace_id: str | None
    span_id: str | None
    time_unix_nano: int
    event_name: str
    """``LogRecord.event_name``, else the ``event.name`` attribute, else empty."""
    body: Any
    attributes: dict[str, Any]
    resource: dict[str, Any]
    scope_name: str


@dataclass(slots=True)
class DecodedBatch:
    """Everything one message or file yielded."""

    spans: list[RawSpan] = field(default_factory=list)
    logs: list[RawLogRecord] = field(default_factory=list)
    errors: list[DecodeError] = field(default_factory=list)
    """Spans/log records dropped from this batch (bad ids, values nested too deep); the rest decoded."""
