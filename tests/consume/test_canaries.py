"""Planted PII canaries travel through the real ``tracecase ingest`` (redaction on, DEBUG logs): none
reaches the database files, the logs, the dead-letter topic or ``tracecase traces export``."""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import pytest
from kafka import KafkaProducer
from kafka_loop import read_topic
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue
from opentelemetry.proto.trace.v1.trace_pb2 import Span
from processes import TRACECASE, ingest_env, start_ingest
from tracecase_sampleapp.broker import LocalBroker

pytestmark = pytest.mark.slow

CANARIES = {
    "email": "zq.canary.owl@example.org",
    "card": "4111 1111 1111 1111",
    "phone": "+1 415 555 0132",
    "api_key": "sk-canaryQ8vT3BlbkFJx2Yw9Lq7Zr4Np6Ks1Mb0",
    "password": "Tr0ub4dor&3canary",
}
TRACE_ID = "5" * 32


def _span(span_id: str, parent: str | None, attributes: dict[str, str]) -> Span:
    return Span(
        trace_id=bytes.fromhex(TRACE_ID),
        span_id=bytes.fromhex(span_id),
        parent_span_id=bytes.fromhex(parent) if parent else b"",
        name="chat gpt-4o-mini",
        start_time_unix_nano=1_764_000_000_000_000_000,
        end_time_unix_nano=1_764_000_001_000_000_000,
        attributes=[KeyValue(key=k, value=AnyValue(string_value=v)) for k, v in attributes.items()],
    )


def _planted_record() -> bytes:
    question = (
        f"Hi, my email is {CANARIES['email']} and my card is {CANARIES['card']}; "
        f"call me on {CANARIES['phone']}. My password is {CANARIES['password']}"
    )
    messages = json.dumps([{"role": "user", "parts": [{"type": "text", "content": question}]}])
    answer = json.dumps(
        [
            {
                "role": "assistant",
                "parts": [{"type": "text", "content": f"Noted, {CANARIES['email']}."}],
                "finish_reason": "stop",
            }
        ]
    )
    request = ExportTraceServiceRequest()
    scope = request.resource_spans.add().scope_spans.add()
    scope.spans.extend(
        [
            _span("a" * 16, None, {"gen_ai.operation.name": "invoke_agent"}),
            _span(
                "b" * 16,
                "a" * 16,
                {
                    "gen_ai.operation.name": "chat",
                    "gen_ai.request.model": "gpt-4o-mini",
                    "gen_ai.input.messages": messages,
                    "gen_ai.output.messages": answer,
                    "http.request.header.authorization": f"Bearer {CANARIES['api_key']}",
                },
            ),
        ]
    )
    return request.SerializeToString()


def test_no_canary_reaches_any_sink(broker: LocalBroker, tmp_path: Path) -> None:
    topic, dlq, group = f"canary-{time.time_ns()}", f"canary-dlq-{time.time_ns()}", f"g-{time.time_ns()}"
    broker.create_topic(topic, partitions=1)
    producer = KafkaProducer(bootstrap_servers=broker.bootstrap, acks="all")
    producer.send(topic, value=_planted_record())
    producer.send(topic, value=json.dumps({"not": "otlp", "contact": CANARIES["email"]}).encode())
    producer.send(topic, value=_planted_record()[:-7])  # truncated: a poison record holding a canary
    producer.close()

    db = tmp_path / "canary.db"
    env = ingest_env(broker, f"sqlite:///{db}", topic, group, dlq, log_level="DEBUG")
    log = tmp_path / "ingest.log"
    assert start_ingest(env, log, "--stop-when-idle", "3").wait(timeout=300) == 0, log.read_text()[-3000:]
    exported = subprocess.run(
        [str(TRACECASE), "traces", "export", "--db", f"sqlite:///{db}"], env=env, capture_output=True, check=True
    )

    letters = read_topic(broker, dlq)
    assert len(letters) == 2
    sinks = {
        "database": b"".join(path.read_bytes() for path in tmp_path.glob("canary.db*")),
        "log": log.read_bytes(),
        "dead letters": b"".join(r.value + b"".join(v for _, v in r.headers) for r in letters),
        "export": exported.stdout + exported.stderr,
    }
    assert b"gpt-4o-mini" in sinks["database"] and b"<EMAIL_ADDRESS" in sinks["export"]  # the trace is there
    for sink, content in sinks.items():
        for name, canary in CANARIES.items():
            for form in {canary, canary.replace(" ", ""), json.dumps(canary)[1:-1]}:
                assert form.encode() not in content, f"{name} canary in {sink}"
