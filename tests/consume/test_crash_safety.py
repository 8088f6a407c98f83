"""A consumer killed with SIGKILL at random moments, again and again, loses nothing and stores nothing
twice: the store ends exactly as a run without crashes leaves it, and the dead-letter topic stays empty."""

from __future__ import annotations

import random
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest
from kafka import KafkaProducer
from kafka_loop import read_topic
from processes import REDACTION_KEY, ingest_env, start_ingest
from sqlmodel import select
from tracecase_sampleapp.broker import LocalBroker
from tracecase_sampleapp.synthetic import SPANS_PER_TRACE, synthetic_records

from ingest.assemble import StreamingAssembler
from ingest.decode import decode_message
from ingest.pipeline import TraceProcessor
from redaction import RedactionConfig, Redactor
from schemas import RequiredFieldPolicy
from store import SpanRow, TraceRow, TraceStore

TRACES = 4_000  # 20,000 spans
KILLS = 5
RECORDS_PER_S = 4.0  # 400 records: traffic outlasts the crash-and-restart rounds, then hurries
pytestmark = pytest.mark.slow


def _hashes(store: TraceStore) -> tuple[dict[str, tuple[str, str, int]], dict[tuple[str, str], str]]:
    with store.transaction() as session:
        traces = {r.trace_id: (r.content_hash, r.state, r.revision) for r in session.exec(select(TraceRow))}
        spans = {(r.trace_id, r.span_id): r.content_hash for r in session.exec(select(SpanRow))}
    return traces, spans


class _SteadyProducer(threading.Thread):
    """Publishes the records at a steady rate, like live traffic, while the consumer crashes; once
    ``hurry`` is set, the rest at once."""

    def __init__(self, bootstrap: str, topic: str, records: list[bytes], per_second: float) -> None:
        super().__init__(daemon=True)
        self._servers, self._topic, self._records, self._gap = bootstrap, topic, records, 1 / per_second
        self.sent = 0
        self.hurry = threading.Event()

    def run(self) -> None:
        producer = KafkaProducer(bootstrap_servers=self._servers, acks="all", linger_ms=0)
        for n, value in enumerate(self._records):
            producer.send(self._topic, value=value, partition=n % 3).get(timeout=30)
            self.sent += 1
            if not self.hurry.is_set():
                time.sleep(self._gap)
        producer.close()


def _wait_for_assignment(log: Path, start: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if "partitions assigned" in log.read_text()[start:]:
            return
        time.sleep(0.1)
    raise AssertionError(f"ingest did not join its group:\n{log.read_text()[-3000:]}")


def test_sigkill_at_random_moments_leaves_the_store_as_an_uninterrupted_run(
    broker: LocalBroker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = synthetic_records(TRACES, keyed=False, seed=11)
    topic, dlq, group = f"crash-{time.time_ns()}", f"crash-dlq-{time.time_ns()}", f"g-{time.time_ns()}"
    broker.create_topic(topic, partitions=3)
    producer = _SteadyProducer(broker.bootstrap, topic, [r.value for r in records], per_second=RECORDS_PER_S)
    producer.start()

    db_url = f"sqlite:///{tmp_path / 'crashes.db'}"
    # A 3 s session: a restarted consumer rejoins soon after its killed predecessor is expelled. The
    # quiet period outlasts the spread of one trace's spans over the traffic (about 1 s at this rate),
    # so that only crashes, not slow traffic, could make a trace differ from the uninterrupted run.
    env = ingest_env(
        broker, db_url, topic, group, dlq, session_timeout_ms="3000", heartbeat_interval_ms="500", quiet_period_s="3"
    )
    log = tmp_path / "ingest.log"
    rng = random.Random(5)
    for _ in range(KILLS):
        start = log.stat().st_size if log.exists() else 0
        process = start_ingest(env, log, "--stop-when-idle", "5")
        _wait_for_assignment(log, start, process)
        time.sleep(rng.uniform(0.2, 2.5))
        assert process.poll() is None, f"ingest ended before it could be killed:\n{log.read_text()[-3000:]}"
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert producer.sent < len(records), "traffic ended before this kill: not a crash during the run"
    producer.hurry.set()
    final = start_ingest(env, log, "--stop-when-idle", "5")
    producer.join()
    assert final.wait(timeout=600) == 0, log.read_text()[-3000:]
    store = TraceStore(db_url)

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
