"""Decode + normalize throughput against a floor measured in the same run.

Floor: parse the same bytes with the protobuf classes and turn every span's attributes into a plain
dict, nothing more. tracecase: ``decode_message`` (ids, resource, scope, events, AnyValue flattening),
then ``normalize_span`` on every span, then (last column) trace assembly into trace records.

Figures are per CPU-second (``time.process_time``), best of ``--repeat`` runs, on chat spans carrying
0.5-8 KB of message JSON (``--mix agentic`` adds tool-call history, tool and retrieval spans), for
several batch sizes. The assembly stage keeps every span until the end, as ``load_traces`` does, and
so includes the cyclic-GC cost of a large live heap (``normalize_batches``, like ``load_traces``,
raises the gen-0 threshold while it buffers and builds, see ``ingest._gc``).
Run: ``.venv/bin/python -m bench.ingest_throughput``.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

from opentelemetry.proto.trace.v1.trace_pb2 import TracesData

from bench.payloads import MIXES, make_batches, make_spans
from ingest.decode import decode_message
from ingest.normalize import normalize_span
from ingest.pipeline import normalize_batches
from schemas import RequiredFieldPolicy


def _flat(value: Any) -> Any:
    kind = value.WhichOneof("value")
    if kind == "array_value":
        return [_flat(v) for v in value.array_value.values]
    if kind == "kvlist_value":
        return {kv.key: _flat(kv.value) for kv in value.kvlist_value.values}
    return getattr(value, kind) if kind else None


def floor(batches: list[bytes]) -> int:
    count = 0
    for data in batches:
        for resource_spans in TracesData.FromString(data).resource_spans:
            for scope_spans in resource_spans.scope_spans:
                for span in scope_spans.spans:
                    {kv.key: _flat(kv.value) for kv in span.attributes}
                    count += 1
    return count


def decode_only(batches: list[bytes]) -> int:
    return sum(len(decode_message(data, signal="traces").spans) for data in batches)


def decode_normalize(batches: list[bytes]) -> int:
    count = 0
    for data in batches:
        for raw in decode_message(data, signal="traces").spans:
            normalize_span(raw)
            count += 1
    return count


def decode_normalize_assemble(batches: list[bytes]) -> int:
    # Decoding lazily inside ``normalize_batches``, as ``load_traces`` decodes files inside its loop.
    decoded = (decode_message(data, signal="traces") for data in batches)
    return sum(len(trace.spans) for trace in normalize_batches(decoded, RequiredFieldPolicy.default()))


def measure(fn: Callable[[list[bytes]], int], batches: list[bytes], repeat: int) -> tuple[float, int]:
    best = float("inf")
    count = 0
    for _ in range(repeat):
        start = time.process_time()
        count = fn(batches)
        best = min(best, time.process_time() - start)
    return best, count


STAGES: list[tuple[str, Callable[[list[bytes]], int]]] = [
    ("floor: protobuf parse + attrs->dict", floor),
    ("tracecase decode", decode_only),
    ("tracecase decode+normalize", decode_normalize),
    ("tracecase decode+normalize+assemble", decode_normalize_assemble),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spans", type=int, default=4096)
    parser.add_argument("--batch-sizes", default="1,16,128,512")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--mix", choices=sorted(MIXES), default="chat", help="span shapes (default: chat)")
    args = parser.parse_args()

    from google.protobuf.internal import api_implementation

    spans = make_spans(args.spans, args.seed, args.mix)
    print(f"protobuf backend: {api_implementation.Type()}; {len(spans)} {args.mix} spans; best of {args.repeat}")
    print(f"{'batch':>5}  {'stage':<38} {'µs/span':>8} {'spans/CPU-s':>12} {'MB/CPU-s':>9} {'x floor':>8}")
    for batch_size in (int(b) for b in args.batch_sizes.split(",")):
        batches = list(make_batches(spans, batch_size))
        megabytes = sum(len(b) for b in batches) / 1e6
        floor_seconds = None
        for label, fn in STAGES:
            seconds, count = measure(fn, batches, args.repeat)
            assert count == len(spans), f"{label}: saw {count} spans, expected {len(spans)}"
            floor_seconds = floor_seconds or seconds
            print(
                f"{batch_size:>5}  {label:<38} {seconds / count * 1e6:>8.1f} {count / seconds:>12,.0f} "
                f"{megabytes / seconds:>9.1f} {seconds / floor_seconds:>8.2f}"
            )


if __name__ == "__main__":
    main()
