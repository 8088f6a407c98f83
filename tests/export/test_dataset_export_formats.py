"""Every export format: registered by name, written whole or not at all, case ids stable across formats, and
nothing but redacted content in any file."""

from __future__ import annotations

import json
from pathlib import Path

import orjson
import polars as pl
import pytest
from dataset_cases import CANARIES, CANARY_TRACE, reviewed_cases

from casegen import ExportError, UnknownFormatError
from casegen.export import export_cases, export_formats
from schemas.case import Case

FORMATS = ("inspect", "jsonl", "openai-evals", "parquet", "promptfoo", "ragas")
SUFFIX = {"parquet": ".parquet", "promptfoo": ".json"}


def _ids(fmt: str, path: Path) -> list[str]:
    """The case ids a file holds, read the way a user joining results back would."""
    if fmt == "parquet":
        return pl.read_parquet(path)["id"].to_list()
    if fmt == "promptfoo":
        return [test["metadata"]["case_id"] for test in json.loads(path.read_bytes())]
    return [orjson.loads(line)["id"] for line in path.read_bytes().splitlines()]


def test_the_six_formats_are_registered() -> None:
    assert tuple(export_formats()) == FORMATS
    with pytest.raises(UnknownFormatError, match="unknown export format 'csv'; known formats: inspect, jsonl"):
        export_cases(reviewed_cases(), "csv", Path("x.csv"))


@pytest.mark.parametrize("fmt", FORMATS)
def test_case_ids_are_the_same_in_every_format(fmt: str, tmp_path: Path) -> None:
    cases = reviewed_cases()
    out = tmp_path / f"golden{SUFFIX.get(fmt, '.jsonl')}"
    result = export_cases(cases, fmt, out)
    ids = _ids(fmt, out)
    assert ids == [c.id for c in cases if c.id not in result.skipped]
    assert result.cases == len(ids) and result.bytes == out.stat().st_size > 0
    assert set(result.skipped) == {c.id for c in cases if not _fits(fmt, c)}
    assert bool(result.skip_reason) == bool(result.skipped)
    if fmt == "openai-evals":
        assert result.skipped


def _fits(fmt: str, case: Case) -> bool:
    """What each format needs of a case: Inspect a message, OpenAI evals a message and an ideal answer,
    Ragas a user turn (its question); the others hold any case."""
    has_input = bool(case.content.input.messages or case.content.input.system)
    if fmt == "inspect":
        return has_input
    if fmt == "openai-evals":
        return has_input and case.review.expected_output is not None
    if fmt == "ragas":
        return any(m.role == "user" and m.content for m in case.content.input.messages)
    return True


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_export_holds_a_raw_value_only_placeholders(fmt: str, tmp_path: Path) -> None:
    out = tmp_path / f"golden{SUFFIX.get(fmt, '.jsonl')}"
    export_cases(reviewed_cases(), fmt, out)
    data = out.read_bytes()
    text = "\n".join(map(str, pl.read_parquet(out).rows())) if fmt == "parquet" else data.decode()
    assert not any(canary in text for canary in CANARIES)
    assert not any(canary.encode() in data for canary in CANARIES)
    canary_case = next(c for c in reviewed_cases() if c.provenance.trace_id == CANARY_TRACE)
    assert "<EMAIL_ADDRESS_" in (canary_case.content.input.messages[0].content or "")
    assert "<EMAIL_ADDRESS_" in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_empty_dataset_exports_an_empty_file_of_the_format(fmt: str, tmp_path: Path) -> None:
    out = tmp_path / f"empty{SUFFIX.get(fmt, '.jsonl')}"
    result = export_cases([], fmt, out)
    assert result.cases == 0 and out.exists()
    if fmt == "parquet":
        assert pl.read_parquet(out).height == 0 and "case_json" in pl.read_parquet(out).columns


def test_a_failed_export_leaves_no_file_and_names_the_problem(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="is a directory"):
        export_cases(reviewed_cases(), "jsonl", tmp_path)
    with pytest.raises(ExportError, match="does not exist"):
        export_cases(reviewed_cases(), "jsonl", tmp_path / "missing" / "x.jsonl")
    out = tmp_path / "x.jsonl"
    out.write_text("previous export\n")
    (tmp_path / ".x.partial.jsonl").mkdir()  # the temporary file cannot be created: the old file stays
    with pytest.raises(ExportError, match="cannot write"):
        export_cases(reviewed_cases(), "jsonl", out)
    assert out.read_text() == "previous export\n"
