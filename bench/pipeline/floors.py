"""The floors each stage cannot beat, measured on the same records: kafka-python's raw consume, a bare
protobuf parse, and a bulk insert of the rows the pipeline stored."""

from __future__ import annotations

import time
import uuid
from pathlib import Path

from kafka import KafkaConsumer
from opentelemetry.proto.trace.v1.trace_pb2 import TracesData
from sqlalchemy import create_engine, insert, select

from store import SpanRow, TraceStore


def raw_consume(bootstrap: str, topic: str, records: int) -> float:
    """Seconds from the first to the last record, polling with a group of its own and doing nothing else."""
    consumer = KafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        group_id=f"floor-{uuid.uuid4().hex}",
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        session_timeout_ms=6000,
        heartbeat_interval_ms=1000,
        max_poll_records=500,
    )
    seen, first = 0, None
    while seen < records:
        batch = consumer.poll(timeout_ms=500)
        if batch and first is None:
            first = time.perf_counter()
        seen += sum(len(values) for values in batch.values())
    consumer.close()
    return time.perf_counter() - (first or time.perf_counter())


def bare_decode(values: list[bytes]) -> float:
    started = time.perf_counter()
    for value in values:
        TracesData.FromString(value)
    return time.perf_counter() - started


def bulk_insert(source_db: str, workdir: Path) -> tuple[float, int]:
    """Seconds to insert, in one transaction, every span row the pipeline stored into a fresh store."""
    with TraceStore(source_db).transaction() as session:
        rows = [dict(row._mapping) for row in session.execute(select(SpanRow.__table__))]  # type: ignore[attr-defined]
    target = f"sqlite:///{workdir / f'floor-{uuid.uuid4().hex}.db'}"
    TraceStore(target).close()  # the same schema and pragmas
    engine = create_engine(target)
    started = time.perf_counter()
    with engine.begin() as connection:
        connection.execute(insert(SpanRow.__table__), rows)  # type: ignore[attr-defined]
    return time.perf_counter() - started, len(rows)
