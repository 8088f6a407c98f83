"""read_otlp_file: every layout, compression, and located errors."""

from __future__ import annotations

import gzip
from pathlib import Path

import orjson
import pytest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.sdk._logs import Logger
from opentelemetry.sdk.trace import Tracer
from otlp_factory import logs_request, otlp_json, otlp_json_bytes, record_logs, record_spans, traces_request

from ingest.decode import DecodeError, DecodeReason, read_otlp_file
from ingest.records import DecodedBatch


def _requests(count: int) -> list[ExportTraceServiceRequest]:
    def scenario(tracer: Tracer) -> None:
        for i in range(count):
            with tracer.start_as_current_span(f"turn-{i}"):
                pass

    return [traces_request([span]) for span in record_spans(scenario)]


def _names(items: list[DecodedBatch | DecodeError]) -> list[str]:
    return [span.name for item in items if isinstance(item, DecodedBatch) for span in item.spans]


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)
    return path


def _frames(requests: list[bytes]) -> bytes:
    return b"".join(len(r).to_bytes(4, "big") + r for r in requests)


ONE = _requests(1)[0]
THREE = _requests(3)
LAYOUTS = [
    ("one.pb", ONE.SerializeToString(), ["turn-0"]),
    ("one.bin", ONE.SerializeToString(), ["turn-0"]),
    ("one.pb.gz", ONE.SerializeToString(), ["turn-0"]),
    ("one.json", otlp_json_bytes(ONE), ["turn-0"]),
    ("pretty.json", orjson.dumps(otlp_json(ONE), option=orjson.OPT_INDENT_2), ["turn-0"]),
    ("one.json.gz", otlp_json_bytes(ONE), ["turn-0"]),
    # The collector's file exporter writes JSON lines whatever the file is called.
    ("collector.json", b"\n".join(otlp_json_bytes(r) for r in THREE) + b"\n", ["turn-0", "turn-1", "turn-2"]),
    ("three.jsonl", b"\n".join(otlp_json_bytes(r) for r in THREE), ["turn-0", "turn-1", "turn-2"]),
    ("blank-lines.jsonl.gz", b"\n\n".join(otlp_json_bytes(r) for r in THREE) + b"\n\n", ["turn-0", "turn-1", "turn-2"]),
    ("mixed.ndjson", otlp_json_bytes(THREE[0]) + b"\n" + otlp_json_bytes(THREE[1]), ["turn-0", "turn-1"]),
    # The collector's `format: proto`: 4-byte big-endian length before every request.
    ("framed.pb", _frames([r.SerializeToString() for r in THREE]), ["turn-0", "turn-1", "turn-2"]),
    ("no-extension", ONE.SerializeToString(), ["turn-0"]),
]


@pytest.mark.parametrize(("name", "data", "names"), LAYOUTS, ids=[layout[0] for layout in LAYOUTS])
def test_layouts(tmp_path: Path, name: str, data: bytes, names: list[str]) -> None:
    items = list(read_otlp_file(_write(tmp_path / name, data)))
    assert not [item for item in items if isinstance(item, DecodeError)]
    assert _names(items) == names


def test_gzip_is_detected_by_content_not_name(tmp_path: Path) -> None:
    path = tmp_path / "mislabelled.jsonl"
    path.write_bytes(gzip.compress(otlp_json_bytes(ONE)))
    assert _names(list(read_otlp_file(path))) == ["turn-0"]


@pytest.mark.parametrize("name", ["bad.jsonl", "bad.jsonl.gz", "bad.json"])
def test_bad_line_in_the_middle(tmp_path: Path, name: str) -> None:
    lines = [otlp_json_bytes(THREE[0]), b'{"resourceSpans": [ oops', otlp_json_bytes(THREE[2])]
    path = _write(tmp_path / name, b"\n".join(lines))
    items = list(read_otlp_file(path))
    assert _names(items) == ["turn-0", "turn-2"]
    [error] = [item for item in items if isinstance(item, DecodeError)]
    assert (error.reason, error.line, error.path) == (DecodeReason.INVALID_JSON, 2, str(path))
    assert "line 2" in str(error) and "oops" not in str(error)


def test_broken_pretty_printed_json_is_one_error(tmp_path: Path) -> None:
    text = orjson.dumps(otlp_json(ONE), option=orjson.OPT_INDENT_2)
    path = _write(tmp_path / "pretty.json", text[:-10])
    [item] = read_otlp_file(path)
    assert isinstance(item, DecodeError) and item.reason is DecodeReason.INVALID_JSON and item.line is None


def test_span_errors_carry_the_file_position(tmp_path: Path) -> None:
    good = {"traceId": "0af7651916cd43dd8448eb211c80319c", "spanId": "b7ad6b7169203331", "name": "ok"}
    bad = good | {"spanId": "short"}
    doc = {"resourceSpans": [{"scopeSpans": [{"spans": [good, bad]}]}]}
    path = _write(tmp_path / "spans.jsonl", otlp_json_bytes(ONE) + b"\n" + orjson.dumps(doc))
    second = list(read_otlp_file(path))[1]
    assert isinstance(second, DecodedBatch) and len(second.spans) == 1
    [error] = second.errors
    assert (error.reason, error.line, error.location) == (
        DecodeReason.BAD_SPAN_ID,
        2,
        "resource_spans[0].scope_spans[0].spans[1]",
    )


def test_truncated_last_frame(tmp_path: Path) -> None:
    data = _frames([r.SerializeToString() for r in THREE])
    items = list(read_otlp_file(_write(tmp_path / "cut.pb", data[:-5])))
    assert _names(items) == ["turn-0", "turn-1"]
    assert isinstance(items[-1], DecodeError)
    assert (items[-1].reason, items[-1].frame) == (DecodeReason.TRUNCATED_PROTOBUF, 3)


def test_truncated_gzip_keeps_the_lines_before(tmp_path: Path) -> None:
    body = b"\n".join(otlp_json_bytes(r) for r in _requests(200))
    path = tmp_path / "cut.jsonl.gz"
    compressed = gzip.compress(body)
    path.write_bytes(compressed[: len(compressed) * 3 // 4])
    items = list(read_otlp_file(path))
    assert 0 < len(_names(items)) < 200
    assert isinstance(items[-1], DecodeError) and items[-1].reason is DecodeReason.UNREADABLE


def _log_events(logger: Logger) -> None:
    logger.emit(event_name="gen_ai.user.message", body={"content": "hi"})


def test_logs_file(tmp_path: Path) -> None:
    request = logs_request(record_logs(_log_events))
    for name, data in (("app-logs.pb", request.SerializeToString()), ("events.jsonl", otlp_json_bytes(request))):
        [batch] = read_otlp_file(_write(tmp_path / name, data))
        assert isinstance(batch, DecodedBatch)
        assert [log.event_name for log in batch.logs] == ["gen_ai.user.message"] and batch.spans == []


@pytest.mark.parametrize(
    ("setup", "reason"),
    [
        (lambda d: d / "missing.pb", DecodeReason.UNREADABLE),
        (lambda d: d, DecodeReason.UNREADABLE),
        (lambda d: _write(d / "empty.pb", b""), DecodeReason.EMPTY),
        (lambda d: _write(d / "empty.jsonl", b"\n\n"), DecodeReason.EMPTY),
        (lambda d: _write(d / "empty.json.gz", b""), DecodeReason.EMPTY),
        (lambda d: _write(d / "notes.json", b'{"title": "not telemetry"}'), DecodeReason.NOT_OTLP),
    ],
    ids=["missing", "directory", "empty-pb", "blank-jsonl", "empty-gz", "not-otlp"],
)
def test_file_problems_are_yielded_not_raised(tmp_path: Path, setup: object, reason: DecodeReason) -> None:
    path = setup(tmp_path)  # type: ignore[operator]
    [item] = read_otlp_file(path)
    assert isinstance(item, DecodeError) and item.reason is reason and item.path == str(path)
