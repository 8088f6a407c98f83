"""Spans from real instrumentation libraries, published split and shuffled over several partitions,
come out of the Kafka consumer as the same trace records the file pipeline (``normalize``) gives."""

from __future__ import annotations

import pytest
from kafka_feed import captured_files, publish, split_records, unique_topic
from kafka_loop import read_topic, run_loop
from tracecase_sampleapp.broker import LocalBroker

from ingest.pipeline import TraceProcessor, process_files
from schemas import RequiredFieldPolicy
from store import TraceFilter, iter_traces, load_spans, span_from_row, trace_from_row
from store.store import TraceStore


@pytest.fixture
def policy() -> RequiredFieldPolicy:
    return RequiredFieldPolicy.default()


def test_kafka_path_gives_the_records_the_file_path_gives(
    broker: LocalBroker, db_url: str, policy: RequiredFieldPolicy
) -> None:
    files = captured_files()
    span_records, log_records = split_records(files, seed=3)
    spans, logs = unique_topic("otlp_spans"), unique_topic("otlp_logs")
    broker.create_topic(spans, partitions=3)
    broker.create_topic(logs, partitions=2)
    publish(broker.bootstrap, spans, span_records, partitions=3, seed=1)
    publish(broker.bootstrap, logs, log_records, partitions=2, seed=2)

    expected = {
        saved.trace_id: saved.record for saved in process_files(files, TraceProcessor(policy, None)).processed.traces
    }
    store = TraceStore(db_url)
    summary = run_loop(
        broker, TraceProcessor(policy, None, store), [spans, logs], unique_topic("g"), dlq_topic=unique_topic("dlq")
    )

    assert summary.records == len(span_records) + len(log_records)
    assert summary.dead_letters == 0
    with store.transaction() as session:
        stored = {
            row.trace_id: trace_from_row(row, [span_from_row(s) for s in load_spans(session, row.trace_id)])
            for row in iter_traces(session, TraceFilter())
        }
        states = {row.trace_id: row.state for row in iter_traces(session, TraceFilter())}
    assert sorted(stored) == sorted(expected)
    for trace_id, record in expected.items():
        assert record is not None
        got = stored[trace_id]
        got = got.model_copy(update={"spans": sorted(got.spans, key=lambda s: (s.start_time, s.span_id))})
        assert got.model_dump(mode="json") == record.model_dump(mode="json"), trace_id
    assert set(states.values()) == {"complete"}
    assert read_topic(broker, spans, timeout_s=1) != []  # sanity: the records are still there to re-read
