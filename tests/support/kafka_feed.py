"""Feeding a real broker the way a collector does: OTLP protobuf records, batches split and shuffled.

Spans (and log records) of captured real instrumentation output (``tests/data/captured``) are
regrouped into records of one to three items, each keeping its resource and scope, shuffled with a
seed and spread over the topic's partitions, so a trace's spans arrive in several records,
partitions and orders.
"""

from __future__ import annotations

import base64
import json
import random
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from google.protobuf.json_format import ParseDict
from kafka import KafkaProducer
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest

CAPTURED = Path(__file__).resolve().parents[1] / "data" / "captured"
_ID_KEYS = frozenset({"traceId", "spanId", "parentSpanId"})


def unique_topic(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def captured_files(*, logs: bool = True) -> list[Path]:
    patterns = ["*.traces.json", *(["*.logs.json"] if logs else [])]
    return sorted(path for pattern in patterns for path in CAPTURED.glob(f"*/{pattern}"))


def _b64_ids(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            k: base64.b64encode(bytes.fromhex(v)).decode() if k in _ID_KEYS and v else _b64_ids(v)
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_b64_ids(v) for v in node]
    return node


def split_records(paths: Iterable[Path], seed: int) -> tuple[list[bytes], list[bytes]]:
    """(span records, log records): every item of ``paths`` regrouped into shuffled small batches."""
    rng = random.Random(seed)
    spans: list[tuple[Any, Any, Any]] = []
    logs: list[tuple[Any, Any, Any]] = []
    for path in paths:
        doc = _b64_ids(json.loads(path.read_text()))
        if "resourceSpans" in doc:
            request = ParseDict(doc, ExportTraceServiceRequest())
            spans += [
                (rs.resource, ss.scope, span)
                for rs in request.resource_spans
                for ss in rs.scope_spans
                for span in ss.spans
            ]
        if "resourceLogs" in doc:
            request = ParseDict(doc, ExportLogsServiceRequest())
            logs += [
                (rl.resource, sl.scope, record)
                for rl in request.resource_logs
                for sl in rl.scope_logs
                for record in sl.log_records
            ]
    return _encode(spans, rng, ExportTraceServiceRequest), _encode(logs, rng, ExportLogsServiceRequest)


def _encode(items: list[tuple[Any, Any, Any]], rng: random.Random, request_type: type) -> list[bytes]:
    rng.shuffle(items)
    out, start = [], 0
    while start < len(items):
        size = rng.randint(1, 3)
        request = request_type()
        for resource, scope, item in items[start : start + size]:
            if request_type is ExportTraceServiceRequest:
                group = request.resource_spans.add()
                group.resource.CopyFrom(resource)
                inner = group.scope_spans.add()
                inner.scope.CopyFrom(scope)
                inner.spans.add().CopyFrom(item)
            else:
                group = request.resource_logs.add()
                group.resource.CopyFrom(resource)
                inner = group.scope_logs.add()
                inner.scope.CopyFrom(scope)
                inner.log_records.add().CopyFrom(item)
        out.append(request.SerializeToString())
        start += size
    return out


def publish(bootstrap: str, topic: str, values: Sequence[bytes], partitions: int, seed: int = 0) -> None:
    """Send ``values`` to random partitions of ``topic`` (no key, as the collector's default exporter)."""
    rng = random.Random(seed)
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all")
    for value in values:
        producer.send(topic, value=value, partition=rng.randrange(partitions))
    producer.flush()
    producer.close()
