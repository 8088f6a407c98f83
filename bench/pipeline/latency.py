"""Publish-to-stored-complete latency: traces published at a steady rate while one consumer (redaction
on) runs; each trace's latency is its ``completed_at`` in the store minus the time its record was
acknowledged by the broker."""

from __future__ import annotations

import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

from kafka import KafkaProducer
from sqlalchemy import select
from tracecase_sampleapp.synthetic import faker_texts, synthetic_records

from store import TraceRow, TraceStore

QUIET_S = 2.0
RATE = 50.0  # traces per second


def latency_run(bootstrap: str, workdir: Path, traces: int) -> dict[str, Any]:
    records = synthetic_records(traces, keyed=True, seed=5, texts=faker_texts(5))
    topic, group = f"latency-{uuid.uuid4().hex[:6]}", f"latency-{uuid.uuid4().hex[:6]}"
    db = f"sqlite:///{workdir / 'latency.db'}"
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=0)
    producer.send(topic, value=records[0].value, key=records[0].key).get(timeout=30)  # creates the topic
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "bench.pipeline.worker",
            bootstrap,
            topic,
            group,
            db,
            "--redaction",
            "on",
            "--quiet",
            str(QUIET_S),
            "--idle",
            "15",
        ],
        stdout=subprocess.DEVNULL,
    )
    time.sleep(12)  # spaCy loaded, group joined, the first record stored
    published: dict[str, float] = {}
    for record in records[1:]:
        producer.send(topic, value=record.value, key=record.key).get(timeout=30)
        published[record.trace_ids[0]] = time.time()
        time.sleep(1 / RATE)
    producer.close()
    worker.wait(timeout=600)
    with TraceStore(db).transaction() as session:
        done = dict(session.execute(select(TraceRow.trace_id, TraceRow.completed_at)).all())
    latencies = [done[t].timestamp() - at for t, at in published.items() if done.get(t) is not None]
    return {"latencies": latencies, "rate": RATE, "quiet": QUIET_S}
