"""A consumer killed with SIGKILL at random moments, again and again, loses nothing and stores nothing
twice: the store ends exactly as a run without crashes leaves it, and the dead-letter topic stays empty."""

from __future__ import annotations

import random
import signal
import time
from pathlib import Path

import pytest
from ingest_harness import read_topic
from kafka import KafkaProducer
from processes import REDACTION_KEY, ingest_env, start_ingest
from sqlmodel import select
from synthetic_traces import SPANS_PER_TRACE, synthetic_records
from tracecase_sampleapp.broker import LocalBroker

from ingest.assemble import StreamingAssembler
from ingest.decode import decode_message
from ingest.pipeline import TraceProcessor
from redaction import RedactionConfig, Redactor
from schemas import RequiredFieldPolicy
from store import SpanRow, TraceRow, TraceStore

TRACES = 4_000  # 20,000 spans
KILLS = 5
pytestmark = pytest.mark.slow


def _hashes(store: TraceStore) -> tuple[dict[str, tuple[str, str, int]], dict[tuple[str, str], str]]:
    with store.transaction() as session:
        traces = {r.trace_id: (r.content_hash, r.state, r.revision) for r in session.exec(select(TraceRow))}
        spans = {(r.trace_id, r.span_id): r.content_hash for r in session.exec(select(SpanRow))}
    return traces, spans


def _span_count(store: TraceStore) -> int:
    with store.transaction() as session:
        return len(list(session.exec(select(SpanRow.span_id))))


def test_sigkill_at_random_moments_leaves_the_store_as_an_uninterrupted_run(
    broker: LocalBroker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = synthetic_records(TRACES, keyed=False, seed=11)
    topic, dlq, group = f"crash-{time.time_ns()}", f"crash-dlq-{time.time_ns()}", f"g-{time.time_ns()}"
    broker.create_topic(topic, partitions=3)
    producer = KafkaProducer(bootstrap_servers=broker.bootstrap, acks="all")
    for n, record in enumerate(records):
        producer.send(topic, value=record.value, partition=n % 3)
    producer.flush()
    producer.close()

    db_url = f"sqlite:///{tmp_path / 'crashes.db'}"
    env = ingest_env(broker, db_url, topic, group, dlq, max_poll_records="20")
    log = tmp_path / "ingest.log"
    store = TraceStore(db_url)
    rng = random.Random(5)
    kills = []
    for _ in range(KILLS):
        process = start_ingest(env, log, "--stop-when-idle", "5")
        before = _span_count(store)
        deadline = time.monotonic() + 120
        while _span_count(store) == before and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)  # wait for this run to make progress
        time.sleep(rng.uniform(0.0, 1.5))
        assert process.poll() is None, f"ingest ended before it could be killed:\n{log.read_text()[-3000:]}"
        process.send_signal(signal.SIGKILL)
        process.wait()
        kills.append(_span_count(store))
    final = start_ingest(env, log, "--stop-when-idle", "5")
    assert final.wait(timeout=600) == 0, log.read_text()[-3000:]
    assert kills[-1] < TRACES * SPANS_PER_TRACE, "the run finished before the last kill: not a crash test"

    monkeypatch.setenv("TRACECASE_REDACTION_KEY", REDACTION_KEY)
    reference = TraceStore(f"sqlite:///{tmp_path / 'reference.db'}")
    assembler = StreamingAssembler()
    for record in records:
        assembler.add(decode_message(record.value, "traces"))
    processor = TraceProcessor(RequiredFieldPolicy.default(), Redactor(RedactionConfig.load()), reference)
    assert processor.process(assembler.drain()).failures == []

    traces, spans = _hashes(store)
    expected_traces, expected_spans = _hashes(reference)
    assert len(spans) == TRACES * SPANS_PER_TRACE and len(traces) == TRACES
    assert spans == expected_spans
    assert traces == expected_traces  # same content, all complete, none revised
    assert read_topic(broker, dlq, timeout_s=2) == []
