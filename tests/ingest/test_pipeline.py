"""load_traces / normalize_batches end to end, checked against the captured traces' manifests.

The manifests (tests/data/captured/<instrumentation>/manifest.json) are written by the scenario
runner from what it sent to and received from the stub model, not by this code.
"""

from __future__ import annotations

import gzip
import importlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from tracecase_sampleapp.frameworks import FRAMEWORK_INSTRUMENTATIONS

from ingest import load_traces, normalize_batches, read_otlp_file
from ingest.decode import DecodeError
from ingest.records import DecodedBatch
from schemas import TraceRecord

CAPTURED = Path(__file__).parents[1] / "data" / "captured"
INSTRUMENTATIONS = sorted(p.name for p in CAPTURED.iterdir() if (p / "manifest.json").is_file())
# Framework samples (Anthropic, LangChain, pydantic-ai) are compared field by field, with the framework
# suites' own rules, in tests/integration/test_frameworks_captured.py.
OPENAI_INSTRUMENTATIONS = [name for name in INSTRUMENTATIONS if name not in FRAMEWORK_INSTRUMENTATIONS]
FIELDS = ("system", "input_messages", "context_documents", "tool_calls", "output", "model", "error")
# Instrumentations report 0 for cache/reasoning details the stub never sent; the manifest says null.
OPTIONAL_COUNTS = ("cache_read_tokens", "cache_write_tokens", "reasoning_tokens")


def _files(directory: Path) -> list[Path]:
    manifest = json.loads((directory / "manifest.json").read_text())
    names = list(manifest["files"])
    names += [n.replace(".traces.", ".logs.") for n in names if (directory / n.replace(".traces.", ".logs.")).exists()]
    return [directory / n for n in names]


def _check(record: TraceRecord, expected: dict[str, Any]) -> None:
    dumped = json.loads(record.model_dump_json())
    for name in FIELDS:
        assert dumped[name] == expected[name], (expected["scenario"], name)
    _check_usage_and_kinds(dumped, expected)
    assert record.complete


def _check_usage_and_kinds(dumped: dict[str, Any], expected: dict[str, Any]) -> None:
    usage, want = dumped["usage"], expected["usage"]
    assert (usage is None) == (want is None)
    if want is not None:
        for name, value in want.items():
            if name in OPTIONAL_COUNTS and value is None:
                assert usage[name] in (None, 0), (expected["scenario"], name)
            else:
                assert usage[name] == value, (expected["scenario"], name)
    assert sorted(s["kind"] for s in dumped["spans"]) == sorted(expected["span_kinds"])


@pytest.mark.parametrize("instrumentation", OPENAI_INSTRUMENTATIONS)
def test_captured_traces_match_their_manifest(instrumentation: str) -> None:
    directory = CAPTURED / instrumentation
    manifest = json.loads((directory / "manifest.json").read_text())
    result = load_traces(_files(directory))
    assert result.errors == []
    assert [t.trace_id for t in result.traces] == sorted(s["trace_id"] for s in manifest["scenarios"])
    by_id = {t.trace_id: t for t in result.traces}
    for scenario in manifest["scenarios"]:
        _check(by_id[scenario["trace_id"]], scenario)


@pytest.mark.parametrize("instrumentation", INSTRUMENTATIONS)
def test_normalize_batches_in_reverse_order_matches_load_traces(instrumentation: str) -> None:
    files = _files(CAPTURED / instrumentation)
    batches = [item for path in files for item in read_otlp_file(path) if isinstance(item, DecodedBatch)]
    assert normalize_batches(reversed(batches)) == load_traces(files).traces


def test_directory_input_and_located_errors(tmp_path: Path) -> None:
    source = CAPTURED / "otel-genai-legacy-events"
    for path in _files(source):
        target = tmp_path / "nested" / (path.name + ".gz")
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(gzip.compress(path.read_bytes()))
    (tmp_path / "broken.jsonl").write_text('{"resourceSpans": [\nnot json\n')
    (tmp_path / "notes.txt").write_text("ignored: not an OTLP suffix")
    shutil.copy(source / "manifest.json", tmp_path / "nested" / "manifest.json.bak")
    result = load_traces([tmp_path, tmp_path / "missing.json"])
    assert len(result.traces) == len(json.loads((source / "manifest.json").read_text())["scenarios"])
    assert all(isinstance(e, DecodeError) for e in result.errors)
    paths = {Path(e.path).name for e in result.errors if e.path}
    assert paths == {"broken.jsonl", "missing.json"}
    assert all("not json" not in str(e) for e in result.errors)  # content never in messages


def test_logs_in_other_files_are_joined() -> None:
    directory = CAPTURED / "otel-genai-legacy-events"
    traces_only = [p for p in _files(directory) if ".traces." in p.name]
    without_logs = {t.trace_id: t for t in load_traces(traces_only).traces}
    with_logs = {t.trace_id: t for t in load_traces(_files(directory)).traces}
    assert all(not t.input_messages for t in without_logs.values())  # content only travels on the logs pipeline
    assert all(t.input_messages for t in with_logs.values())


def test_a_single_path_is_not_iterated_character_by_character() -> None:
    directory = CAPTURED / "openinference"
    one = _files(directory)[0]
    assert load_traces(str(one)).traces == load_traces([one]).traces != []


@pytest.mark.parametrize("module", ["ingest", "ingest.normalize"])
def test_public_surface_is_declared_and_importable(module: str) -> None:
    package = importlib.import_module(module)
    assert package.__all__ == sorted(package.__all__)
    for name in package.__all__:
        assert getattr(package, name) is not None, name
    assert {"normalize_span", "TraceAssembler", "load_traces", "read_otlp_file", "RawSpan"} <= set(
        importlib.import_module("ingest").__all__
    )
