"""Sniffing (JSON vs protobuf, traces vs logs), Kafka topics, and a seeded fuzz loop."""

from __future__ import annotations

import random
import re

import pytest
from opentelemetry.proto.logs.v1.logs_pb2 import LogsData
from opentelemetry.proto.trace.v1.trace_pb2 import Span, TracesData
from opentelemetry.sdk._logs import Logger
from opentelemetry.sdk.trace import Tracer
from otlp_factory import logs_request, otlp_json_bytes, record_logs, record_spans, traces_request

from ingest.decode import DecodeError, DecodeReason, decode_message, signal_for_topic
from ingest.records import DecodedBatch


def _spans(tracer: Tracer) -> None:
    with tracer.start_as_current_span("root", attributes={"k": "v"}), tracer.start_as_current_span("child") as child:
        child.add_event("e", {"n": 1})


def _logs(logger: Logger) -> None:
    logger.emit(event_name="gen_ai.user.message", body={"content": "hello"})
    logger.emit(attributes={"event.name": "gen_ai.choice"}, body="bye")


@pytest.fixture(scope="module")
def traces_pb() -> bytes:
    return traces_request(record_spans(_spans)).SerializeToString()


@pytest.fixture(scope="module")
def logs_pb() -> bytes:
    return logs_request(record_logs(_logs)).SerializeToString()


@pytest.mark.parametrize("hint", ["traces", "logs"])
def test_auto_tells_traces_from_logs(traces_pb: bytes, logs_pb: bytes, hint: str) -> None:
    traces = decode_message(traces_pb, hint=hint)  # type: ignore[arg-type]
    assert (len(traces.spans), len(traces.logs)) == (2, 0)
    logs = decode_message(logs_pb, hint=hint)  # type: ignore[arg-type]
    assert (len(logs.spans), len(logs.logs)) == (0, 2)
    assert logs == decode_message(logs_pb, signal="logs")


def test_minimal_log_record_is_not_read_as_a_span() -> None:
    message = LogsData()
    message.resource_logs.add().scope_logs.add().log_records.add(event_name="gen_ai.choice")
    batch = decode_message(message.SerializeToString())
    assert [log.event_name for log in batch.logs] == ["gen_ai.choice"] and batch.spans == []


def test_spans_with_bad_ids_stay_spans_under_auto() -> None:
    message = TracesData()
    message.resource_spans.add().scope_spans.add().spans.extend(
        [Span(trace_id=b"\x01" * 15, span_id=b"\x02" * 8, name=f"s{i}") for i in range(3)]
    )
    batch = decode_message(message.SerializeToString())
    assert batch.logs == [] and [e.reason for e in batch.errors] == [DecodeReason.BAD_TRACE_ID] * 3


def test_explicit_signal_reads_the_other_signal_as_garbage(logs_pb: bytes) -> None:
    # Forcing the wrong schema must still end in a typed outcome (here: every "span" lacks ids).
    try:
        batch = decode_message(logs_pb, signal="traces")
    except DecodeError:
        return
    assert batch.spans == [] and batch.errors


def test_protobuf_whose_length_byte_is_a_brace() -> None:
    message = TracesData()
    resource_spans = message.resource_spans.add()
    resource_spans.scope_spans.add().spans.add(trace_id=b"\x01" * 16, span_id=b"\x02" * 8, name="n")
    attribute = resource_spans.resource.attributes.add(key="pad")
    attribute.value.string_value = "x" * (123 - resource_spans.ByteSize())
    while resource_spans.ByteSize() > 123:
        attribute.value.string_value = attribute.value.string_value[:-1]
    data = message.SerializeToString()
    assert data[:2] == b"\n{"  # looks like JSON after the leading newline
    [span] = decode_message(data).spans
    assert span.name == "n"


@pytest.mark.parametrize("data", [b"", b"   ", b"\n\r\t \n"])
def test_empty(data: bytes) -> None:
    with pytest.raises(DecodeError) as info:
        decode_message(data)
    assert info.value.reason is DecodeReason.EMPTY


def test_json_is_sniffed_after_whitespace(traces_pb: bytes) -> None:
    doc = otlp_json_bytes(TracesData.FromString(traces_pb))
    assert decode_message(b"\n  " + doc + b"\n") == decode_message(traces_pb)


def test_unknown_signal_is_a_programming_error(traces_pb: bytes) -> None:
    with pytest.raises(ValueError, match="signal"):
        decode_message(traces_pb, signal="metrics")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("topic", "signal"),
    [("otlp_spans", "traces"), ("otlp_logs", "logs"), ("custom-topic", "auto"), ("otlp_metrics", "auto")],
)
def test_kafka_topics(topic: str, signal: str) -> None:
    assert signal_for_topic(topic) == signal


_HEX32, _HEX16 = re.compile(r"[0-9a-f]{32}"), re.compile(r"[0-9a-f]{16}")


def _mutate(rng: random.Random, data: bytes) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(5)
        pos = rng.randrange(len(buf)) if buf else 0
        if op == 0 and buf:
            buf[pos] = rng.randrange(256)
        elif op == 1:
            buf[pos:pos] = rng.randbytes(rng.randint(1, 8))
        elif op == 2:
            del buf[pos : pos + rng.randint(1, 16)]
        elif op == 3:
            buf = buf[: rng.randint(0, len(buf))]
        else:
            start = rng.randrange(len(buf)) if buf else 0
            buf[pos:pos] = buf[start : start + rng.randint(1, 32)]
    return bytes(buf)


def _check_outcome(data: bytes, signal: str) -> str:
    try:
        batch = decode_message(data, signal=signal)  # type: ignore[arg-type]
    except DecodeError as exc:
        assert isinstance(exc.reason, DecodeReason)
        return exc.reason.value
    assert isinstance(batch, DecodedBatch)
    for span in batch.spans:
        assert _HEX32.fullmatch(span.trace_id) and _HEX16.fullmatch(span.span_id)
        assert span.parent_span_id is None or _HEX16.fullmatch(span.parent_span_id)
    for error in batch.errors:
        assert isinstance(error, DecodeError)
    return "batch"


@pytest.mark.timeout(120)
def test_fuzz_every_outcome_is_a_batch_or_a_decode_error(traces_pb: bytes, logs_pb: bytes) -> None:
    rng = random.Random(20261127)
    seeds = [traces_pb, logs_pb, otlp_json_bytes(TracesData.FromString(traces_pb))]
    seeds.append(otlp_json_bytes(LogsData.FromString(logs_pb)))
    outcomes: set[str] = set()
    for i in range(600):
        data = _mutate(rng, seeds[i % len(seeds)]) if i % 10 else rng.randbytes(rng.randint(0, 300))
        outcomes.add(_check_outcome(data, ("auto", "traces", "logs")[i % 3]))
    # The loop must exercise both good and bad paths, or it proves nothing.
    assert "batch" in outcomes and len(outcomes) >= 4, outcomes
