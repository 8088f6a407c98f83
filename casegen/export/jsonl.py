"""``jsonl``: the canonical case record, one case revision per line, and its reader.

Each line is the case revision exactly as the store keeps it (``Case.model_dump_json()``), copied without
rebuilding the model, so the export runs at the speed of the disk; in case-id order. The revision's
digest, and so the version id, is recomputed from the file alone (``casegen.datasets.document_digest`` of
a parsed line; ``tracecase datasets import``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import orjson
from pydantic import ValidationError

from casegen.exceptions import ExportError
from casegen.export._registry import Exporter, register_format
from schemas.case import CASE_SCHEMA_VERSION, Case


@register_format
class JsonlExporter(Exporter):
    name = "jsonl"
    suffix = ".jsonl"

    def write(self, cases: Sequence[Case], out: Path) -> Sequence[str]:
        return self.write_documents([case.model_dump_json() for case in cases], out)

    def write_documents(self, documents: Sequence[str], out: Path) -> Sequence[str]:
        with out.open("w", encoding="utf-8", newline="\n") as stream:
            for document in documents:
                stream.write(document)
                stream.write("\n")
        return ()


def read_jsonl(path: Path) -> list[Case]:
    """Every case revision in a ``jsonl`` export. A malformed line stops the read with an
    :class:`ExportError` naming the file, the line and the fields at fault (never the line's text)."""
    return list(iter_jsonl(path))


def iter_jsonl(path: Path) -> Iterator[Case]:
    try:
        with Path(path).open("rb") as stream:
            for number, line in enumerate(stream, start=1):
                if line.strip():
                    yield _case(path, number, line)
    except OSError as exc:
        raise ExportError(f"cannot read {path}: {exc.strerror or exc}") from exc


def _case(path: Path, number: int, line: bytes) -> Case:
    try:
        document = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        raise ExportError(f"{path} line {number}: not JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(document, dict):
        raise ExportError(f"{path} line {number}: expected a case object")
    version = document.get("schema_version")
    if isinstance(version, int) and version > CASE_SCHEMA_VERSION:
        raise ExportError(
            f"{path} line {number}: case schema version {version} is newer than this tracecase reads "
            f"({CASE_SCHEMA_VERSION}); upgrade tracecase"
        )
    try:
        return Case.model_validate(document)
    except ValidationError as exc:
        # Name the fields and what is wrong with them; pydantic's own message would quote case text.
        problems = "; ".join(
            f"{'.'.join(str(p) for p in error['loc']) or '(case)'}: {error['type']}" for error in exc.errors()[:5]
        )
        raise ExportError(f"{path} line {number}: not a case ({problems})") from None
