"""OTLP/JSON → :class:`DecodedBatch`.

Reads what the collector's file exporter and OTLP/HTTP JSON clients write: lowerCamelCase keys
(snake_case accepted too), hex ids in any case (base64 ids, as ``MessageToJson`` writes them, too),
int64 as strings or numbers, enums as integers (or their proto names), unknown fields ignored.
A document may carry ``resourceSpans``, ``resourceLogs`` or both. As with protobuf, a span/log record
that cannot be decoded is dropped into ``DecodedBatch.errors`` and the rest of the document decodes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import orjson
from opentelemetry.proto.trace.v1.trace_pb2 import Span, Status

from ingest.decode.anyvalue import anyvalue_from_json, attributes_from_json, json_int, snake_case
from ingest.decode.exceptions import DecodeError, DecodeReason
from ingest.decode.ids import (
    SPAN_ID_BYTES,
    TRACE_ID_BYTES,
    json_hex_id,
    optional_json_hex_id,
)
from ingest.records import DecodedBatch, RawEvent, RawLogRecord, RawSpan

_BOM = b"\xef\xbb\xbf"
_SPAN_KINDS = dict(Span.SpanKind.items())
_STATUS_CODES = dict(Status.StatusCode.items())

# orjson error text → reason (its messages carry positions, never content).
_JSON_MESSAGES = (("utf-8", DecodeReason.INVALID_UTF8), ("depth limit", DecodeReason.TOO_DEEP))


class _Keys:
    """camelCase → snake_case, computed once per key name rather than per lookup."""

    def __init__(self) -> None:
        self._snake: dict[str, str] = {}

    def get(self, obj: dict[str, Any], camel: str, default: Any = None) -> Any:
        value = obj.get(camel)
        if value is None:
            snake = self._snake.get(camel)
            if snake is None:
                snake = self._snake[camel] = snake_case(camel)
            value = obj.get(snake)
        return default if value is None else value


_get = _Keys().get


def load_json(data: bytes) -> Any:
    """Parse JSON bytes (a leading UTF-8 BOM is tolerated), classifying orjson's failures."""
    try:
        return orjson.loads(data.removeprefix(_BOM))
    except orjson.JSONDecodeError as exc:
        text = str(exc).lower()
        reason = next((r for needle, r in _JSON_MESSAGES if needle in text), DecodeReason.INVALID_JSON)
        raise DecodeError(reason, "not parsable as JSON") from exc


def _list(obj: dict[str, Any], camel: str) -> list[Any]:
    value = _get(obj, camel, [])
    if not isinstance(value, list):
        raise DecodeError(DecodeReason.BAD_VALUE, f"{camel} is not a list")
    return value


def _dict(obj: Any, what: str) -> dict[str, Any]:
    if not isinstance(obj, dict):
        raise DecodeError(DecodeReason.BAD_VALUE, f"{what} is not an object")
    return obj


def _str(obj: dict[str, Any], camel: str) -> str:
    value = _get(obj, camel, "")
    if not isinstance(value, str):
        raise DecodeError(DecodeReason.BAD_VALUE, f"{camel} is not a string")
    return value


def _enum(raw: Any, names: dict[str, int], what: str) -> int:
    if isinstance(raw, str) and raw in names:  # proto names, as MessageToDict writes by default
        return names[raw]
    return json_int(raw, what)


def _span(obj: Any, resource: dict[str, Any], scope_name: str, scope_version: str) -> RawSpan:
    span = _dict(obj, "span")
    status = _dict(_get(span, "status", {}), "status")
    return RawSpan(
        trace_id=json_hex_id(_get(span, "traceId"), TRACE_ID_BYTES, "traceId"),
        span_id=json_hex_id(_get(span, "spanId"), SPAN_ID_BYTES, "spanId"),
        parent_span_id=optional_json_hex_id(_get(span, "parentSpanId"), SPAN_ID_BYTES, "parentSpanId"),
        name=_str(span, "name"),
        kind=_enum(_get(span, "kind", 0), _SPAN_KINDS, "kind"),
        start_time_unix_nano=json_int(_get(span, "startTimeUnixNano", 0), "startTimeUnixNano"),
        end_time_unix_nano=json_int(_get(span, "endTimeUnixNano", 0), "endTimeUnixNano"),
        status_code=_enum(_get(status, "code", 0), _STATUS_CODES, "status.code"),
        status_message=_str(status, "message"),
        attributes=attributes_from_json(_get(span, "attributes")),
        events=[_event(event) for event in _list(span, "events")],
        resource=resource,
        scope_name=scope_name,
        scope_version=scope_version,
    )


def _event(obj: Any) -> RawEvent:
    event = _dict(obj, "event")
    return RawEvent(
        name=_str(event, "name"),
        time_unix_nano=json_int(_get(event, "timeUnixNano", 0), "timeUnixNano"),
        attributes=attributes_from_json(_get(event, "attributes")),
    )


def _log(obj: Any, resource: dict[str, Any], scope_name: str, scope_version: str) -> RawLogRecord:
    record = _dict(obj, "logRecord")
    attributes = attributes_from_json(_get(record, "attributes"))
    legacy_name = attributes.get("event.name")
    time = json_int(_get(record, "timeUnixNano", 0), "timeUnixNano")
    return RawLogRecord(
        trace_id=optional_json_hex_id(_get(record, "traceId"), TRACE_ID_BYTES, "traceId"),
        span_id=optional_json_hex_id(_get(record, "spanId"), SPAN_ID_BYTES, "spanId"),
        time_unix_nano=time or json_int(_get(record, "observedTimeUnixNano", 0), "observedTimeUnixNano"),
        event_name=_str(record, "eventName") or (legacy_name if isinstance(legacy_name, str) else ""),
        body=anyvalue_from_json(_get(record, "body")),
        attributes=attributes,
        resource=resource,
        scope_name=scope_name,
    )


_ItemDecoder = Callable[[Any, dict[str, Any], str, str], Any]


def _walk(
    resources: list[Any], names: tuple[str, str, str], decode_item: _ItemDecoder, out: list[Any], batch: DecodedBatch
) -> None:
    """resource → scope → item, the same three levels for spans and logs; errors stay local."""
    resource_key, scope_key, item_key = names
    for r, resource_obj in enumerate(resources):
        where = f"{snake_case(resource_key)}[{r}]"
        try:
            container = _dict(resource_obj, resource_key)
            resource = attributes_from_json(_get(_dict(_get(container, "resource", {}), "resource"), "attributes"))
            scopes = _list(container, scope_key)
        except DecodeError as exc:
            batch.errors.append(DecodeError(exc.reason, exc.detail, location=where))
            continue
        for s, scope_obj in enumerate(scopes):
            scope_where = f"{where}.{snake_case(scope_key)}[{s}]"
            try:
                scope_container = _dict(scope_obj, scope_key)
                scope = _dict(_get(scope_container, "scope", {}), "scope")
                scope_name, scope_version = _str(scope, "name"), _str(scope, "version")
                items = _list(scope_container, item_key)
            except DecodeError as exc:
                batch.errors.append(DecodeError(exc.reason, exc.detail, location=scope_where))
                continue
            for i, item in enumerate(items):
                try:
                    out.append(decode_item(item, resource, scope_name, scope_version))
                except DecodeError as exc:
                    location = f"{scope_where}.{snake_case(item_key)}[{i}]"
                    batch.errors.append(DecodeError(exc.reason, exc.detail, location=location))


_SPAN_NAMES = ("resourceSpans", "scopeSpans", "spans")
_LOG_NAMES = ("resourceLogs", "scopeLogs", "logRecords")


def batch_from_json(doc: Any, *, traces: bool = True, logs: bool = True) -> DecodedBatch:
    """An already-parsed OTLP/JSON document → batch; ``traces``/``logs`` pick the sections read.

    Raises ``not_otlp`` when the document has none of the wanted sections (``{}`` is an empty request).
    """
    if not isinstance(doc, dict):
        raise DecodeError(DecodeReason.NOT_OTLP, "top-level JSON value is not an object")
    resource_spans = _get(doc, "resourceSpans") if traces else None
    resource_logs = _get(doc, "resourceLogs") if logs else None
    if resource_spans is None and resource_logs is None and doc:
        wanted = " or ".join(name for name, on in (("resourceSpans", traces), ("resourceLogs", logs)) if on)
        raise DecodeError(DecodeReason.NOT_OTLP, f"no {wanted} in the document")
    batch = DecodedBatch()
    for section, names, decode_item, out in (
        (resource_spans, _SPAN_NAMES, _span, batch.spans),
        (resource_logs, _LOG_NAMES, _log, batch.logs),
    ):
        if section is None:
            continue
        if not isinstance(section, list):
            raise DecodeError(DecodeReason.NOT_OTLP, f"{names[0]} is not a list")
        _walk(section, names, decode_item, out, batch)
    return batch


def decode_json(data: bytes, *, traces: bool = True, logs: bool = True) -> DecodedBatch:
    """OTLP/JSON bytes → batch (see :func:`batch_from_json`)."""
    return batch_from_json(load_json(data), traces=traces, logs=logs)
