"""1,000 malformed records interleaved with good ones: each one dead-lettered with its reason and
source offset, every good span stored, and no partition left behind."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest
from kafka import KafkaAdminClient, KafkaProducer, TopicPartition
from kafka.structs import OffsetAndMetadata
from kafka_loop import read_topic, run_loop
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from tracecase_sampleapp.broker import LocalBroker
from tracecase_sampleapp.synthetic import SPANS_PER_TRACE, synthetic_records, trace_spans

from ingest.pipeline import TraceProcessor
from schemas import RequiredFieldPolicy
from store import TraceFilter, TraceStore, counts, iter_traces, read_consumer_stats

MAX_RECORD_BYTES = 64 * 1024
GOOD_TRACES = 300
POISON = 1_000
pytestmark = pytest.mark.slow


def _partly_bad(n: int) -> bytes:
    """A record with one readable trace and one span whose trace id is 3 bytes long."""
    _, spans = trace_spans(100_000 + n)
    request = ExportTraceServiceRequest()
    scope = request.resource_spans.add().scope_spans.add()
    scope.spans.extend(spans)
    broken = scope.spans.add()
    broken.CopyFrom(spans[1])
    broken.trace_id = b"\x01\x02\x03"
    return request.SerializeToString()


def _poison(n: int, good: bytes, rng: random.Random) -> tuple[bytes | None, str]:
    kinds = [
        (lambda: rng.randbytes(rng.randint(1, 400)), ""),
        (lambda: good[: len(good) // 2], "truncated_protobuf"),
        (lambda: b'{"hello": "not otlp"}', "not_otlp"),
        (lambda: b'{"resourceSpans": [', "invalid_json"),
        (lambda: b"", "empty"),
        (lambda: b"\n" + b"\xff" * (MAX_RECORD_BYTES + 10), "oversized"),
        (lambda: _partly_bad(n), "partly_undecodable"),
    ]
    make, reason = kinds[n % len(kinds)]
    return make(), reason


def test_poison_records_go_to_the_dead_letter_topic_and_block_nothing(broker: LocalBroker, db_url: str) -> None:
    rng = random.Random(9)
    good = synthetic_records(GOOD_TRACES, keyed=False, seed=2, batch=25)
    topic, dlq, group = f"poison-{time.time_ns()}", f"poison-dlq-{time.time_ns()}", f"g-{time.time_ns()}"
    broker.create_topic(topic, partitions=3)
    producer = KafkaProducer(bootstrap_servers=broker.bootstrap, acks="all", max_request_size=4 * MAX_RECORD_BYTES)
    sent_poison: dict[tuple[int, int], str] = {}
    queue = [("good", record.value) for record in good] + [("poison", None)] * POISON
    rng.shuffle(queue)
    for n, (kind, good_value) in enumerate(queue):
        value, reason = _poison(n, good[n % len(good)].value, rng) if kind == "poison" else (good_value, "")
        meta = producer.send(topic, value=value, partition=n % 3).get(timeout=30)
        if kind == "poison":
            sent_poison[(meta.partition, meta.offset)] = reason
    producer.close()

    store = TraceStore(db_url)
    summary = run_loop(
        broker,
        TraceProcessor(RequiredFieldPolicy.default(), None, store),
        [topic],
        group,
        dlq_topic=dlq,
        max_record_bytes=MAX_RECORD_BYTES,
    )

    letters = read_topic(broker, dlq)
    assert summary.dead_letters == len(letters) == POISON
    seen: dict[tuple[int, int], str] = {}
    for letter in letters:
        headers = {key: value.decode() for key, value in letter.headers}
        assert headers["tracecase.source.topic"] == topic
        assert letter.value == b""  # no span text by default
        seen[(int(headers["tracecase.source.partition"]), int(headers["tracecase.source.offset"]))] = headers[
            "tracecase.reason"
        ]
    assert set(seen) == set(sent_poison)
    for where, expected in sent_poison.items():
        assert seen[where].startswith(expected), (where, seen[where])

    partly = sum(1 for reason in sent_poison.values() if reason == "partly_undecodable")
    with store.transaction() as session:
        stored = counts(session)
        complete = sum(1 for row in iter_traces(session, TraceFilter(state="complete")))
    assert stored["spans"] == (GOOD_TRACES + partly) * SPANS_PER_TRACE
    assert complete == GOOD_TRACES + partly

    admin = KafkaAdminClient(bootstrap_servers=broker.bootstrap)
    committed: dict[TopicPartition, OffsetAndMetadata] = admin.list_group_offsets(group)[group]
    admin.close()
    per_partition = [sum(1 for n in range(len(queue)) if n % 3 == p) for p in range(3)]
    ends = dict(enumerate(per_partition))
    assert {tp.partition: meta.offset for tp, meta in committed.items()} == ends  # nothing stalled


def test_the_consumer_counts_what_it_does_in_its_own_metrics(broker: LocalBroker, tmp_path: Path) -> None:
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import InMemoryMetricReader

    topic, dlq = f"metrics-{time.time_ns()}", f"metrics-dlq-{time.time_ns()}"
    broker.create_topic(topic, partitions=2)
    producer = KafkaProducer(bootstrap_servers=broker.bootstrap, acks="all")
    for record in synthetic_records(20, keyed=True):
        producer.send(topic, key=record.key, value=record.value)
    producer.send(topic, value=b'{"not": "otlp"}')
    producer.close()
    reader = InMemoryMetricReader()
    store = TraceStore(f"sqlite:///{tmp_path / 'metrics.db'}")
    run_loop(
        broker,
        TraceProcessor(RequiredFieldPolicy.default(), None, store),
        [topic],
        f"g-{time.time_ns()}",
        dlq_topic=dlq,
        meter_provider=MeterProvider(metric_readers=[reader]),
    )
    data = reader.get_metrics_data()
    assert data is not None
    points = {
        metric.name: metric.data.data_points
        for resource in data.resource_metrics
        for scope in resource.scope_metrics
        for metric in scope.metrics
    }
    assert sum(p.value for p in points["tracecase.records.consumed"]) == 21
    assert [(dict(p.attributes), p.value) for p in points["tracecase.records.dead_lettered"]] == [
        ({"reason": "not_otlp"}, 1)
    ]
    assert sum(p.value for p in points["tracecase.spans.received"]) == 20 * SPANS_PER_TRACE
    assert {dict(p.attributes)["change"]: p.value for p in points["tracecase.traces.stored"]} == {"completed": 20}
    assert sum(p.count for p in points["tracecase.stage.duration"]) >= 1


def test_each_consumer_writes_its_counters_to_the_store(broker: LocalBroker, db_url: str) -> None:
    topic, dlq = f"stats-{time.time_ns()}", f"stats-dlq-{time.time_ns()}"
    broker.create_topic(topic, partitions=1)
    producer = KafkaProducer(bootstrap_servers=broker.bootstrap, acks="all")
    for record in synthetic_records(5, keyed=True):
        producer.send(topic, key=record.key, value=record.value)
    producer.send(topic, value=b"garbage")
    producer.close()
    store = TraceStore(db_url)
    run_loop(
        broker,
        TraceProcessor(RequiredFieldPolicy.default(), None, store),
        [topic],
        f"g-{time.time_ns()}",
        dlq_topic=dlq,
    )
    with store.transaction() as session:
        [stats] = read_consumer_stats(session)
    assert stats.stopped and (stats.records, stats.spans, stats.dead_letters, stats.traces_stored) == (
        6,
        5 * SPANS_PER_TRACE,
        1,
        5,
    )
