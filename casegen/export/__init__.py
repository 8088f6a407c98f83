"""Dataset exports: one module per format, each registered by name; the case id is the same in every format
so that evaluation results join back to cases.

::

    result = export_cases(cases, "inspect", Path("golden.jsonl"))   # ExportResult: cases, bytes, skipped
    cases = read_jsonl(Path("golden.jsonl"))                        # the canonical format, read back

Formats: ``jsonl`` (canonical case records), ``parquet``, ``openai-evals``, ``inspect``, ``promptfoo``,
``ragas``. A new format is a module with an :class:`Exporter` subclass decorated with
:func:`register_format`, imported below.
"""

# Importing a format module registers it.
from casegen.export import inspect_dataset, jsonl, openai_evals, parquet, promptfoo, ragas  # noqa: F401
from casegen.export._registry import (
    Exporter,
    ExportResult,
    export_cases,
    export_documents,
    export_formats,
    exporter,
    register_format,
)
from casegen.export.jsonl import iter_jsonl, read_jsonl
from casegen.export.parquet import case_frame

__all__ = [
    "ExportResult",
    "Exporter",
    "case_frame",
    "export_cases",
    "export_documents",
    "export_formats",
    "exporter",
    "iter_jsonl",
    "read_jsonl",
    "register_format",
]
