"""One OTLP message (a Kafka record value, an HTTP body, one file entry) → :class:`DecodedBatch`.

Encoding: JSON when the first non-whitespace byte is ``{`` (or ``[``, to report JSON arrays as
``not_otlp``); otherwise protobuf. A protobuf
``TracesData`` starts with byte 0x0A and its length varint may itself be ``{`` (123) or whitespace, so
when JSON parsing fails on such bytes, protobuf is tried before reporting ``invalid_json``.

Signal: explicit for Kafka (``signal_for_topic``: ``otlp_spans`` → traces, ``otlp_logs`` → logs) and
for JSON the top-level keys decide. For protobuf with ``signal="auto"`` the two schemas share their
outer levels (field 1 = ResourceSpans/ResourceLogs, field 2 = ScopeSpans/ScopeLogs) and differ only
per span/record, so the heuristic is:

1. parse as traces; accept when it parses and no span is dropped — a real log record read as a span
   never has a trace id (LogRecord field 1 is a fixed64 timestamp), so every one would be dropped;
2. otherwise parse as logs too and keep whichever reading has fewer dropped items plus items
   carrying unknown fields (wire-type mismatches surface as unknown fields); ties go to ``hint``;
3. when neither parses, report the failure of the ``hint`` schema.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from ingest.decode.exceptions import DecodeError, DecodeReason
from ingest.decode.otlp_json import batch_from_json, load_json
from ingest.decode.protobuf import batch_from_logs, batch_from_traces, misfit_count, parse_logs, parse_traces
from ingest.records import DecodedBatch

Signal = Literal["traces", "logs", "auto"]

TOPIC_SIGNALS: dict[str, Signal] = {"otlp_spans": "traces", "otlp_logs": "logs"}
"""Default topic names of the collector's Kafka exporter; other topics are sniffed."""

_SIGNALS = frozenset(("traces", "logs", "auto"))
_WHITESPACE = frozenset(b" \t\r\n")
# An OTLP protobuf request never starts with "{" or "[" (field 15/11 as a group); JSON does.
_JSON_STARTS = frozenset(b"{[")
_BOM = b"\xef\xbb\xbf"
_PROTOBUF_START = 0x0A  # field 1, length-delimited: resource_spans / resource_logs

# signal → (parse, walk): the protobuf reading of each signal.
_PROTOBUF: dict[str, tuple[Callable[[bytes], Any], Callable[[Any], DecodedBatch]]] = {
    "traces": (parse_traces, batch_from_traces),
    "logs": (parse_logs, batch_from_logs),
}


def signal_for_topic(topic: str) -> Signal:
    """The signal a Kafka topic carries (``auto`` for topics not in :data:`TOPIC_SIGNALS`)."""
    return TOPIC_SIGNALS.get(topic, "auto")


def decode_message(data: bytes, signal: Signal = "auto", *, hint: Signal = "traces") -> DecodedBatch:
    """Decode one OTLP traces or logs message, protobuf or JSON.

    ``signal`` forces traces or logs; ``hint`` only breaks ties of the ``auto`` protobuf sniffing
    (e.g. a file named ``*logs*``). Raises :class:`DecodeError` for undecodable bytes; spans/log
    records dropped individually are listed in the returned batch's ``errors``.
    """
    if signal not in _SIGNALS:
        raise ValueError(f"unknown signal {signal!r}")
    data = bytes(data)  # no copy for bytes; bytearray/memoryview from a socket get one
    start, size = 0, len(data)
    while start < size and data[start] in _WHITESPACE:
        start += 1
    if start == size:
        raise DecodeError(DecodeReason.EMPTY, "no bytes to decode")
    if data[start] in _JSON_STARTS or data.startswith(_BOM):
        return _decode_json(data, signal, hint)
    return _decode_protobuf(data, signal, hint)


def _decode_json(data: bytes, signal: Signal, hint: Signal) -> DecodedBatch:
    try:
        doc = load_json(data)
    except DecodeError:
        if data[0] == _PROTOBUF_START:  # "\n{..." may be protobuf whose first length byte is 123
            try:
                return _decode_protobuf(data, signal, hint)
            except DecodeError:
                pass
        raise
    return batch_from_json(doc, traces=signal != "logs", logs=signal != "traces")


def _decode_protobuf(data: bytes, signal: Signal, hint: Signal) -> DecodedBatch:
    if signal != "auto":
        parse, walk = _PROTOBUF[signal]
        return walk(parse(data))
    scores: dict[str, tuple[int, DecodedBatch]] = {}
    failures: dict[str, DecodeError] = {}
    for name, (parse, walk) in _PROTOBUF.items():  # traces first
        try:
            message = parse(data)
        except DecodeError as exc:
            failures[name] = exc
            continue
        batch = walk(message)
        if name == "traces" and not batch.errors:
            return batch  # step 1: the common case pays for one parse only
        scores[name] = (len(batch.errors) + misfit_count(message), batch)
    preferred = "logs" if hint == "logs" else "traces"
    if not scores:
        raise failures[preferred]
    best = min(scores, key=lambda name: (scores[name][0], name != preferred))
    return scores[best][1]
