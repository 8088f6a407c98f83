"""Flag latency: how long after its trace completes does a flagged trace become a candidate case?

Target (issue 7): within 2 s of completion, p99. Embedded setup as a newcomer runs it: a real broker
(tansu, ``LocalBroker``), ``tracecase ingest`` running as its own process on SQLite with a short quiet
period, reading the spans topic and the flags topic. Traces (agent roots with 1-4 chat calls of
0.5-8 KB text, ``bench.payloads``) are published one at a time; every other one is flagged (the flag
published just before its spans, so it waits for the trace). Per trace, from the store:

- ``completion -> case``: the case's ``created_at`` minus the trace's ``completed_at`` (the target);
- ``publish -> case``: from publishing the spans until the case is stored;
- baseline ``publish -> complete`` for the *unflagged* traces: the same trip without a case, measured
  in the same run (it includes the quiet period, ``--quiet``).

Run: ``.venv/bin/python -m bench.flag_latency [--traces 60] [--quiet 0.5]``.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from kafka import KafkaProducer
from opentelemetry.exporter.otlp.proto.common.trace_encoder import encode_spans
from opentelemetry.sdk.trace import ReadableSpan
from tracecase_sampleapp.broker import LocalBroker

from bench.payloads import make_spans

TRACECASE = str(Path(sys.executable).parent / "tracecase")


def traces(count: int, seed: int) -> list[tuple[str, list[ReadableSpan]]]:
    """Whole traces (root included), in the order they were made."""
    by_trace: dict[str, list[ReadableSpan]] = {}
    for span in make_spans(count * 4, seed):
        by_trace.setdefault(format(span.context.trace_id, "032x"), []).append(span)
    whole = [(t, spans) for t, spans in by_trace.items() if any(s.parent is None for s in spans)]
    return whole[:count]


def _moment(value: str | None) -> float | None:
    if value is None:
        return None
    moment = datetime.fromisoformat(value)
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()


def _wait_for(db: Path, trace_id: str, flagged: bool, timeout_s: float = 30.0) -> tuple[float, float | None]:
    """(trace completed_at, case created_at or None) once the store has them."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
                row = connection.execute(
                    "SELECT t.completed_at, c.created_at FROM traces t LEFT JOIN cases c ON c.trace_id = t.trace_id "
                    "WHERE t.trace_id = ? AND t.state = 'complete'",
                    (trace_id,),
                ).fetchone()
        except sqlite3.OperationalError:  # the ingest process has not created the database yet
            row = None
        if row is not None and (row[1] is not None or not flagged):
            completed = _moment(row[0])
            assert completed is not None
            return completed, _moment(row[1])
        time.sleep(0.01)
    raise TimeoutError(f"trace {trace_id} not stored (flagged={flagged}) within {timeout_s} s")


def _percentiles(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return statistics.median(ordered), p99


def run(count: int, quiet_s: float, seed: int) -> dict[str, list[float]]:
    folder = Path(tempfile.mkdtemp(prefix="flag-latency-"))
    db = folder / "tracecase.db"
    spans_topic, flags_topic = f"spans-{uuid.uuid4().hex[:6]}", f"flags-{uuid.uuid4().hex[:6]}"
    with LocalBroker() as broker:
        for topic in (spans_topic, flags_topic):
            broker.create_topic(topic, partitions=1)
        env = {k: v for k, v in os.environ.items() if not k.startswith("TRACECASE_")}
        env.update(
            TRACECASE_DB=f"sqlite:///{db}",
            TRACECASE_BOOTSTRAP=broker.bootstrap,
            TRACECASE_TOPIC=spans_topic,
            TRACECASE_LOGS_TOPIC="",
            TRACECASE_FLAGS_TOPIC=flags_topic,
            TRACECASE_GROUP="bench",
            TRACECASE_QUIET_PERIOD_S=str(quiet_s),
            TRACECASE_REDACTION_KEY="bench-only",
        )
        log = (folder / "ingest.log").open("wb")
        ingest = subprocess.Popen([TRACECASE, "ingest"], env=env, stdout=log, stderr=subprocess.STDOUT)
        producer = KafkaProducer(bootstrap_servers=broker.bootstrap, acks="all", linger_ms=0)
        figures: dict[str, list[float]] = {"completion -> case": [], "publish -> case": [], "publish -> complete": []}
        try:
            made = traces(count + 2, seed)
            for number, (trace_id, spans) in enumerate(made):
                warm_up = number < 2  # the first traces pay for the consumer joining its group
                flagged = number % 2 == 0
                if flagged:
                    flag = {"trace_id": trace_id, "ticket_id": f"BENCH-{number}", "note": "customer says it is wrong"}
                    producer.send(flags_topic, json.dumps(flag).encode())
                    producer.flush()
                published = time.time()
                producer.send(spans_topic, encode_spans(spans).SerializeToString())
                producer.flush()
                completed, case_at = _wait_for(db, trace_id, flagged, timeout_s=120 if warm_up else 30)
                if warm_up:
                    continue
                if flagged:
                    assert case_at is not None
                    figures["completion -> case"].append(case_at - completed)
                    figures["publish -> case"].append(case_at - published)
                else:
                    figures["publish -> complete"].append(completed - published)
        finally:
            producer.close()
            ingest.terminate()
            ingest.wait(timeout=60)
            log.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--traces", type=int, default=60, help="traces measured (half of them flagged)")
    parser.add_argument("--quiet", type=float, default=0.5, help="quiet period of tracecase ingest, seconds")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    figures = run(args.traces, args.quiet, args.seed)
    print(f"flag latency, {args.traces} traces (half flagged), quiet period {args.quiet} s, SQLite, one consumer")
    print(f"{'':24} {'n':>4} {'p50 (s)':>9} {'p99 (s)':>9}")
    for name, values in figures.items():
        p50, p99 = _percentiles(values)
        suffix = "   <- target: p99 < 2 s" if name == "completion -> case" else ""
        suffix = suffix or ("   (baseline: unflagged traces)" if name == "publish -> complete" else "")
        print(f"{name:24} {len(values):>4} {p50:>9.3f} {p99:>9.3f}{suffix}")


if __name__ == "__main__":
    main()
