"""End-to-end ingest on the embedded setup: real broker (tansu), ``tracecase ingest`` consumers in their
own processes, SQLite store (and PostgreSQL, the shared store for scaling out, with redaction off); the
floors of each stage measured on the same records in the same run.

    .venv/bin/python -m bench.pipeline [--traces 8000] [--redacted-traces 2000] [--latency-traces 1000]

Prints spans/s and MB/s with redaction off and on (1 and 2 consumer processes), CPU and peak RSS per
process, the floors (raw consume, bare protobuf parse, bulk insert of the same rows) and their sum,
redaction's own cost on the same spans, and the time from a trace's last span being published to it
being stored complete (p50, p99). Exit code 0 whatever the figures: a benchmark, not a test.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import uuid
from contextlib import ExitStack
from pathlib import Path
from typing import BinaryIO

import psutil
from kafka import KafkaProducer
from tracecase_sampleapp.broker import LocalBroker
from tracecase_sampleapp.synthetic import SPANS_PER_TRACE, Record, faker_texts, synthetic_records

from store import TraceStore

sys.path.insert(0, str(Path(__file__).parents[2] / "tests" / "support"))
from databases import postgres_database  # the tests' throwaway PostgreSQL databases

from bench.pipeline.floors import bare_decode, bulk_insert, raw_consume
from bench.pipeline.latency import latency_run
from bench.pipeline.machine import MachineCpu
from bench.pipeline.redaction_cost import redaction_cost

PARTITIONS = 6
# A trace is stored once no span of it arrived for the quiet period: a latency each trace waits, not
# a cost per span. Kept short in the throughput runs so that a run of seconds is not mostly waiting;
# the latency run uses the longer one of its own.
THROUGHPUT_QUIET_S = 0.25


def publish(bootstrap: str, topic: str, records: list[Record]) -> None:
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5, max_request_size=4_000_000)
    for record in records:
        producer.send(topic, key=record.key, value=record.value)
    producer.flush()
    producer.close()


def run_consumers(bootstrap: str, topic: str, db: str, redaction: str, processes: int) -> dict[str, float]:
    group = f"bench-{uuid.uuid4().hex[:8]}"
    command = [sys.executable, "-m", "bench.pipeline.worker", bootstrap, topic, group, db, "--redaction", redaction]
    command += ["--quiet", str(THROUGHPUT_QUIET_S)]
    with MachineCpu() as machine, ExitStack() as stack:
        errors = [stack.enter_context(tempfile.TemporaryFile()) for _ in range(processes)]
        running = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=err) for err in errors]
        results = [_result(worker, err) for worker, err in zip(running, errors, strict=True)]
    first, last = min(r["first"] for r in results), max(r["last"] for r in results)
    return {
        "spans": sum(r["spans"] for r in results),
        "elapsed": last - first,
        "cpu_s": sum(r["cpu_s"] for r in results),
        "rss_mb": max(r["rss_mb"] for r in results),
        "machine_busy": machine.busy_between(first, last),
    }


def _result(worker: subprocess.Popen[bytes], log: BinaryIO) -> dict[str, float]:
    """The worker's JSON line; if it failed, the end of its log (which never holds span text) and exit."""
    out = worker.communicate()[0].decode().strip()
    if worker.returncode != 0 or not out:
        log.seek(0)
        tail = log.read().decode(errors="replace")[-4000:]
        raise SystemExit(f"a consumer exited with status {worker.returncode}:\n{tail}")
    return json.loads(out.splitlines()[-1])  # type: ignore[no-any-return]


def _store_name(url: str) -> str:
    return url.split(":", 1)[0].split("+", maxsplit=1)[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--traces", type=int, default=8000)
    parser.add_argument("--redacted-traces", type=int, default=2000)
    parser.add_argument("--latency-traces", type=int, default=1000)
    args = parser.parse_args()
    print(f"generating {args.traces} traces ({args.traces * SPANS_PER_TRACE} spans), texts of their own per trace")
    records = synthetic_records(args.traces, keyed=True, seed=1, texts=faker_texts(1))
    megabytes = sum(len(r.value) for r in records) / 1e6
    subset = records[: args.redacted_traces]
    subset_mb = sum(len(r.value) for r in subset) / 1e6
    rows = []
    with LocalBroker() as broker, tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        full, part = f"bench-{uuid.uuid4().hex[:6]}", f"bench-red-{uuid.uuid4().hex[:6]}"
        broker.create_topic(full, PARTITIONS)
        broker.create_topic(part, PARTITIONS)
        publish(broker.bootstrap, full, records)
        publish(broker.bootstrap, part, subset)

        spans = len(records) * SPANS_PER_TRACE
        t_consume = raw_consume(broker.bootstrap, full, len(records))
        t_decode = bare_decode([r.value for r in records])
        for redaction, topic, n_mb in (("off", full, megabytes), ("on", part, subset_mb)):
            for processes in (1, 2):
                db = f"sqlite:///{workdir / f'{redaction}-{processes}.db'}"
                result = run_consumers(broker.bootstrap, topic, db, redaction, processes)
                rows.append((redaction, processes, result, n_mb, db))
        t_insert, inserted = bulk_insert(rows[0][4], workdir)
        # The shared store for scaling out: consumers in one group write one PostgreSQL database.
        for processes in (1, 2):
            with postgres_database() as url:
                TraceStore(url).close()  # migrated once first, as the deployment's migration job does
                result = run_consumers(broker.bootstrap, full, url, "off", processes)
                rows.append(("off", processes, result, megabytes, url))
        own_redaction = redaction_cost(subset)
        lat = latency_run(broker.bootstrap, workdir, args.latency_traces)

    floor = t_consume + t_decode + t_insert
    print(f"\nrecords: {len(records)} ({spans} spans, {megabytes:.1f} MB of OTLP protobuf), {PARTITIONS} partitions")
    print("\n| stage floor, same records | seconds | spans/s |")
    print("|---|---:|---:|")
    for name, seconds in (
        ("kafka-python raw consume", t_consume),
        ("bare protobuf parse", t_decode),
        (f"bulk insert of the {inserted} stored span rows (SQLite)", t_insert),
        ("sum of the floors", floor),
    ):
        print(f"| {name} | {seconds:.2f} | {spans / seconds:,.0f} |")
    print(f"\nthroughput runs: first record read to last trace stored, quiet period {THROUGHPUT_QUIET_S} s")
    print(
        "\n| redaction | consumers | store | spans | seconds | spans/s | MB/s | of the floors | CPU s/span (µs) "
        "| peak RSS | machine CPU busy |"
    )
    print("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for redaction, processes, result, n_mb, db in rows:
        rate = result["spans"] / result["elapsed"]
        share = f"{rate / (spans / floor):.0%}" if redaction == "off" else "—"
        print(
            f"| {redaction} | {processes} | {_store_name(db)} | {result['spans']} | {result['elapsed']:.1f} | "
            f"{rate:,.0f} | "
            f"{n_mb / result['elapsed']:.2f} | {share} | {1e6 * result['cpu_s'] / result['spans']:.0f} | "
            f"{result['rss_mb']:.0f} MB | {result['machine_busy']:.0%} of {psutil.cpu_count()} cores |"
        )
    off_cpu = next(r["cpu_s"] / r["spans"] for red, p, r, _, _ in rows if red == "off" and p == 1)
    on_cpu = next(r["cpu_s"] / r["spans"] for red, p, r, _, _ in rows if red == "on" and p == 1)
    print(
        f"\nper span, 1 consumer: redaction off {1e6 * off_cpu:.0f} µs CPU, on {1e6 * on_cpu:.0f} µs; "
        f"redaction's own cost on the same spans {1e6 * own_redaction:.0f} µs "
        f"(off + own = {1e6 * (off_cpu + own_redaction):.0f} µs)"
    )
    latencies = sorted(lat["latencies"])
    print(
        f"\npublish-to-stored-complete latency over {len(latencies)} traces at {lat['rate']:.0f} traces/s "
        f"(quiet period {lat['quiet']:.0f} s included): p50 {statistics.median(latencies):.2f} s, "
        f"p99 {latencies[int(0.99 * (len(latencies) - 1))]:.2f} s"
    )


if __name__ == "__main__":
    main()
