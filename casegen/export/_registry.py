"""Export formats by name: each format module registers its :class:`Exporter` with :func:`register_format`."""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar, TypeVar

from casegen.exceptions import ExportError, UnknownFormatError
from schemas.case import Case


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote."""

    format: str
    path: Path
    cases: int
    """Records written (one per case)."""
    bytes: int
    skipped: tuple[str, ...] = field(default=())
    """Ids of cases the format cannot hold (e.g. no expected output where the format requires one)."""
    skip_reason: str | None = None


class Exporter(ABC):
    """Writes cases in one format. ``write`` returns the ids of the cases it left out, if any."""

    name: ClassVar[str]
    suffix: ClassVar[str]
    """The file name ending the format's readers expect (``.jsonl``, ``.parquet``, ``.json``)."""
    skip_reason: ClassVar[str | None] = None

    @abstractmethod
    def write(self, cases: Sequence[Case], out: Path) -> Sequence[str]:
        """Write ``cases`` (in the order given) to ``out``; return the ids left out."""

    def write_documents(self, documents: Sequence[str], out: Path) -> Sequence[str]:
        """Write cases given as their stored JSON (``Case.model_dump_json()``); a format that can copy them
        overrides this to skip building the models."""
        return self.write([Case.model_validate_json(document) for document in documents], out)


_E = TypeVar("_E", bound=type[Exporter])
_FORMATS: dict[str, type[Exporter]] = {}


def register_format(cls: _E) -> _E:
    """Class decorator: make ``cls`` available as ``--format <cls.name>``."""
    existing = _FORMATS.get(cls.name)
    if existing is not None and existing is not cls:
        raise ValueError(f"export format {cls.name!r} is already registered by {existing.__qualname__}")
    _FORMATS[cls.name] = cls
    return cls


def exporter(name: str) -> Exporter:
    """The exporter registered as ``name``; :class:`UnknownFormatError` (a ``LookupError``) names the known ones."""
    try:
        return _FORMATS[name]()
    except KeyError:
        raise UnknownFormatError(
            f"unknown export format {name!r}; known formats: {', '.join(export_formats())}"
        ) from None


def export_formats() -> list[str]:
    """Every registered format name, sorted."""
    return sorted(_FORMATS)


def export_cases(cases: Sequence[Case], format_name: str, out: Path) -> ExportResult:
    """Write ``cases`` to ``out`` in the named format. The file appears whole or not at all: it is written
    beside ``out`` under a temporary name and renamed over it when complete."""
    writer = exporter(format_name)
    return _atomic(writer, Path(out), len(cases), lambda partial: writer.write(cases, partial))


def export_documents(documents: Sequence[str], format_name: str, out: Path) -> ExportResult:
    """:func:`export_cases` for cases given as their stored JSON documents (what a dataset version reads)."""
    writer = exporter(format_name)
    return _atomic(writer, Path(out), len(documents), lambda partial: writer.write_documents(documents, partial))


def _atomic(writer: Exporter, out: Path, count: int, write: Callable[[Path], Sequence[str]]) -> ExportResult:
    if out.is_dir():
        raise ExportError(f"--out {out} is a directory; give a file path (e.g. {out / ('dataset' + writer.suffix)})")
    if not out.parent.exists():
        raise ExportError(f"--out {out}: directory {out.parent} does not exist")
    partial = out.with_name(f".{out.stem}.partial{out.suffix}")  # keeps the suffix writers look at
    try:
        skipped = tuple(write(partial))
        os.replace(partial, out)
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from exc
    finally:
        if partial.is_file():
            partial.unlink()
    return ExportResult(
        format=writer.name,
        path=out,
        cases=count - len(skipped),
        bytes=out.stat().st_size,
        skipped=skipped,
        skip_reason=writer.skip_reason if skipped else None,
    )
