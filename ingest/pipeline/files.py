"""OTLP files -> traces.

``process_files`` runs files through the service's pipeline (``TraceProcessor``: redacted, and
stored when it has a store); ``load_traces`` assembles them in memory, unredacted, for library use.
Neither stops on a bad file, line or record: problems come back, located, next to the traces
that did decode.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ingest._gc import fewer_collections
from ingest.assemble import StreamingAssembler, TraceAssembler
from ingest.decode import DecodeError, read_otlp_file
from ingest.pipeline.process import Processed, TraceProcessor
from ingest.records import DecodedBatch
from schemas.policy import RequiredFieldPolicy
from schemas.trace import TraceRecord

# Suffixes read when a directory is given (with or without ``.gz``).
OTLP_SUFFIXES = (".json", ".jsonl", ".ndjson", ".pb", ".bin", ".proto")


@dataclass(slots=True)
class LoadResult:
    traces: list[TraceRecord] = field(default_factory=list)
    """Assembled traces, sorted by trace id."""
    errors: list[DecodeError] = field(default_factory=list)
    """Every undecodable file, line, frame or record, with its location (``error.path``/``line``...)."""


def load_traces(paths: Iterable[str | os.PathLike[str]], policy: RequiredFieldPolicy | None = None) -> LoadResult:
    """Decode every file (directories: their OTLP files, recursively, in name order) and assemble traces.

    Spans and log records of one trace may be spread over several files; they are joined here.
    """
    assembler = TraceAssembler(policy)
    errors: list[DecodeError] = []
    # Everything decoded here stays buffered until the end: see ``ingest._gc`` for why collecting
    # less often meanwhile matters (about a fifth of the time of a large load otherwise).
    with fewer_collections():
        for batch in _batches(paths, errors):
            assembler.add(batch)
        return LoadResult(traces=assembler.build_all(), errors=errors)


@dataclass(slots=True)
class FileRun:
    processed: Processed
    errors: list[DecodeError] = field(default_factory=list)


def process_files(paths: Iterable[str | os.PathLike[str]], processor: TraceProcessor) -> FileRun:
    """Decode every file, assemble, and hand every trace to ``processor`` (complete where its root ended)."""
    assembler = StreamingAssembler()
    errors: list[DecodeError] = []
    with fewer_collections():
        for batch in _batches(paths, errors):
            assembler.add(batch)
        processed = processor.process(assembler.drain())
    processed.unjoined_logs += assembler.unjoined_logs
    processed.traces.sort(key=lambda saved: saved.trace_id)
    return FileRun(processed, errors)


def normalize_batches(batches: Iterable[DecodedBatch], policy: RequiredFieldPolicy | None = None) -> list[TraceRecord]:
    """In-memory counterpart of :func:`load_traces`: batches (any order) -> traces sorted by trace id."""
    assembler = TraceAssembler(policy)
    with fewer_collections():  # ``batches`` may decode lazily; everything stays buffered (``ingest._gc``)
        for batch in batches:
            assembler.add(batch)
        return assembler.build_all()


def _batches(paths: Iterable[str | os.PathLike[str]], errors: list[DecodeError]) -> Iterator[DecodedBatch]:
    """Every decoded batch of every file; what does not decode goes to ``errors``, located."""
    if isinstance(paths, str | os.PathLike):
        paths = [paths]  # one path, not an iterable of characters
    for path in _expand(paths):
        for item in read_otlp_file(path):
            if isinstance(item, DecodeError):
                errors.append(item)
            else:
                errors.extend(item.errors)
                yield item


def _expand(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(
                p
                for p in sorted(path.rglob("*"))
                if p.is_file() and not p.name.startswith(".") and p.name.removesuffix(".gz").endswith(OTLP_SUFFIXES)
            )
        else:
            files.append(path)  # a missing file is reported by read_otlp_file as a located error
    return files
