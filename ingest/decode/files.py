"""OTLP files → a stream of decoded batches and located errors.

Layouts, chosen by the name with any ``.gz`` removed (compression itself is detected by the gzip magic
bytes, so a mislabelled file still reads):

* ``.jsonl``/``.ndjson``: one request per line; a bad line is reported with its number and the lines
  around it still decode.
* ``.json``: one request — or, when the whole file is not one JSON document, one per line, because
  the collector's file exporter writes JSON lines into whatever file name it is given.
* ``.pb``/``.bin`` (and anything else that is not JSON): one protobuf request, or the collector file
  exporter's ``format: proto`` stream of 4-byte big-endian length-prefixed requests. A raw request
  cannot start with byte 0 (field number 0 is invalid), a big-endian length below 16 MiB always does.

Every message is sniffed for traces vs logs; a file name containing ``log`` hints logs for protobuf.
The iterator yields problems instead of raising them, so one bad file or line never stops a run.
"""

from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Callable, Iterable, Iterator
from io import BufferedIOBase
from pathlib import Path

from ingest.decode.exceptions import DecodeError, DecodeReason
from ingest.decode.message import Signal, decode_message
from ingest.decode.otlp_json import load_json
from ingest.records import DecodedBatch

_GZIP_MAGIC = b"\x1f\x8b"
_FRAME_HEADER = 4
# Errors a (possibly gzip-compressed) read can raise: I/O, bad or truncated gzip data.
_READ_ERRORS = (OSError, EOFError, zlib.error)

FileItem = DecodedBatch | DecodeError


def read_otlp_file(path: str | os.PathLike[str]) -> Iterator[FileItem]:
    """Decode every OTLP message in ``path``; errors come out located (path, line or frame)."""
    file_path = Path(path)
    name = file_path.name.lower().removesuffix(".gz")
    hint: Signal = "logs" if "log" in name else "traces"
    reader = _LAYOUTS.get(Path(name).suffix, _read_whole)
    where = str(file_path)
    try:
        with _open(file_path) as stream:
            yield from reader(stream, where, hint)
    except _READ_ERRORS as exc:
        yield DecodeError(DecodeReason.UNREADABLE, type(exc).__name__, path=where)


def _open(path: Path) -> BufferedIOBase:
    raw = path.open("rb")
    try:
        compressed = raw.peek(2)[:2] == _GZIP_MAGIC
    except OSError:
        raw.close()
        raise
    return gzip.GzipFile(fileobj=raw, mode="rb") if compressed else raw


def _decoded(data: bytes, where: str, hint: Signal, *, line: int | None = None, frame: int | None = None) -> FileItem:
    try:
        batch = decode_message(data, hint=hint)
    except DecodeError as exc:
        return exc.located(path=where, line=line, frame=frame)
    if batch.errors:
        batch.errors = [error.located(path=where, line=line, frame=frame) for error in batch.errors]
    return batch


def _read_lines(lines: Iterable[bytes], where: str, hint: Signal) -> Iterator[FileItem]:
    seen = False
    for number, line in enumerate(lines, 1):
        if line.strip():
            seen = True
            yield _decoded(line, where, hint, line=number)
    if not seen:
        yield DecodeError(DecodeReason.EMPTY, "no messages in the file", path=where)


def _read_whole(stream: BufferedIOBase, where: str, hint: Signal) -> Iterator[FileItem]:
    data = stream.read()
    if data[:1] == b"\x00":
        yield from _frames(data, where, hint)
        return
    item = _decoded(data, where, hint)
    if isinstance(item, DecodeError) and item.reason is DecodeReason.INVALID_JSON and _first_line_is_json(data):
        yield from _read_lines(data.splitlines(), where, hint)
        return
    yield item


def _first_line_is_json(data: bytes) -> bool:
    """JSON lines rather than one broken (e.g. pretty-printed) document, which is reported once."""
    first = next((line for line in data.splitlines() if line.strip()), b"")
    if len(first) == len(data.strip()):
        return False
    try:
        load_json(first)
    except DecodeError:
        return False
    return True


def _frames(data: bytes, where: str, hint: Signal) -> Iterator[FileItem]:
    pos, number = 0, 0
    while pos < len(data):
        number += 1
        size = int.from_bytes(data[pos : pos + _FRAME_HEADER], "big")
        end = pos + _FRAME_HEADER + size
        if end > len(data):  # a file still being written, or cut short
            yield DecodeError(DecodeReason.TRUNCATED_PROTOBUF, "last frame is incomplete", path=where, frame=number)
            return
        yield _decoded(data[pos + _FRAME_HEADER : end], where, hint, frame=number)
        pos = end


_LAYOUTS: dict[str, Callable[[BufferedIOBase, str, Signal], Iterator[FileItem]]] = {
    ".jsonl": _read_lines,
    ".ndjson": _read_lines,
    ".json": _read_whole,
    ".pb": _read_whole,
    ".bin": _read_whole,
}
