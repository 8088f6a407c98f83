"""Protobuf decoding of real SDK output, and of broken bytes."""

from __future__ import annotations

from typing import Any

import pytest
from opentelemetry._logs import SeverityNumber
from opentelemetry.proto.logs.v1.logs_pb2 import LogsData
from opentelemetry.proto.trace.v1.trace_pb2 import Span, TracesData
from opentelemetry.sdk._logs import Logger
from opentelemetry.sdk.trace import Tracer
from opentelemetry.trace import SpanKind, Status, StatusCode, set_span_in_context
from otlp_factory import logs_request, otlp_json_bytes, record_logs, record_spans, traces_request

from ingest.decode import DecodeError, DecodeReason, Signal, decode_message
from ingest.records import STATUS_ERROR

SECRET = "jane.doe@example.com"


def _agent_turn(tracer: Tracer) -> None:
    with tracer.start_as_current_span("invoke_agent support", kind=SpanKind.INTERNAL) as root:
        root.set_attribute("gen_ai.operation.name", "invoke_agent")
        with tracer.start_as_current_span("chat gpt-4o-mini", kind=SpanKind.CLIENT) as chat:
            chat.set_attributes(
                {
                    "gen_ai.request.model": "gpt-4o-mini",
                    "gen_ai.usage.input_tokens": 25,
                    "gen_ai.request.temperature": 0.2,
                    "gen_ai.request.stream": False,
                    "gen_ai.response.finish_reasons": ("stop", "length"),
                    "gen_ai.input.messages": f'[{{"role":"user","parts":[{{"type":"text","content":"{SECRET}"}}]}}]',
                }
            )
            chat.add_event("gen_ai.content.prompt", {"gen_ai.prompt": "hi", "index": 3})
            chat.set_status(Status(StatusCode.ERROR, "RateLimitError"))


@pytest.fixture(scope="module")
def agent_spans() -> list:
    return record_spans(_agent_turn, resource={"service.name": "support-bot", "deployment.environment": "prod"})


def test_sdk_spans_decode(agent_spans: list) -> None:
    batch = decode_message(traces_request(agent_spans).SerializeToString(), signal="traces")
    assert batch.errors == [] and batch.logs == []
    by_name = {span.name: span for span in batch.spans}
    root, chat = by_name["invoke_agent support"], by_name["chat gpt-4o-mini"]
    sdk_root = next(s for s in agent_spans if s.parent is None)
    assert root.trace_id == f"{sdk_root.context.trace_id:032x}"
    assert root.span_id == f"{sdk_root.context.span_id:016x}"
    assert root.parent_span_id is None
    assert chat.parent_span_id == root.span_id and chat.trace_id == root.trace_id
    assert (root.kind, chat.kind) == (1, 3)  # INTERNAL, CLIENT as OTLP numbers
    assert chat.status_code == STATUS_ERROR and chat.status_message == "RateLimitError"
    assert chat.attributes["gen_ai.usage.input_tokens"] == 25
    assert chat.attributes["gen_ai.request.temperature"] == 0.2
    assert chat.attributes["gen_ai.request.stream"] is False
    assert chat.attributes["gen_ai.response.finish_reasons"] == ["stop", "length"]
    assert SECRET in chat.attributes["gen_ai.input.messages"]
    [event] = chat.events
    assert (event.name, event.attributes) == ("gen_ai.content.prompt", {"gen_ai.prompt": "hi", "index": 3})
    assert event.time_unix_nano > 0
    assert chat.start_time_unix_nano <= chat.end_time_unix_nano
    assert chat.resource["service.name"] == "support-bot"
    assert chat.resource["deployment.environment"] == "prod"
    assert (chat.scope_name, chat.scope_version) == ("tracecase.tests", "1.0.0")


def test_export_request_and_traces_data_are_the_same_bytes(agent_spans: list) -> None:
    request = traces_request(agent_spans).SerializeToString()
    traces_data = TracesData.FromString(request).SerializeToString()
    assert traces_data == request
    assert decode_message(traces_data, signal="traces") == decode_message(request, signal="traces")


def _emit_events(logger: Logger) -> None:
    def scenario(tracer: Tracer) -> None:
        with tracer.start_as_current_span("chat") as span:
            context = set_span_in_context(span)
            logger.emit(
                event_name="gen_ai.user.message",
                body={"content": SECRET, "parts": [1, 2.5]},
                attributes={"gen_ai.system": "openai"},
                context=context,
                timestamp=1_700_000_000_000_000_000,
            )
            # Older emitters: the name travels as an attribute.
            logger.emit(attributes={"event.name": "gen_ai.choice"}, body="done", context=context)
        logger.emit(body="plain log line", severity_number=SeverityNumber.INFO)  # outside any span

    record_spans(scenario)


def test_sdk_logs_decode() -> None:
    records = record_logs(_emit_events)
    batch = decode_message(logs_request(records).SerializeToString(), signal="logs")
    assert batch.errors == [] and batch.spans == []
    named, legacy, plain = batch.logs
    assert named.event_name == "gen_ai.user.message"
    assert named.body == {"content": SECRET, "parts": [1, 2.5]}
    assert named.time_unix_nano == 1_700_000_000_000_000_000
    assert len(named.trace_id or "") == 32 and len(named.span_id or "") == 16
    assert (legacy.event_name, legacy.body) == ("gen_ai.choice", "done")
    assert legacy.trace_id == named.trace_id
    assert legacy.time_unix_nano > 0  # no timestamp given: the observed time stands in
    assert plain.event_name == "" and plain.trace_id is None and plain.span_id is None
    assert named.resource["service.name"] == "tracecase-tests" and named.scope_name == "tracecase.tests"


def _traces(*spans: Span) -> bytes:
    message = TracesData()
    message.resource_spans.add().scope_spans.add().spans.extend(spans)
    return message.SerializeToString()


def _span(**fields: Any) -> Span:
    defaults: dict[str, Any] = {"trace_id": b"\x01" * 16, "span_id": b"\x02" * 8, "name": "ok"}
    return Span(**(defaults | fields))


BAD_SPANS = [
    (_span(trace_id=b"\x01" * 15), DecodeReason.BAD_TRACE_ID),
    (_span(trace_id=b"\x01" * 17), DecodeReason.BAD_TRACE_ID),
    (_span(trace_id=b""), DecodeReason.BAD_TRACE_ID),
    (_span(trace_id=bytes(16)), DecodeReason.BAD_TRACE_ID),
    (_span(span_id=b"\x02" * 7), DecodeReason.BAD_SPAN_ID),
    (_span(span_id=bytes(8)), DecodeReason.BAD_SPAN_ID),
    (_span(parent_span_id=b"\x03" * 16), DecodeReason.BAD_SPAN_ID),
]


@pytest.mark.parametrize(("bad", "reason"), BAD_SPANS)
def test_bad_span_is_dropped_and_the_rest_kept(bad: Span, reason: DecodeReason) -> None:
    batch = decode_message(_traces(_span(name="first"), bad, _span(name="third")), signal="traces")
    assert [s.name for s in batch.spans] == ["first", "third"]
    [error] = batch.errors
    assert error.reason is reason
    assert error.location == "resource_spans[0].scope_spans[0].spans[1]"


def test_all_zero_parent_means_root() -> None:
    [span] = decode_message(_traces(_span(parent_span_id=bytes(8))), signal="traces").spans
    assert span.parent_span_id is None


def test_log_with_wrong_length_id_is_dropped() -> None:
    message = LogsData()
    records = message.resource_logs.add().scope_logs.add().log_records
    records.add(span_id=b"\x01" * 4, event_name="bad")
    records.add(event_name="good")
    batch = decode_message(message.SerializeToString(), signal="logs")
    assert [log.event_name for log in batch.logs] == ["good"]
    assert [e.reason for e in batch.errors] == [DecodeReason.BAD_SPAN_ID]


def _secret_traces() -> bytes:
    return _traces(_span(name=SECRET, attributes=[{"key": "content", "value": {"string_value": SECRET * 20}}]))


# (A cut after the first byte leaves b"\n", which reads as an empty message.)
@pytest.mark.parametrize("cut", [2, 5, 20, -40, -1])
def test_truncated(cut: int) -> None:
    data = _secret_traces()
    with pytest.raises(DecodeError) as info:
        decode_message(data[:cut], signal="traces")
    assert info.value.reason is DecodeReason.TRUNCATED_PROTOBUF
    assert SECRET not in str(info.value)


def test_invalid_utf8_in_a_string_field() -> None:
    data = _secret_traces().replace(SECRET.encode(), b"jane\xff\xfe" + SECRET.encode()[6:], 1)
    signals: tuple[Signal, ...] = ("traces", "auto")
    for signal in signals:
        with pytest.raises(DecodeError) as info:
            decode_message(data, signal=signal)
        assert info.value.reason is DecodeReason.INVALID_UTF8
        assert "jane" not in str(info.value)


def test_corrupt_wire_format_that_is_not_truncation() -> None:
    data = bytearray(_secret_traces())
    data[0] = 0x0F  # field 1 with wire type 7, which does not exist
    with pytest.raises(DecodeError) as info:
        decode_message(bytes(data), signal="traces")
    assert info.value.reason is DecodeReason.INVALID_PROTOBUF


def test_protobuf_nested_beyond_the_parser_limit_is_too_deep() -> None:
    message = TracesData()  # built in place: copying a message this deep is refused too
    span = message.resource_spans.add().scope_spans.add().spans.add()
    span.CopyFrom(_span())
    value = span.attributes.add(key="deep").value
    for _ in range(1000):
        value = value.kvlist_value.values.add(key="k").value
    value.string_value = "leaf"
    with pytest.raises(DecodeError) as info:
        decode_message(message.SerializeToString(), signal="traces")
    assert info.value.reason is DecodeReason.TOO_DEEP


def test_array_nested_past_max_depth_drops_only_that_span() -> None:
    deep = _span(name="deep")
    value = deep.attributes.add(key="deep").value
    for _ in range(40):  # 2 message levels per array: under upb's limit, over MAX_DEPTH
        value = value.array_value.values.add()
    batch = decode_message(_traces(deep, _span(name="fine")), signal="traces")
    assert [s.name for s in batch.spans] == ["fine"]
    assert [e.reason for e in batch.errors] == [DecodeReason.TOO_DEEP]


@pytest.mark.parametrize("data", [b"\x28\x01", b"\x15\x00\x00\x00\x00"], ids=["varint-field-5", "fixed32-field-2"])
def test_protobuf_that_is_not_otlp(data: bytes) -> None:
    with pytest.raises(DecodeError) as info:
        decode_message(data, signal="traces")
    assert info.value.reason is DecodeReason.NOT_OTLP


@pytest.mark.timeout(60)  # a hang guard, not a speed check: decode speed is measured in bench/
@pytest.mark.parametrize("encoding", ["protobuf", "json"])
def test_ten_megabyte_attribute(encoding: str) -> None:
    big = "x" * 10_000_000
    message = TracesData.FromString(
        _traces(_span(attributes=[{"key": "gen_ai.input.messages", "value": {"string_value": big}}]))
    )
    data = message.SerializeToString() if encoding == "protobuf" else otlp_json_bytes(message)
    [span] = decode_message(data).spans
    assert span.attributes["gen_ai.input.messages"] == big


def test_resource_is_shared_within_a_batch_but_not_across_batches(agent_spans: list) -> None:
    data = traces_request(agent_spans).SerializeToString()
    first, second = decode_message(data, signal="traces"), decode_message(data, signal="traces")
    assert first.spans[0].resource is first.spans[1].resource  # built once per ResourceSpans
    first.spans[0].resource["service.name"] = "edited downstream"
    assert second.spans[0].resource["service.name"] == "support-bot"
    assert decode_message(data, signal="traces").spans[0].resource["service.name"] == "support-bot"


def test_resource_too_deep_drops_its_spans() -> None:
    message = TracesData()
    resource_spans = message.resource_spans.add()
    value = resource_spans.resource.attributes.add(key="deep").value
    for _ in range(40):
        value = value.array_value.values.add()
    resource_spans.scope_spans.add().spans.add().CopyFrom(_span())
    batch = decode_message(message.SerializeToString(), signal="traces")
    assert batch.spans == []
    assert [(e.reason, e.location) for e in batch.errors] == [(DecodeReason.TOO_DEEP, "resource_spans[0].resource")]
