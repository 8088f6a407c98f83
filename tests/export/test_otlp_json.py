"""OTLP/JSON as the collector writes it: hex ids, integer enums, camelCase, int64 strings."""

from __future__ import annotations

import base64

import orjson
from opentelemetry._logs import LogRecord
from opentelemetry.exporter.otlp.proto.common._log_encoder import encode_logs
from opentelemetry.exporter.otlp.proto.common.trace_encoder import encode_spans
from opentelemetry.sdk._logs import LoggerProvider
from opentelemetry.sdk._logs.export import InMemoryLogRecordExporter, SimpleLogRecordProcessor
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import Link, SpanKind, Status, StatusCode

from ingest import decode_message
from ingest.export import encode_otlp_json


def _spans() -> InMemorySpanExporter:
    memory = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(memory))
    tracer = provider.get_tracer("tests.export", "2.0")
    with tracer.start_as_current_span("root", kind=SpanKind.CLIENT) as root:
        root.set_attribute("gen_ai.usage.input_tokens", 12)
        root.set_attribute("raw", b"\x00\xff")
        root.set_status(Status(StatusCode.ERROR, "bad"))
        with tracer.start_as_current_span("child", links=[Link(root.get_span_context())]):
            pass
    return memory


def test_traces_json_has_hex_ids_integer_enums_camel_case_and_string_int64() -> None:
    spans = _spans().get_finished_spans()
    doc = orjson.loads(encode_otlp_json(encode_spans(spans)))
    by_name = {s["name"]: s for s in doc["resourceSpans"][0]["scopeSpans"][0]["spans"]}
    root, child = by_name["root"], by_name["child"]
    root_context = next(s for s in spans if s.name == "root").context
    assert root_context is not None
    assert root["traceId"] == f"{root_context.trace_id:032x}"
    assert root["spanId"] == f"{root_context.span_id:016x}"
    assert child["parentSpanId"] == root["spanId"]
    assert child["links"][0] == {"traceId": root["traceId"], "spanId": root["spanId"], "flags": 256}
    assert root["kind"] == 3
    assert root["status"] == {"code": 2, "message": "bad"}
    assert isinstance(root["startTimeUnixNano"], str)
    assert int(root["endTimeUnixNano"]) >= int(root["startTimeUnixNano"])
    attributes = {a["key"]: a["value"] for a in root["attributes"]}
    assert attributes["gen_ai.usage.input_tokens"] == {"intValue": "12"}
    assert attributes["raw"] == {"bytesValue": base64.b64encode(b"\x00\xff").decode()}  # bytes stay base64
    assert "resource_spans" not in doc


def test_traces_json_decodes_to_the_same_spans_as_protobuf() -> None:
    request = encode_spans(_spans().get_finished_spans())
    from_json = decode_message(encode_otlp_json(request), "traces")
    from_proto = decode_message(request.SerializeToString(), "traces")
    assert from_json.errors == []
    assert from_json.spans == from_proto.spans


def test_logs_json_has_hex_ids_and_event_names() -> None:
    memory = InMemoryLogRecordExporter()
    provider = LoggerProvider()
    provider.add_log_record_processor(SimpleLogRecordProcessor(memory))
    provider.get_logger("tests").emit(LogRecord(trace_id=0xABC, span_id=0xDEF, event_name="gen_ai.choice", body="b"))
    request = encode_logs(memory.get_finished_logs())
    data = encode_otlp_json(request)
    record = orjson.loads(data)["resourceLogs"][0]["scopeLogs"][0]["logRecords"][0]
    assert record["traceId"] == f"{0xABC:032x}"
    assert record["spanId"] == f"{0xDEF:016x}"
    assert record["eventName"] == "gen_ai.choice"
    assert decode_message(data, "logs").logs == decode_message(request.SerializeToString(), "logs").logs
