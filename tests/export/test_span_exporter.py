"""KafkaSpanExporter against a real broker: what a real TracerProvider exports comes back intact."""

from __future__ import annotations

import threading

import pytest
from conftest import decode_all, read_topic
from opentelemetry.exporter.otlp.proto.common.trace_encoder import encode_spans
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, SimpleSpanProcessor, SpanExportResult
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, Status, StatusCode
from tracecase_sampleapp.broker import LocalBroker, free_port

from ingest import decode_message
from ingest.export import KafkaSpanExporter, OtlpEncoding
from ingest.export.partitioner import sarama_partition
from ingest.export.producer_config import Compression
from ingest.kafka_logging import WITHHELD
from ingest.records import RawSpan


def _emit_traces(provider: TracerProvider, traces: int, children: int = 2, payload: str = "") -> None:
    tracer = provider.get_tracer("tests.export", "1.0")
    for t in range(traces):
        with tracer.start_as_current_span(f"chat-{t}", kind=SpanKind.CLIENT) as root:
            root.set_attribute("gen_ai.operation.name", "chat")
            root.set_attribute("gen_ai.usage.input_tokens", 10 + t)
            root.add_event("gen_ai.choice", {"index": 0})
            for c in range(children):
                with tracer.start_as_current_span(f"tool-{t}-{c}") as child:
                    child.set_attribute("gen_ai.tool.call.arguments", f'{{"q": "{payload}{c}"}}')
                    child.set_status(Status(StatusCode.ERROR, "boom") if c == 1 else Status(StatusCode.OK))


def _finished(traces: int, payload: str = "") -> tuple[ReadableSpan, ...]:
    """Finished spans from a real TracerProvider, to hand to an exporter directly."""
    memory = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(memory))
    _emit_traces(provider, traces=traces, payload=payload)
    return memory.get_finished_spans()


def _provider(exporter: KafkaSpanExporter, also: InMemorySpanExporter) -> TracerProvider:
    provider = TracerProvider()
    # A long schedule delay: only force_flush/shutdown export, so each test knows its export calls.
    provider.add_span_processor(BatchSpanProcessor(exporter, schedule_delay_millis=600_000))
    provider.add_span_processor(SimpleSpanProcessor(also))
    return provider


def _expected(spans: tuple[ReadableSpan, ...] | list[ReadableSpan]) -> list[RawSpan]:
    """The same spans through the same decoder, straight from the SDK's own OTLP encoding."""
    return sorted(decode_message(encode_spans(spans).SerializeToString(), "traces").spans, key=lambda s: s.span_id)


def _decoded(values: list[bytes]) -> list[RawSpan]:
    return sorted(decode_all(values, "traces").spans, key=lambda s: s.span_id)


@pytest.mark.parametrize("encoding", ["otlp_proto", "otlp_json"])
def test_one_batch_becomes_one_unkeyed_record_with_the_same_spans(
    broker: LocalBroker, topic: str, encoding: OtlpEncoding
) -> None:
    exporter = KafkaSpanExporter(broker.bootstrap, topic, encoding=encoding)
    memory = InMemorySpanExporter()
    provider = _provider(exporter, memory)
    _emit_traces(provider, traces=3)
    assert provider.force_flush()
    provider.shutdown()

    records = read_topic(broker.bootstrap, topic)
    assert len(records) == 1
    assert records[0].key is None
    assert records[0].value[:1] == (b"{" if encoding == "otlp_json" else b"\n")
    finished = memory.get_finished_spans()
    got = _decoded([records[0].value])
    assert got == _expected(finished)
    assert len(got) == 9
    assert {s.name for s in got} >= {"chat-0", "tool-2-1"}
    assert exporter.stats.records == 1
    assert exporter.stats.items == 9
    assert exporter.stats.failed_exports == 0


@pytest.mark.parametrize("encoding", ["otlp_proto", "otlp_json"])
def test_keyed_mode_writes_one_record_per_trace_keyed_and_placed_like_the_collector(
    broker: LocalBroker, topic: str, encoding: OtlpEncoding
) -> None:
    exporter = KafkaSpanExporter(broker.bootstrap, topic, encoding=encoding, partition_by_trace_id=True)
    memory = InMemorySpanExporter()
    provider = _provider(exporter, memory)
    _emit_traces(provider, traces=8)
    provider.shutdown()

    records = read_topic(broker.bootstrap, topic)
    assert len(records) == 8
    for record in records:
        assert record.key is not None
        key = record.key.decode()
        assert len(key) == 32
        assert key == key.lower()
        assert {span.trace_id for span in _decoded([record.value])} == {key}
        # The collector's default partitioner (Sarama-compatible FNV-1a) would pick the same partition.
        assert record.partition == sarama_partition(record.key, 3)
    assert len({r.key for r in records}) == 8
    assert _decoded([r.value for r in records]) == _expected(memory.get_finished_spans())


def test_oversized_batches_are_split_into_records_under_the_limit(broker: LocalBroker, topic: str) -> None:
    limit = 8_000
    exporter = KafkaSpanExporter(broker.bootstrap, topic, max_record_bytes=limit)
    memory = InMemorySpanExporter()
    provider = _provider(exporter, memory)
    _emit_traces(provider, traces=6, children=4, payload="x" * 1_500)  # ~45 KB in one export
    provider.shutdown()

    records = read_topic(broker.bootstrap, topic)
    assert len(records) >= 6
    assert all(r.key is None and len(r.value) <= limit for r in records)
    assert _decoded([r.value for r in records]) == _expected(memory.get_finished_spans())
    assert exporter.stats.oversized_dropped == 0


def test_keyed_records_of_one_big_trace_are_split_under_the_same_key(broker: LocalBroker, topic: str) -> None:
    exporter = KafkaSpanExporter(broker.bootstrap, topic, partition_by_trace_id=True, max_record_bytes=6_000)
    memory = InMemorySpanExporter()
    provider = _provider(exporter, memory)
    _emit_traces(provider, traces=1, children=10, payload="y" * 1_000)
    provider.shutdown()

    records = read_topic(broker.bootstrap, topic)
    assert len(records) > 1
    assert len({r.key for r in records}) == 1
    assert len({r.partition for r in records}) == 1
    assert _decoded([r.value for r in records]) == _expected(memory.get_finished_spans())


def test_a_span_too_big_alone_is_dropped_and_reported_while_the_rest_is_delivered(
    broker: LocalBroker, topic: str, caplog: pytest.LogCaptureFixture
) -> None:
    memory = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(memory))
    tracer = provider.get_tracer("tests.export")
    with tracer.start_as_current_span("root"):
        with tracer.start_as_current_span("huge") as huge:
            huge.set_attribute("gen_ai.output.messages", "SECRET-CANARY " * 2_000)
        with tracer.start_as_current_span("small"):
            pass
    spans = memory.get_finished_spans()
    exporter = KafkaSpanExporter(broker.bootstrap, topic, max_record_bytes=4_096)

    with caplog.at_level("WARNING", logger="ingest.export"):
        result = exporter.export(spans)
    exporter.shutdown()

    assert result is SpanExportResult.FAILURE
    assert exporter.stats.oversized_dropped == 1
    assert exporter.stats.items == 2
    delivered = _decoded([r.value for r in read_topic(broker.bootstrap, topic)])
    assert sorted(s.name for s in delivered) == ["root", "small"]
    huge_span = next(s for s in spans if s.name == "huge")
    assert huge_span.context is not None
    assert f"{huge_span.context.span_id:016x}" in caplog.text
    assert "SECRET-CANARY" not in caplog.text


def test_shutdown_flushes_what_the_batch_processor_still_holds(broker: LocalBroker, topic: str) -> None:
    exporter = KafkaSpanExporter(broker.bootstrap, topic)
    memory = InMemorySpanExporter()
    provider = _provider(exporter, memory)
    _emit_traces(provider, traces=2)
    assert read_topic(broker.bootstrap, topic) == []  # nothing exported yet: the delay is 10 minutes
    provider.shutdown()

    assert _decoded([r.value for r in read_topic(broker.bootstrap, topic)]) == _expected(memory.get_finished_spans())
    assert exporter.export(memory.get_finished_spans()) is SpanExportResult.FAILURE  # after shutdown


def _finishes(work: threading.Thread, bound_s: float = 120.0) -> bool:
    """A hang detector with a generous bound (not a speed check): the call returned at all."""
    work.start()
    work.join(bound_s)
    return not work.is_alive()


def test_a_broker_that_is_down_fails_the_export_without_raising(caplog: pytest.LogCaptureFixture) -> None:
    memory = InMemorySpanExporter()
    exporter = KafkaSpanExporter(f"127.0.0.1:{free_port()}", timeout_s=1.0)  # nothing listens there
    provider = _provider(exporter, memory)
    _emit_traces(provider, traces=2)
    results: list[SpanExportResult] = []

    def run() -> None:
        results.append(exporter.export(memory.get_finished_spans()))
        provider.shutdown()  # the batch processor's own export fails too; nothing propagates

    with caplog.at_level("WARNING", logger="ingest.export"):
        assert _finishes(threading.Thread(target=run))
    assert results == [SpanExportResult.FAILURE]
    assert exporter.stats.failed_exports == 2
    assert exporter.stats.records == 0
    assert "KafkaTimeoutError" in caplog.text


def test_a_broker_that_goes_away_fails_later_exports_and_shutdown_still_returns() -> None:
    spans = _finished(traces=2)
    with LocalBroker() as own:
        own.create_topic("otlp_spans")
        exporter = KafkaSpanExporter(own.bootstrap, timeout_s=1.0)
        assert exporter.export(spans) is SpanExportResult.SUCCESS
    # The broker is gone now; the producer still knows the topic's partitions.
    results: list[SpanExportResult] = []

    def run() -> None:
        results.append(exporter.export(spans))
        exporter.force_flush(1_000)
        exporter.shutdown()

    assert _finishes(threading.Thread(target=run))
    assert results == [SpanExportResult.FAILURE]
    assert exporter.stats.records == 1


def test_kafka_python_debug_logging_never_shows_span_text(
    broker: LocalBroker, topic: str, caplog: pytest.LogCaptureFixture
) -> None:
    spans = _finished(traces=1, payload="PII-CANARY-4242")
    exporter = KafkaSpanExporter(broker.bootstrap, topic)

    with caplog.at_level("DEBUG"):
        assert exporter.export(spans) is SpanExportResult.SUCCESS
        exporter.shutdown()

    assert "Successfully produced messages" in caplog.text  # kafka-python's debug log is still there...
    assert WITHHELD in caplog.text  # ...minus the lines that render record bytes
    assert "PII-CANARY-4242" not in caplog.text


@pytest.mark.parametrize("compression", ["gzip", "snappy", "lz4", "zstd"])
def test_every_codec_the_collector_may_use_is_written_and_read_back(
    broker: LocalBroker, topic: str, compression: Compression
) -> None:
    spans = _finished(traces=2, payload="z" * 500)
    exporter = KafkaSpanExporter(broker.bootstrap, topic, compression=compression)
    assert exporter.export(spans) is SpanExportResult.SUCCESS
    exporter.shutdown()

    # The consumer side (kafka-python, as tracecase ingest uses it) must decompress what it finds.
    records = read_topic(broker.bootstrap, topic)
    assert _decoded([r.value for r in records]) == _expected(spans)
