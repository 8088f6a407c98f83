"""The ``parquet`` export, read back with polars: declared column types, slicing fields as columns, and the
canonical record in ``case_json`` (nothing is lost)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
from dataset_cases import TOOL_TRACE, reviewed_cases

from casegen.export import export_cases
from casegen.export.parquet import SCHEMA
from schemas.case import Case


def test_columns_hold_the_cases(tmp_path: Path) -> None:
    cases = reviewed_cases()
    out = tmp_path / "golden.parquet"
    export_cases(cases, "parquet", out)
    frame = pl.read_parquet(out)
    assert frame.schema == SCHEMA and frame.height == len(cases)
    assert [Case.model_validate_json(text) for text in frame["case_json"]] == list(cases)
    assert frame["labels"].to_list() == [list(c.review.labels) for c in cases]
    assert frame["expected_output"].to_list() == [c.review.expected_output for c in cases]
    assert frame["service"].to_list() == [c.metadata.service for c in cases]
    assert frame.filter(pl.col("status") == "accepted").height == sum(c.status == "accepted" for c in cases)
    row = frame.filter(pl.col("trace_id") == TOOL_TRACE).row(0, named=True)
    assistant = row["messages"][1]
    assert assistant["role"] == "assistant"
    assert json.loads(assistant["tool_calls"])[0] == {
        "id": "call_1",
        "name": "get_weather",
        "arguments": {"city": "Paris"},
    }
    assert str(frame.schema["created_at"]) == "Datetime(time_unit='us', time_zone='UTC')"
