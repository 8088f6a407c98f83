"""The database goes down while spans keep arriving: records wait (partitions paused, offsets not
committed) and are stored once it is back; nothing goes to the dead-letter topic."""

from __future__ import annotations

import threading
import time

import pytest
from databases import postgres_database
from kafka import KafkaProducer
from kafka_loop import read_topic, run_loop
from sqlmodel import func, select
from tcp_proxy import CuttableProxy
from tracecase_sampleapp.broker import LocalBroker
from tracecase_sampleapp.synthetic import SPANS_PER_TRACE, synthetic_records

from ingest.consume import LoopSummary
from ingest.pipeline import TraceProcessor
from schemas import RequiredFieldPolicy
from store import SpanRow, TraceStore

pytestmark = pytest.mark.slow


def _spans(store: TraceStore) -> int:
    with store.transaction() as session:
        return int(session.exec(select(func.count()).select_from(SpanRow)).one())


def _publish(bootstrap: str, topic: str, values: list[bytes]) -> None:
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all")
    for n, value in enumerate(values):
        producer.send(topic, value=value, partition=n % 2)
    producer.close()


def test_records_wait_for_a_database_that_is_down(broker: LocalBroker) -> None:
    records = synthetic_records(200, keyed=True, seed=8)
    before, during = [r.value for r in records[:100]], [r.value for r in records[100:]]
    topic, dlq, group = f"outage-{time.time_ns()}", f"outage-dlq-{time.time_ns()}", f"g-{time.time_ns()}"
    broker.create_topic(topic, partitions=2)
    with postgres_database() as direct_url, CuttableProxy(("127.0.0.1", 5432)) as proxy:
        direct = TraceStore(direct_url)
        through_proxy = TraceStore(direct_url.replace("127.0.0.1:5432", f"127.0.0.1:{proxy.port}"))
        processor = TraceProcessor(RequiredFieldPolicy.default(), None, through_proxy)
        _publish(broker.bootstrap, topic, before)
        result: list[LoopSummary] = []
        loop = threading.Thread(
            target=lambda: result.append(run_loop(broker, processor, [topic], group, dlq_topic=dlq, idle_s=3)),
            daemon=True,
        )
        loop.start()
        deadline = time.monotonic() + 60
        while _spans(direct) < 100 * SPANS_PER_TRACE and time.monotonic() < deadline:
            time.sleep(0.2)
        assert _spans(direct) == 100 * SPANS_PER_TRACE

        proxy.cut()
        _publish(broker.bootstrap, topic, during)
        time.sleep(6)
        assert _spans(direct) == 100 * SPANS_PER_TRACE  # nothing could be stored meanwhile
        proxy.restore()
        loop.join(timeout=120)

        assert result, "the consumer loop did not finish"
        assert result[0].store_retries > 0
        assert result[0].dead_letters == 0
        assert _spans(direct) == 200 * SPANS_PER_TRACE
        through_proxy.close()
        direct.close()
    assert read_topic(broker, dlq, timeout_s=1) == []
