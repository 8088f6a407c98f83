"""Write finished spans and log records as OTLP files the way a collector pipeline scatters them.

Exporters batch arbitrarily, so one trace's spans land in several messages, out of order. The
writer shuffles with a seeded RNG, cuts batches of one to three items and encodes most as protobuf
(``.pb``), some as OTLP/JSON (``.json``), two batches as one ``.jsonl`` file and one as ``.pb.gz``.
The ``per-trace`` layout instead writes one readable OTLP/JSON file per trace, for test fixtures.
"""

from __future__ import annotations

import base64
import gzip
import json
import random
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from google.protobuf.json_format import MessageToDict
from google.protobuf.message import Message as ProtoMessage
from opentelemetry.exporter.otlp.proto.common._log_encoder import encode_logs
from opentelemetry.exporter.otlp.proto.common.trace_encoder import encode_spans
from opentelemetry.sdk._logs import ReadableLogRecord
from opentelemetry.sdk.trace import ReadableSpan

_ID_KEYS = frozenset(("traceId", "spanId", "parentSpanId"))
MAX_BATCH = 3


def _hex_ids(node: Any) -> Any:
    """proto3 JSON writes bytes as base64; OTLP/JSON wants trace and span ids as hex."""
    if isinstance(node, dict):
        return {
            k: base64.b64decode(v).hex() if k in _ID_KEYS and isinstance(v, str) else _hex_ids(v)
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_hex_ids(v) for v in node]
    return node


def to_otlp_json(message: ProtoMessage) -> str:
    """OTLP/JSON of an export request: camelCase keys, integer enums, hex ids."""
    return json.dumps(_hex_ids(MessageToDict(message, use_integers_for_enums=True)), ensure_ascii=False)


def _batches(items: Sequence[Any], rng: random.Random) -> list[list[Any]]:
    shuffled = list(items)
    rng.shuffle(shuffled)
    batches, start = [], 0
    while start < len(shuffled):
        size = rng.randint(1, MAX_BATCH)
        batches.append(shuffled[start : start + size])
        start += size
    return batches


def _write_signal(out_dir: Path, prefix: str, messages: list[ProtoMessage], rng: random.Random) -> list[str]:
    """Spread ``messages`` over files of every supported kind; returns the file names."""
    written: list[str] = []

    def write(name: str, data: bytes) -> None:
        (out_dir / name).write_bytes(data)
        written.append(name)

    remaining = list(messages)
    # One multi-message .jsonl and one gzipped protobuf, when there are enough messages to spare.
    if len(remaining) >= 4:
        pair = [remaining.pop(), remaining.pop()]
        write(f"{prefix}-batched.jsonl", "".join(to_otlp_json(m) + "\n" for m in pair).encode())
        write(f"{prefix}-compressed.pb.gz", gzip.compress(remaining.pop().SerializeToString(), mtime=0))
    encoders: list[tuple[str, Callable[[ProtoMessage], bytes]]] = [
        ("pb", lambda m: m.SerializeToString()),
        ("json", lambda m: to_otlp_json(m).encode()),
    ]
    for index, message in enumerate(remaining):
        # One message in three as OTLP/JSON, the rest protobuf; the shuffle decides which spans.
        suffix, encode = encoders[index % 3 == 1]
        write(f"{prefix}-{index:04d}.{suffix}", encode(message))
    return written


def _scattered(
    out_dir: Path,
    spans: Sequence[ReadableSpan],
    logs: Sequence[ReadableLogRecord],
    seed: int,
    labels: Mapping[int, str],
) -> list[str]:
    """What a pipeline delivers: shuffled batches in mixed encodings."""
    rng = random.Random(seed)  # noqa: S311 - reproducible shuffling, not security
    files = _write_signal(out_dir, "traces", [encode_spans(b) for b in _batches(spans, rng)], rng)
    if logs:
        files += _write_signal(out_dir, "logs", [encode_logs(b) for b in _batches(logs, rng)], rng)
    return files


def _per_trace(
    out_dir: Path,
    spans: Sequence[ReadableSpan],
    logs: Sequence[ReadableLogRecord],
    seed: int,
    labels: Mapping[int, str],
) -> list[str]:
    """Readable fixtures: one OTLP/JSON file per trace and signal, named after its label."""
    files = []
    for trace_id, label in labels.items():
        own_spans = [s for s in spans if s.context is not None and s.context.trace_id == trace_id]
        own_logs = [r for r in logs if r.log_record.trace_id == trace_id]
        for name, items, encode in (
            (f"{label}.traces.json", own_spans, encode_spans),
            (f"{label}.logs.json", own_logs, encode_logs),
        ):
            if items:
                (out_dir / name).write_text(to_otlp_json(encode(items)) + "\n")  # type: ignore[arg-type]
                files.append(name)
    return files


Layout = Callable[[Path, Sequence[ReadableSpan], Sequence[ReadableLogRecord], int, Mapping[int, str]], list[str]]
LAYOUTS: dict[str, Layout] = {"scattered": _scattered, "per-trace": _per_trace}


def write_otlp_files(
    out_dir: Path,
    spans: Sequence[ReadableSpan],
    logs: Sequence[ReadableLogRecord],
    seed: int,
    *,
    layout: str = "scattered",
    labels: Mapping[int, str] | None = None,
) -> list[str]:
    """Encode ``spans`` and ``logs`` into ``out_dir`` in a :data:`LAYOUTS` layout; returns the names, sorted.

    ``labels`` maps trace ids to names (the ``per-trace`` layout names its files with them).
    """
    write = LAYOUTS.get(layout)
    if write is None:
        raise ValueError(f"unknown layout {layout!r}; known: {', '.join(sorted(LAYOUTS))}")
    out_dir.mkdir(parents=True, exist_ok=True)
    return sorted(write(out_dir, spans, logs, seed, labels or {}))
