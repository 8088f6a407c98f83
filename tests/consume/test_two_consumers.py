"""Two ``tracecase ingest`` processes in one group share a 6-partition topic: every span is stored,
none is processed twice, on the production store (PostgreSQL)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from databases import postgres_database
from kafka import KafkaProducer
from processes import ingest_env, start_ingest
from sqlmodel import func, select
from tracecase_sampleapp.broker import LocalBroker
from tracecase_sampleapp.synthetic import SPANS_PER_TRACE, synthetic_records

from store import SpanRow, TraceRow, TraceStore

TRACES = 1_200
pytestmark = pytest.mark.slow


def _summary(log: Path) -> dict[str, int]:
    for line in log.read_text().splitlines():
        if line.startswith("{") and '"summary"' in line:
            return json.loads(line)["summary"]  # type: ignore[no-any-return]
    raise AssertionError(f"no summary in {log}:\n{log.read_text()[-2000:]}")


def test_two_processes_in_one_group_store_every_span_once(broker: LocalBroker, tmp_path: Path) -> None:
    records = synthetic_records(TRACES, keyed=True, seed=4)  # one record per trace, keyed by trace id
    topic, group = f"two-{time.time_ns()}", f"g-{time.time_ns()}"
    broker.create_topic(topic, partitions=6)
    producer = KafkaProducer(bootstrap_servers=broker.bootstrap, acks="all")
    for record in records:
        producer.send(topic, key=record.key, value=record.value)
    producer.flush()
    producer.close()

    with postgres_database() as db_url:
        TraceStore(db_url)  # migrate once, before both start
        env = ingest_env(broker, db_url, topic, group, f"{topic}.dlq")
        logs = [tmp_path / "one.log", tmp_path / "two.log"]
        processes = [start_ingest(env, log, "--stop-when-idle", "4") for log in logs]
        assert [p.wait(timeout=300) for p in processes] == [0, 0], logs[0].read_text()[-2000:]
        summaries = [_summary(log) for log in logs]
        with TraceStore(db_url, migrate=False).transaction() as session:
            spans = session.exec(select(func.count()).select_from(SpanRow)).one()
            traces = session.exec(select(func.count()).select_from(TraceRow).where(TraceRow.state == "complete")).one()
            revised = session.exec(select(func.count()).select_from(TraceRow).where(TraceRow.revision > 1)).one()

    assert all(s["spans"] > 0 for s in summaries), summaries  # both took part
    assert sum(s["spans"] for s in summaries) == TRACES * SPANS_PER_TRACE  # none read twice
    assert (spans, traces, revised) == (TRACES * SPANS_PER_TRACE, TRACES, 0)
