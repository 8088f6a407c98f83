"""``parquet``: one row per case, with the slicing fields as typed columns, the conversation, documents and
tool trajectory as nested columns, and the case record in ``case_json`` (nothing is lost).

Values that have no fixed type (tool arguments and results, document metadata, assistant tool calls) are
JSON text. Columns are declared once, below, with their types: an empty dataset writes the same schema.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from casegen.export._frames import typed_frame
from casegen.export._registry import Exporter, register_format
from schemas.case import Case


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


_MESSAGE = pl.Struct({"role": pl.String, "content": pl.String, "tool_call_id": pl.String, "tool_calls": pl.String})
_DOCUMENT = pl.Struct({"id": pl.String, "content": pl.String, "score": pl.Float64, "metadata": pl.String})
_STEP = pl.Struct(
    {
        "id": pl.String,
        "name": pl.String,
        "arguments": pl.String,
        "result": pl.String,
        "span_id": pl.String,
        "error_type": pl.String,
        "error_message": pl.String,
    }
)


@dataclass(frozen=True)
class Column:
    name: str
    dtype: pl.DataType | type[pl.DataType]
    value: Callable[[Case], Any]


COLUMNS: tuple[Column, ...] = (
    Column("id", pl.String, lambda c: c.id),
    Column("revision", pl.Int64, lambda c: c.revision),
    Column("status", pl.String, lambda c: c.status),
    Column("trace_id", pl.String, lambda c: c.provenance.trace_id),
    Column("service", pl.String, lambda c: c.metadata.service),
    Column("model", pl.String, lambda c: c.metadata.model),
    Column("provider", pl.String, lambda c: c.metadata.provider),
    Column("language", pl.String, lambda c: c.metadata.language),
    Column("convention", pl.String, lambda c: c.metadata.convention),
    Column("tool_names", pl.List(pl.String), lambda c: list(c.metadata.tool_names)),
    Column("sources", pl.List(pl.String), lambda c: [_source(s) for s in c.provenance.sources]),
    Column("labels", pl.List(pl.String), lambda c: list(c.review.labels)),
    Column("system", pl.String, lambda c: c.content.input.system),
    Column(
        "messages",
        pl.List(_MESSAGE),
        lambda c: [
            {
                "role": m.role,
                "content": m.content,
                "tool_call_id": m.tool_call_id,
                "tool_calls": _json([t.model_dump(mode="json") for t in m.tool_calls]) if m.tool_calls else None,
            }
            for m in c.content.input.messages
        ],
    ),
    Column(
        "context_documents",
        pl.List(_DOCUMENT),
        lambda c: [
            {"id": d.id, "content": d.content, "score": d.score, "metadata": _json(d.metadata or None)}
            for d in c.content.context_documents
        ],
    ),
    Column(
        "tool_trajectory",
        pl.List(_STEP),
        lambda c: [
            {
                "id": s.id,
                "name": s.name,
                "arguments": _json(s.arguments),
                "result": _json(s.result),
                "span_id": s.span_id,
                "error_type": s.error.type if s.error else None,
                "error_message": s.error.message if s.error else None,
            }
            for s in c.content.tool_trajectory
        ],
    ),
    Column("actual_output", pl.String, lambda c: c.content.actual_output),
    Column("expected_output", pl.String, lambda c: c.review.expected_output),
    Column("notes", pl.String, lambda c: c.review.notes),
    Column("error_type", pl.String, lambda c: c.metadata.error.type if c.metadata.error else None),
    Column("started_at", pl.Datetime("us", "UTC"), lambda c: c.metadata.started_at),
    Column("duration_ms", pl.Float64, lambda c: c.metadata.duration_ms),
    Column(
        "redacted_entity_types",
        pl.List(pl.String),
        lambda c: sorted({e for r in c.redaction for e in r.entity_types}),
    ),
    Column("redaction_policies", pl.List(pl.String), lambda c: sorted({r.policy_version for r in c.redaction})),
    Column("duplicate_group", pl.String, lambda c: c.duplicate_group),
    Column("author", pl.String, lambda c: c.author),
    Column("created_at", pl.Datetime("us", "UTC"), lambda c: c.created_at),
    Column("case_json", pl.String, lambda c: c.model_dump_json()),
)
SCHEMA = pl.Schema({column.name: column.dtype for column in COLUMNS})


def _source(source: Any) -> str:
    if source.kind == "rule":
        return f"rule:{source.rule}"
    if source.kind == "ticket":
        return f"ticket:{source.ticket_id}"
    return f"containment:{source.set_name}"


def case_frame(cases: Sequence[Case]) -> pl.DataFrame:
    """The cases as a typed frame, one row per case, columns as declared in :data:`COLUMNS`."""
    data = {column.name: [column.value(case) for case in cases] for column in COLUMNS}
    return typed_frame(SCHEMA, data, len(cases))


@register_format
class ParquetExporter(Exporter):
    name = "parquet"
    suffix = ".parquet"

    def write(self, cases: Sequence[Case], out: Path) -> Sequence[str]:
        case_frame(cases).write_parquet(out, compression="zstd")
        return ()
