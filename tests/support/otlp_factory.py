"""Real OTLP payloads from the real SDK, for tests and benches.

Spans and log records are recorded through the OpenTelemetry SDK (in-memory exporters) and encoded
with the SDK's own OTLP encoder, so payloads are exactly what an application exports; JSON is the
encoding the collector's file exporter writes (lowerCamelCase, hex ids, int64 as strings).

    spans = record_spans(lambda tracer: tracer.start_span("chat gpt-4o").end())
    data = traces_request(spans).SerializeToString()           # protobuf, as on Kafka `otlp_spans`
    text = otlp_json_bytes(traces_request(spans))               # OTLP/JSON

Tests import it as ``otlp_factory`` (pyproject sets pytest's ``pythonpath`` to ``tests/support``).
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Mapping
from typing import Any

import orjson
from google.protobuf.json_format import MessageToDict
from google.protobuf.message import Message
from opentelemetry.exporter.otlp.proto.common._log_encoder import encode_logs
from opentelemetry.exporter.otlp.proto.common.trace_encoder import encode_spans
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.sdk._logs import Logger, LoggerProvider, ReadableLogRecord
from opentelemetry.sdk._logs.export import InMemoryLogRecordExporter, SimpleLogRecordProcessor
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import ReadableSpan, Tracer, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

DEFAULT_RESOURCE: Mapping[str, Any] = {"service.name": "tracecase-tests"}
DEFAULT_SCOPE = ("tracecase.tests", "1.0.0")
_ID_KEYS = frozenset({"traceId", "spanId", "parentSpanId"})


def record_spans(
    scenario: Callable[[Tracer], object],
    *,
    resource: Mapping[str, Any] = DEFAULT_RESOURCE,
    scope: tuple[str, str] = DEFAULT_SCOPE,
) -> list[ReadableSpan]:
    """Run ``scenario(tracer)`` and return the spans it finished, in end order."""
    exporter = InMemorySpanExporter()
    provider = TracerProvider(resource=Resource.create(dict(resource)))
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    tracer = provider.get_tracer(*scope)
    assert isinstance(tracer, Tracer)
    scenario(tracer)
    provider.shutdown()
    return list(exporter.get_finished_spans())


def record_logs(
    scenario: Callable[[Logger], object],
    *,
    resource: Mapping[str, Any] = DEFAULT_RESOURCE,
    scope: tuple[str, str] = DEFAULT_SCOPE,
) -> list[ReadableLogRecord]:
    """Run ``scenario(logger)`` (call ``logger.emit(...)``) and return the emitted log records."""
    exporter = InMemoryLogRecordExporter()
    provider = LoggerProvider(resource=Resource.create(dict(resource)))
    provider.add_log_record_processor(SimpleLogRecordProcessor(exporter))
    logger = provider.get_logger(*scope)
    assert isinstance(logger, Logger)
    scenario(logger)
    provider.shutdown()
    return list(exporter.get_finished_logs())


def traces_request(spans: list[ReadableSpan]) -> ExportTraceServiceRequest:
    """The OTLP request the SDK's exporter sends (byte-identical to ``TracesData``)."""
    return encode_spans(spans)


def logs_request(records: list[ReadableLogRecord]) -> ExportLogsServiceRequest:
    """The OTLP logs request the SDK's exporter sends (byte-identical to ``LogsData``)."""
    return encode_logs(records)


def _hex_ids(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            key: base64.b64decode(value).hex() if key in _ID_KEYS and isinstance(value, str) else _hex_ids(value)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_hex_ids(item) for item in node]
    return node


def otlp_json(message: Message) -> dict[str, Any]:
    """OTLP/JSON as the collector writes it: ``MessageToDict`` with integer enums and hex ids."""
    doc: dict[str, Any] = _hex_ids(MessageToDict(message, use_integers_for_enums=True))
    return doc


def otlp_json_bytes(message: Message) -> bytes:
    return orjson.dumps(otlp_json(message))
