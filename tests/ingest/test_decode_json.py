"""OTLP/JSON decoding: collector-style JSON of real SDK output, leniency, and bad documents."""

from __future__ import annotations

import base64
import copy
from typing import Any

import orjson
import pytest
from google.protobuf.json_format import MessageToDict
from opentelemetry.sdk._logs import Logger
from opentelemetry.sdk.trace import Tracer
from opentelemetry.trace import SpanKind, Status, StatusCode
from otlp_factory import logs_request, otlp_json, record_logs, record_spans, traces_request

from ingest.decode import DecodeError, DecodeReason, decode_message


def _chat(tracer: Tracer) -> None:
    with (
        tracer.start_as_current_span("invoke_agent", kind=SpanKind.INTERNAL),
        tracer.start_as_current_span("chat gpt-4o", kind=SpanKind.CLIENT) as span,
    ):
        span.set_attributes({"s": "é", "i": 2**62, "neg": -3, "f": 0.5, "b": True, "arr": [1, 2], "strs": ["a", "b"]})
        span.add_event("exception", {"exception.type": "RateLimitError"})
        span.set_status(Status(StatusCode.ERROR, "boom"))


@pytest.fixture(scope="module")
def request_pair() -> tuple[bytes, dict[str, Any]]:
    request = traces_request(record_spans(_chat))
    return request.SerializeToString(), otlp_json(request)


def test_collector_json_equals_protobuf(request_pair: tuple[bytes, dict[str, Any]]) -> None:
    protobuf, doc = request_pair
    from_pb = decode_message(protobuf, signal="traces")
    from_json = decode_message(orjson.dumps(doc))
    assert from_json == from_pb
    assert len(from_json.spans) == 2 and not from_json.errors
    chat = next(s for s in from_json.spans if s.name == "chat gpt-4o")
    assert chat.attributes["i"] == 2**62 and chat.kind == 3 and chat.status_code == 2


def _rewrite(node: Any, fn: Any) -> Any:
    if isinstance(node, dict):
        return fn({k: _rewrite(v, fn) for k, v in node.items()})
    if isinstance(node, list):
        return [_rewrite(v, fn) for v in node]
    return node


def _snake_keys(node: dict[str, Any]) -> dict[str, Any]:
    return {"".join(f"_{c.lower()}" if c.isupper() else c for c in k): v for k, v in node.items()}


def _numbers_for_int64(node: dict[str, Any]) -> dict[str, Any]:
    return {k: int(v) if k.endswith(("UnixNano", "intValue")) else v for k, v in node.items()}


def _upper_ids(node: dict[str, Any]) -> dict[str, Any]:
    return {k: v.upper() if k in ("traceId", "spanId", "parentSpanId") else v for k, v in node.items()}


def _base64_ids(node: dict[str, Any]) -> dict[str, Any]:
    ids = ("traceId", "spanId", "parentSpanId")
    return {k: base64.b64encode(bytes.fromhex(v)).decode() if k in ids else v for k, v in node.items()}


VARIANTS = [
    pytest.param(_snake_keys, id="snake_case-keys"),
    pytest.param(_numbers_for_int64, id="int64-as-numbers"),
    pytest.param(_upper_ids, id="uppercase-hex-ids"),
    pytest.param(_base64_ids, id="base64-ids"),
]


@pytest.mark.parametrize("rewrite", VARIANTS)
def test_lenient_variants_decode_the_same(request_pair: tuple[bytes, dict[str, Any]], rewrite: Any) -> None:
    protobuf, doc = request_pair
    variant = _rewrite(copy.deepcopy(doc), rewrite)
    assert variant != doc
    assert decode_message(orjson.dumps(variant)) == decode_message(protobuf, signal="traces")


def test_enum_names_and_unknown_fields() -> None:
    doc = MessageToDict(traces_request(record_spans(_chat)))  # enum names, base64 ids
    doc["someFutureField"] = {"x": 1}
    batch = decode_message(orjson.dumps(doc))
    chat = next(s for s in batch.spans if s.name == "chat gpt-4o")
    assert (chat.kind, chat.status_code) == (3, 2)
    assert chat.events[0].attributes == {"exception.type": "RateLimitError"}


def _logs(logger: Logger) -> None:
    logger.emit(event_name="gen_ai.assistant.message", body={"content": "hi", "tool_calls": []})
    logger.emit(attributes={"event.name": "gen_ai.choice", "index": 0}, body={"finish_reason": "stop"})


def test_logs_json_equals_protobuf() -> None:
    request = logs_request(record_logs(_logs))
    from_json = decode_message(orjson.dumps(otlp_json(request)))
    assert from_json == decode_message(request.SerializeToString(), signal="logs")
    assert [log.event_name for log in from_json.logs] == ["gen_ai.assistant.message", "gen_ai.choice"]
    assert from_json.logs[0].body == {"content": "hi", "tool_calls": []}


def _doc(span: dict[str, Any]) -> bytes:
    return orjson.dumps({"resourceSpans": [{"scopeSpans": [{"spans": [span]}]}]})


GOOD = {"traceId": "0af7651916cd43dd8448eb211c80319c", "spanId": "b7ad6b7169203331", "name": "ok"}

BAD_SPANS = [
    ({"traceId": "0af7651916cd43dd8448eb211c80319"}, DecodeReason.BAD_TRACE_ID),
    ({"traceId": "zzf7651916cd43dd8448eb211c80319c"}, DecodeReason.BAD_TRACE_ID),
    ({"traceId": "0" * 32}, DecodeReason.BAD_TRACE_ID),
    ({"traceId": None}, DecodeReason.BAD_TRACE_ID),
    ({"traceId": 12}, DecodeReason.BAD_TRACE_ID),
    ({"spanId": "b7ad6b71692033"}, DecodeReason.BAD_SPAN_ID),
    ({"spanId": "b7ad 6b7 169203331"}, DecodeReason.BAD_SPAN_ID),
    ({"parentSpanId": "b7ad6b7169203331ff"}, DecodeReason.BAD_SPAN_ID),
    ({"startTimeUnixNano": "yesterday"}, DecodeReason.BAD_VALUE),
    ({"kind": "SPAN_KIND_SIDEWAYS"}, DecodeReason.BAD_VALUE),
    ({"name": 7}, DecodeReason.BAD_VALUE),
    ({"attributes": {"key": "v"}}, DecodeReason.BAD_VALUE),
    ({"events": [{"name": "e", "timeUnixNano": []}]}, DecodeReason.BAD_VALUE),
    ({"status": "ERROR"}, DecodeReason.BAD_VALUE),
]


@pytest.mark.parametrize(("override", "reason"), BAD_SPANS)
def test_bad_span_is_dropped_and_the_rest_kept(override: dict[str, Any], reason: DecodeReason) -> None:
    spans = [GOOD | {"name": "first"}, GOOD | override, GOOD | {"name": "third"}]
    batch = decode_message(orjson.dumps({"resourceSpans": [{"scopeSpans": [{"spans": spans}]}]}))
    assert [s.name for s in batch.spans] == ["first", "third"]
    [error] = batch.errors
    assert (error.reason, error.location) == (reason, "resource_spans[0].scope_spans[0].spans[1]")


def test_bad_scope_drops_only_its_spans() -> None:
    doc = {"resourceSpans": [{"scopeSpans": [{"scope": "nope", "spans": [GOOD]}, {"spans": [GOOD]}]}]}
    batch = decode_message(orjson.dumps(doc))
    assert len(batch.spans) == 1
    assert [e.location for e in batch.errors] == ["resource_spans[0].scope_spans[0]"]


def test_zero_parent_and_missing_fields_default() -> None:
    [span] = decode_message(_doc(GOOD | {"parentSpanId": "0000000000000000"})).spans
    assert span.parent_span_id is None
    assert (span.kind, span.start_time_unix_nano, span.attributes, span.events, span.resource) == (0, 0, {}, [], {})


NOT_OTLP = [
    b"[]",
    b' [{"resourceSpans": []}]',
    b'{"data": [1]}',
    b'{"resourceSpans": {"a": 1}}',
    b'{"resourceLogs": 3}',
]


@pytest.mark.parametrize("data", NOT_OTLP)
def test_json_that_is_not_otlp(data: bytes) -> None:
    with pytest.raises(DecodeError) as info:
        decode_message(data)
    assert info.value.reason is DecodeReason.NOT_OTLP


@pytest.mark.parametrize("data", [b"42", b"null", b'"resourceSpans"', b"true"])
def test_json_scalars_are_rejected(data: bytes) -> None:
    # Not sniffed as JSON (no leading brace or bracket), so they fail as protobuf: any typed error will do.
    with pytest.raises(DecodeError):
        decode_message(data)


def test_json_object_without_otlp_keys_is_not_otlp() -> None:
    with pytest.raises(DecodeError) as info:
        decode_message(b'{"data": [1]}')
    assert info.value.reason is DecodeReason.NOT_OTLP


def test_signal_restricts_the_sections_read() -> None:
    doc = orjson.dumps({"resourceLogs": [{"scopeLogs": [{"logRecords": [{"eventName": "e"}]}]}]})
    assert len(decode_message(doc).logs) == 1
    with pytest.raises(DecodeError) as info:
        decode_message(doc, signal="traces")
    assert info.value.reason is DecodeReason.NOT_OTLP


def test_empty_object_is_an_empty_request() -> None:
    batch = decode_message(b"{}")
    assert (batch.spans, batch.logs, batch.errors) == ([], [], [])


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b'{"resourceSpans": [', DecodeReason.INVALID_JSON),
        (b'{"resourceSpans": []}{', DecodeReason.INVALID_JSON),
        (b'\n{"resourceSpans": [', DecodeReason.INVALID_JSON),  # protobuf fallback fails too
        (b'{"resourceSpans": "\xff\xfe"}', DecodeReason.INVALID_UTF8),
        (b"\xef\xbb\xbf{}", None),
    ],
)
def test_json_parse_failures(data: bytes, reason: DecodeReason | None) -> None:
    if reason is None:
        assert decode_message(data).spans == []
        return
    with pytest.raises(DecodeError) as info:
        decode_message(data)
    assert info.value.reason is reason


def test_thousand_deep_kvlist_is_too_deep_not_a_crash() -> None:
    # Built as text: orjson itself refuses to serialize this depth.
    opening = '{"kvlistValue":{"values":[{"key":"k","value":' * 1000
    value = opening + '{"stringValue":"leaf"}' + "}}]}}" * 1000
    text = (
        '{"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"0af7651916cd43dd8448eb211c80319c",'
        '"spanId":"b7ad6b7169203331","attributes":[{"key":"deep","value":' + value + "}]}]}]}]}"
    )
    orjson_depth_limit = 1024
    assert text.count("[") > orjson_depth_limit // 4
    with pytest.raises(DecodeError) as info:  # beyond orjson's nesting limit: the whole document fails
        decode_message(text.encode())
    assert info.value.reason is DecodeReason.TOO_DEEP


def test_forty_deep_kvlist_drops_the_span() -> None:
    value: dict[str, Any] = {"stringValue": "leaf"}
    for _ in range(40):
        value = {"kvlistValue": {"values": [{"key": "k", "value": value}]}}
    batch = decode_message(_doc(GOOD | {"attributes": [{"key": "deep", "value": value}]}))
    assert batch.spans == [] and [e.reason for e in batch.errors] == [DecodeReason.TOO_DEEP]
