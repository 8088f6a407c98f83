"""A real Kafka-protocol broker (tansu) for the exporter tests, and a reader for what reached it."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from kafka import KafkaConsumer, TopicPartition
from kafka.consumer.fetcher import ConsumerRecord
from tracecase_sampleapp.broker import LocalBroker

from ingest import DecodedBatch, Signal, decode_message

MAX_POLLS = 300


@pytest.fixture(scope="module")
def broker() -> Iterator[LocalBroker]:
    with LocalBroker() as running:
        yield running


@pytest.fixture
def topic(broker: LocalBroker) -> str:
    """A fresh 3-partition topic per test, so tests never see each other's records."""
    name = f"otlp-{uuid.uuid4().hex[:12]}"
    broker.create_topic(name, partitions=3)
    return name


def read_topic(bootstrap: str, topic: str) -> list[ConsumerRecord]:
    """Every record on ``topic`` up to its current end offsets (no idle timeout involved)."""
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False)
    try:
        partitions = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or ())]
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        end = consumer.end_offsets(partitions)
        records: list[ConsumerRecord] = []
        for _ in range(MAX_POLLS):
            if all(consumer.position(tp) >= end[tp] for tp in partitions):
                return sorted(records, key=lambda r: (r.partition, r.offset))
            for batch in consumer.poll(timeout_ms=500).values():
                records.extend(batch)
        raise AssertionError(f"{topic}: did not reach the end offsets {end} after {MAX_POLLS} polls")
    finally:
        consumer.close()


def decode_all(values: list[bytes], signal: Signal) -> DecodedBatch:
    """Every record value through tracecase's decoder, asserting that nothing in them was dropped."""
    merged = DecodedBatch()
    for value in values:
        batch = decode_message(value, signal)
        assert batch.errors == []
        merged.spans.extend(batch.spans)
        merged.logs.extend(batch.logs)
    return merged
