"""OTLP protobuf → :class:`DecodedBatch` (the Kafka hot path).

``TracesData`` and ``ExportTraceServiceRequest`` are byte-identical (``repeated ResourceSpans = 1``),
as are ``LogsData`` and ``ExportLogsServiceRequest``, so one parser serves both. Parsing is upb's;
this module adds only the walk to plain records. A span or log record with a bad id (or a value
nested too deep) is dropped and recorded in ``DecodedBatch.errors``; the rest of the batch decodes.
The resource attribute dict is built once per ``ResourceSpans``/``ResourceLogs`` and shared by its
spans/records: treat it as read-only.
"""

from __future__ import annotations

from typing import Any

from google.protobuf.message import DecodeError as ProtobufDecodeError
from google.protobuf.unknown_fields import UnknownFieldSet
from opentelemetry.proto.logs.v1.logs_pb2 import LogsData
from opentelemetry.proto.trace.v1.trace_pb2 import TracesData

from ingest.decode.anyvalue import anyvalue_from_pb, attributes_from_pb
from ingest.decode.exceptions import DecodeError, DecodeReason
from ingest.decode.ids import SPAN_ID_BYTES, TRACE_ID_BYTES, hex_id, optional_hex_id
from ingest.decode.wire import ends_inside_field
from ingest.records import DecodedBatch, RawEvent, RawLogRecord, RawSpan

# Substrings of upb's (and the pure-Python parser's) messages → our reasons. Anything else is
# "corrupt", then told apart from a cut-off message by walking the top-level fields.
_PARSER_MESSAGES: tuple[tuple[str, DecodeReason], ...] = (
    ("utf-8", DecodeReason.INVALID_UTF8),
    ("maxdepth", DecodeReason.TOO_DEEP),
    ("recursion", DecodeReason.TOO_DEEP),
)


def _parse_error(exc: ProtobufDecodeError, data: bytes, type_name: str) -> DecodeError:
    text = str(exc).lower()
    for needle, reason in _PARSER_MESSAGES:
        if needle in text:
            return DecodeError(reason, f"{type_name} rejected by the protobuf parser")
    if ends_inside_field(data):
        return DecodeError(DecodeReason.TRUNCATED_PROTOBUF, f"{type_name} ends inside a field")
    return DecodeError(DecodeReason.INVALID_PROTOBUF, f"{type_name} wire format is corrupt")


def parse_traces(data: bytes) -> Any:
    """``TracesData`` from bytes, or a ``DecodeError`` with the parser's failure classified."""
    try:
        message = TracesData.FromString(data)
    except ProtobufDecodeError as exc:
        raise _parse_error(exc, data, "TracesData") from exc
    if data and not message.resource_spans:
        # Parsed, but only into unknown fields: some other protobuf (or random bytes).
        raise DecodeError(DecodeReason.NOT_OTLP, "no resource_spans in the message")
    return message


def parse_logs(data: bytes) -> Any:
    """``LogsData`` from bytes, or a classified ``DecodeError``."""
    try:
        message = LogsData.FromString(data)
    except ProtobufDecodeError as exc:
        raise _parse_error(exc, data, "LogsData") from exc
    if data and not message.resource_logs:
        raise DecodeError(DecodeReason.NOT_OTLP, "no resource_logs in the message")
    return message


class _ResourceCache:
    """Resource attributes by their serialized bytes.

    A stream repeats the same few resources (one per service instance) in every batch; flattening
    them costs ~5 µs a message, re-serializing the resource to look it up ~1 µs. Each batch gets its
    own shallow copy, so a consumer that edits one batch's resource cannot corrupt the next.
    """

    def __init__(self, capacity: int) -> None:
        self._capacity = capacity
        self._dicts: dict[bytes, dict[str, Any]] = {}

    def attributes(self, resource: Any) -> dict[str, Any]:
        if not resource.attributes:
            return {}
        key = resource.SerializeToString()
        cached = self._dicts.get(key)
        if cached is None:
            if len(self._dicts) >= self._capacity:
                self._dicts.clear()  # crude, but the working set is tiny in practice
            cached = self._dicts[key] = attributes_from_pb(resource.attributes)
        return dict(cached)


_resources = _ResourceCache(capacity=256)


def _dropped(exc: DecodeError, location: str) -> DecodeError:
    return DecodeError(exc.reason, exc.detail, location=location)


def _span(span: Any, resource: dict[str, Any], scope_name: str, scope_version: str) -> RawSpan:
    status = span.status
    return RawSpan(
        trace_id=hex_id(span.trace_id, TRACE_ID_BYTES, "trace_id"),
        span_id=hex_id(span.span_id, SPAN_ID_BYTES, "span_id"),
        parent_span_id=optional_hex_id(span.parent_span_id, SPAN_ID_BYTES, "parent_span_id"),
        name=span.name,
        kind=span.kind,
        start_time_unix_nano=span.start_time_unix_nano,
        end_time_unix_nano=span.end_time_unix_nano,
        status_code=status.code,
        status_message=status.message,
        attributes=attributes_from_pb(span.attributes),
        events=[RawEvent(e.name, e.time_unix_nano, attributes_from_pb(e.attributes)) for e in span.events],
        resource=resource,
        scope_name=scope_name,
        scope_version=scope_version,
    )


def batch_from_traces(message: Any) -> DecodedBatch:
    """Walk a parsed ``TracesData``; bad spans go to ``errors`` with their location."""
    batch = DecodedBatch()
    spans, errors = batch.spans, batch.errors
    for r, resource_spans in enumerate(message.resource_spans):
        try:
            resource = _resources.attributes(resource_spans.resource)
        except DecodeError as exc:
            errors.append(_dropped(exc, f"resource_spans[{r}].resource"))
            continue
        for s, scope_spans in enumerate(resource_spans.scope_spans):
            scope = scope_spans.scope
            scope_name, scope_version = scope.name, scope.version
            for i, span in enumerate(scope_spans.spans):
                try:
                    spans.append(_span(span, resource, scope_name, scope_version))
                except DecodeError as exc:
                    errors.append(_dropped(exc, f"resource_spans[{r}].scope_spans[{s}].spans[{i}]"))
    return batch


def _event_name(record: Any, attributes: dict[str, Any]) -> str:
    # LogRecord.event_name exists since proto 1.5.0; older emitters set the `event.name` attribute.
    if record.event_name:
        return str(record.event_name)
    legacy = attributes.get("event.name")
    return legacy if isinstance(legacy, str) else ""


def _log(record: Any, resource: dict[str, Any], scope_name: str) -> RawLogRecord:
    attributes = attributes_from_pb(record.attributes)
    return RawLogRecord(
        trace_id=optional_hex_id(record.trace_id, TRACE_ID_BYTES, "trace_id"),
        span_id=optional_hex_id(record.span_id, SPAN_ID_BYTES, "span_id"),
        # The data model says to fall back to the observed time when the event time is unknown.
        time_unix_nano=record.time_unix_nano or record.observed_time_unix_nano,
        event_name=_event_name(record, attributes),
        body=anyvalue_from_pb(record.body),
        attributes=attributes,
        resource=resource,
        scope_name=scope_name,
    )


def batch_from_logs(message: Any) -> DecodedBatch:
    """Walk a parsed ``LogsData``; bad records go to ``errors`` with their location."""
    batch = DecodedBatch()
    logs, errors = batch.logs, batch.errors
    for r, resource_logs in enumerate(message.resource_logs):
        try:
            resource = _resources.attributes(resource_logs.resource)
        except DecodeError as exc:
            errors.append(_dropped(exc, f"resource_logs[{r}].resource"))
            continue
        for s, scope_logs in enumerate(resource_logs.scope_logs):
            scope_name = scope_logs.scope.name
            for i, record in enumerate(scope_logs.log_records):
                try:
                    logs.append(_log(record, resource, scope_name))
                except DecodeError as exc:
                    errors.append(_dropped(exc, f"resource_logs[{r}].scope_logs[{s}].log_records[{i}]"))
    return batch


def decode_traces_pb(data: bytes) -> DecodedBatch:
    """Serialized ``TracesData``/``ExportTraceServiceRequest`` → batch of spans."""
    return batch_from_traces(parse_traces(data))


def decode_logs_pb(data: bytes) -> DecodedBatch:
    """Serialized ``LogsData``/``ExportLogsServiceRequest`` → batch of log records."""
    return batch_from_logs(parse_logs(data))


def misfit_count(message: Any) -> int:
    """Spans/log records carrying unknown fields: the mark of bytes parsed with the wrong schema.

    Real emitters almost never send fields this proto version does not know, while reading logs as
    spans (or spans as logs) turns most fields into unknown ones through wire-type mismatches. Only
    the signal sniffing in ``message.py`` calls this, never the explicit-signal hot path.
    """
    if isinstance(message, TracesData):
        items = (span for rs in message.resource_spans for ss in rs.scope_spans for span in ss.spans)
    else:
        items = (rec for rl in message.resource_logs for sl in rl.scope_logs for rec in sl.log_records)
    return sum(1 for item in items if len(UnknownFieldSet(item)))
