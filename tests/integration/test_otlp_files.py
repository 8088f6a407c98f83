"""The OTLP file writer: every span and log record lands in exactly one message, scattered."""

from __future__ import annotations

import base64
import gzip
import json
from collections import defaultdict
from pathlib import Path

import pytest
from google.protobuf.json_format import ParseDict
from opentelemetry._logs import LogRecord
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.sdk._logs import LoggerProvider, ReadableLogRecord
from opentelemetry.sdk._logs.export import InMemoryLogRecordExporter, SimpleLogRecordProcessor
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from tracecase_sampleapp.otlp_files import to_otlp_json, write_otlp_files


def _make_spans(traces: int = 4, per_trace: int = 4) -> list[ReadableSpan]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    tracer = provider.get_tracer("test")
    for t in range(traces):
        with tracer.start_as_current_span(f"root-{t}", attributes={"gen_ai.input.messages": '[{"role":"user"}]'}):
            for c in range(per_trace - 1):
                with tracer.start_as_current_span(f"child-{t}-{c}"):
                    pass
    return list(exporter.get_finished_spans())


def _make_logs(spans: list[ReadableSpan]) -> list[ReadableLogRecord]:
    exporter = InMemoryLogRecordExporter()
    provider = LoggerProvider()
    provider.add_log_record_processor(SimpleLogRecordProcessor(exporter))
    logger = provider.get_logger("test")
    for span in spans:
        assert span.context is not None
        logger.emit(
            LogRecord(
                trace_id=span.context.trace_id,
                span_id=span.context.span_id,
                event_name="gen_ai.choice",
                body={"index": 0},
            )
        )
    return list(exporter.get_finished_logs())


def _ids_to_base64(node: object) -> object:
    if isinstance(node, dict):
        return {
            k: base64.b64encode(bytes.fromhex(v)).decode()
            if k in {"traceId", "spanId", "parentSpanId"}
            else _ids_to_base64(v)
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_ids_to_base64(v) for v in node]
    return node


def _read(path: Path) -> list[ExportTraceServiceRequest | ExportLogsServiceRequest]:
    """Parse a written file back with the OTLP protos alone (no tracecase decoder involved)."""
    message_type = ExportLogsServiceRequest if "logs" in path.name else ExportTraceServiceRequest
    data = path.read_bytes()
    if path.name.endswith(".gz"):
        data = gzip.decompress(data)
    if path.suffix in {".json", ".jsonl"}:
        return [ParseDict(_ids_to_base64(json.loads(line)), message_type()) for line in data.splitlines()]
    return [message_type.FromString(data)]


def _span_ids_by_file(out: Path, files: list[str]) -> dict[str, list[bytes]]:
    found: dict[str, list[bytes]] = defaultdict(list)
    for name in files:
        for message in _read(out / name):
            if isinstance(message, ExportTraceServiceRequest):
                found[name] += [s.span_id for rs in message.resource_spans for ss in rs.scope_spans for s in ss.spans]
    return found


def test_every_span_and_log_is_written_exactly_once(tmp_path: Path) -> None:
    spans = _make_spans()
    logs = _make_logs(spans[:6])
    files = write_otlp_files(tmp_path, spans, logs, seed=3)

    written = [sid for ids in _span_ids_by_file(tmp_path, files).values() for sid in ids]
    assert sorted(written) == sorted(s.context.span_id.to_bytes(8, "big") for s in spans if s.context)
    log_count = sum(
        len(sl.log_records)
        for name in files
        if "logs" in name
        for m in _read(tmp_path / name)
        for rl in m.resource_logs
        for sl in rl.scope_logs
    )  # type: ignore[union-attr]
    assert log_count == len(logs)


def test_files_mix_encodings_and_scatter_traces(tmp_path: Path) -> None:
    spans = _make_spans()
    files = write_otlp_files(tmp_path, spans, [], seed=0)
    suffixes = {name.split(".", 1)[1] for name in files}
    assert suffixes == {"pb", "json", "jsonl", "pb.gz"}
    assert sum(name.endswith(".pb") for name in files) > sum(name.endswith(".json") for name in files)
    # Each trace is spread over more than one file, so a reader must reassemble across messages.
    files_per_trace: dict[int, set[str]] = defaultdict(set)
    span_trace = {s.context.span_id.to_bytes(8, "big"): s.context.trace_id for s in spans if s.context}
    for name, ids in _span_ids_by_file(tmp_path, files).items():
        for sid in ids:
            files_per_trace[span_trace[sid]].add(name)
    assert all(len(names) > 1 for names in files_per_trace.values())


def test_same_seed_same_files_other_seed_other_split(tmp_path: Path) -> None:
    spans = _make_spans()
    a = write_otlp_files(tmp_path / "a", spans, [], seed=1)
    b = write_otlp_files(tmp_path / "b", spans, [], seed=1)
    c = write_otlp_files(tmp_path / "c", spans, [], seed=2)
    assert a == b
    assert all((tmp_path / "a" / n).read_bytes() == (tmp_path / "b" / n).read_bytes() for n in a)
    assert _span_ids_by_file(tmp_path / "a", a) != _span_ids_by_file(tmp_path / "c", c)


def test_per_trace_layout_writes_one_json_file_per_labelled_trace(tmp_path: Path) -> None:
    spans = _make_spans(traces=2, per_trace=3)
    logs = _make_logs(spans[:1])
    trace_ids = sorted({s.context.trace_id for s in spans if s.context})
    labels = {trace_ids[0]: "first", trace_ids[1]: "second"}
    files = write_otlp_files(tmp_path, spans, logs, seed=0, layout="per-trace", labels=labels)
    owner = spans[0].context.trace_id if spans[0].context else None
    log_file = f"{labels[owner]}.logs.json" if owner is not None else ""
    assert files == sorted(["first.traces.json", "second.traces.json", log_file])
    assert {len(ids) for ids in _span_ids_by_file(tmp_path, files).values()} == {3}


def test_otlp_json_uses_hex_ids_and_integer_enums() -> None:
    spans = _make_spans(traces=1, per_trace=2)
    from opentelemetry.exporter.otlp.proto.common.trace_encoder import encode_spans

    doc = json.loads(to_otlp_json(encode_spans(spans)))
    span = doc["resourceSpans"][0]["scopeSpans"][0]["spans"][0]
    assert len(span["traceId"]) == 32 and int(span["traceId"], 16) >= 0
    assert len(span["spanId"]) == 16
    assert isinstance(span["kind"], int)


@pytest.mark.parametrize("layout", ["nope", ""])
def test_unknown_layout_is_rejected(tmp_path: Path, layout: str) -> None:
    with pytest.raises(ValueError, match="unknown layout"):
        write_otlp_files(tmp_path, _make_spans(1, 1), [], seed=0, layout=layout)
