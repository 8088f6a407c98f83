"""Running the consumer loop in the test process against the session's real broker."""

from __future__ import annotations

from collections.abc import Mapping

from kafka import KafkaConsumer
from opentelemetry.metrics import MeterProvider
from tracecase_sampleapp.broker import LocalBroker

from ingest.assemble import StreamingAssembler
from ingest.consume import (
    DeadLetters,
    IngestLoop,
    LoopOptions,
    LoopSummary,
    RecordHandler,
    dead_letter_producer,
    kafka_consumer,
)
from ingest.pipeline import TraceProcessor


def run_loop(
    broker: LocalBroker,
    processor: TraceProcessor,
    topics: list[str],
    group: str,
    *,
    dlq_topic: str,
    quiet_s: float = 0.3,
    idle_s: float = 1.5,
    max_record_bytes: int = 16 * 1024 * 1024,
    meter_provider: MeterProvider | None = None,
    handlers: Mapping[str, RecordHandler] | None = None,
) -> LoopSummary:
    """The consumer loop of ``tracecase ingest``, in this process, until idle."""
    client = {"bootstrap_servers": [broker.bootstrap]}
    loop = IngestLoop(
        kafka_consumer(client, group, max_record_bytes=max_record_bytes),
        processor,
        DeadLetters(dead_letter_producer(client, max_record_bytes), dlq_topic),
        StreamingAssembler(quiet_period_s=quiet_s, max_wait_s=60, max_pending_spans=100_000),
        LoopOptions(topics, handlers=dict(handlers or {}), max_record_bytes=max_record_bytes, stop_when_idle_s=idle_s),
        meter_provider=meter_provider,
    )
    return loop.run()


def read_topic(broker: LocalBroker, topic: str, timeout_s: float = 5.0) -> list:  # type: ignore[type-arg]
    """Every record of ``topic`` (no group: assigned partitions, from the beginning)."""
    consumer = KafkaConsumer(
        topic,
        bootstrap_servers=broker.bootstrap,
        auto_offset_reset="earliest",
        consumer_timeout_ms=int(timeout_s * 1000),
    )
    records = list(consumer)
    consumer.close()
    return records
