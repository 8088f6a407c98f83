"""The ``ragas`` export, loaded by Ragas' ``EvaluationDataset`` and DeepEval's golden and test-case loaders —
the frameworks' own readers, run from their own venv (.venv/eval-readers, see readers/requirements.txt) with
outbound network refused."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from dataset_cases import reviewed_cases

from casegen.export import export_cases
from schemas.case import Case

ROOT = Path(__file__).parents[2]
READERS = ROOT / ".venv" / "eval-readers" / "bin" / "python"
SCRIPT = Path(__file__).parent / "readers" / "load_export.py"


def _read(reader: str, path: Path) -> dict[str, Any]:
    if not READERS.exists():
        pytest.fail(f"{READERS} is missing: run `make .venv/eval-readers/.installed` (part of `make test`)")
    command = [str(READERS), str(SCRIPT), reader, str(path)]
    done = subprocess.run(command, check=False, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, Any] = json.loads(done.stdout)
    assert result["network_attempts"] == []
    return result


def _questions() -> list[Case]:
    """The cases a single-turn sample can hold: those with a user turn (the export leaves out the others)."""
    return [c for c in reviewed_cases() if any(m.role == "user" and m.content for m in c.content.input.messages)]


def _expected() -> list[dict[str, Any]]:
    rows = []
    for case in _questions():
        rows.append(
            {
                "id": case.id,
                "user_input": next(m.content for m in reversed(case.content.input.messages) if m.role == "user"),
                "retrieved_contexts": [d.content for d in case.content.context_documents if d.content],
                "response": case.content.actual_output,
                "reference": case.review.expected_output,
            }
        )
    return rows


@pytest.mark.parametrize("suffix", [".jsonl", ".json"])
def test_ragas_reads_single_turn_samples(suffix: str, tmp_path: Path) -> None:
    out = tmp_path / f"golden{suffix}"
    skipped = export_cases(reviewed_cases(), "ragas", out).skipped
    assert set(skipped) == {c.id for c in reviewed_cases()} - {c.id for c in _questions()}
    read = _read("ragas-jsonl" if suffix == ".jsonl" else "ragas-list", out)
    assert read["types"] == ["SingleTurnSample"]
    expected = _expected()
    assert [
        {k: r[k] for k in ("user_input", "retrieved_contexts", "response", "reference")} for r in read["records"]
    ] == [{k: e[k] for k in ("user_input", "retrieved_contexts", "response", "reference")} for e in expected]
    assert any(r["retrieved_contexts"] for r in read["records"])


def test_deepeval_reads_goldens_with_case_ids(tmp_path: Path) -> None:
    out = tmp_path / "golden.jsonl"
    export_cases(reviewed_cases(), "ragas", out)
    read = _read("deepeval-goldens", out)
    assert read["types"] == ["Golden"]
    for golden, expected in zip(read["records"], _expected(), strict=True):
        assert golden["name"] == golden["additional_metadata"]["case_id"] == expected["id"]
        assert (golden["input"], golden["actual_output"], golden["expected_output"]) == (
            expected["user_input"],
            expected["response"],
            expected["reference"],
        )
        assert golden["retrieval_context"] == expected["retrieved_contexts"]


def test_deepeval_reads_test_cases_from_the_json_array(tmp_path: Path) -> None:
    out = tmp_path / "golden.json"
    export_cases(reviewed_cases(), "ragas", out)
    read = _read("deepeval-test-cases", out)
    assert read["types"] == ["LLMTestCase"]
    assert [(t["input"], t["expected_output"]) for t in read["records"]] == [
        (e["user_input"], e["reference"]) for e in _expected()
    ]
