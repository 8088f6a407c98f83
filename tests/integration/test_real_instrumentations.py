"""Normalization proven on what real instrumentations emit.

For each instrumentation the scenarios run once (a subprocess, module-scoped fixture), the scattered
OTLP files are read back with ``ingest.pipeline.load_traces`` and every trace-record field is compared
with the manifest, which holds what the scenario sent and the stub answered.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from ingest.pipeline import load_traces
from schemas.trace import TraceRecord
from tracecase.scenarios import INSTRUMENTATIONS, Manifest, ScenarioExpectation, emit_scenarios
from tracecase.scenarios.scenarios import SCENARIOS

pytestmark = pytest.mark.slow


@dataclass
class Loaded:
    manifest: Manifest
    traces: dict[str, TraceRecord]
    errors: list[Any]


@pytest.fixture(scope="module")
def emit_root() -> Iterator[Path]:
    # Not pytest's basetemp: concurrent pytest sessions of the same user prune each other's numbered
    # basetemp directories, which deleted these files mid-module on a shared machine.
    with tempfile.TemporaryDirectory(prefix="tracecase-scenarios-") as root:
        yield Path(root)


@pytest.fixture(scope="module", params=INSTRUMENTATIONS)
def loaded(request: pytest.FixtureRequest, emit_root: Path) -> Loaded:
    out = emit_root / request.param
    manifest = emit_scenarios(request.param, out, seed=7)
    result = load_traces([out / name for name in manifest.files])
    return Loaded(manifest, {t.trace_id: t for t in result.traces}, list(result.errors))


def _trace(loaded: Loaded, scenario: str) -> tuple[ScenarioExpectation, TraceRecord]:
    expected = loaded.manifest.by_scenario()[scenario]
    assert expected.trace_id in loaded.traces, f"{scenario}: trace {expected.trace_id} not assembled"
    return expected, loaded.traces[expected.trace_id]


def test_every_file_decodes_and_every_trace_is_assembled(loaded: Loaded) -> None:
    assert loaded.errors == []
    assert sorted(loaded.traces) == sorted(s.trace_id for s in loaded.manifest.scenarios)
    assert list(loaded.traces) == sorted(loaded.traces), "load_traces must return traces sorted by trace_id"
    assert sum(len(t.spans) for t in loaded.traces.values()) == loaded.manifest.span_count


def _documents(docs: list[Any]) -> list[tuple[Any, ...]]:
    return [(d.id, d.content, None if d.score is None else round(d.score, 4), d.metadata) for d in docs]


def _usage(expected: ScenarioExpectation, actual: TraceRecord) -> None:
    if expected.usage is None:
        assert actual.usage is None or not actual.usage.model_dump(exclude_none=True)
        return
    assert actual.usage is not None
    assert (actual.usage.input_tokens, actual.usage.output_tokens) == (
        expected.usage.input_tokens, expected.usage.output_tokens)
    # Not every instrumentation reports a total (openai-v2 does not); when one is given it must add up.
    if actual.usage.total_tokens is not None:
        assert actual.usage.total_tokens == expected.usage.total_tokens


def _error(expected: ScenarioExpectation, actual: TraceRecord) -> None:
    if expected.error is None:
        assert actual.error is None
        return
    assert actual.error is not None
    assert actual.error.type == expected.error.type
    assert expected.error.message and expected.error.message in (actual.error.message or "")


# field -> check(expected, actual): each one a separate test so a report names every broken field.
FIELD_CHECKS: dict[str, Callable[[ScenarioExpectation, TraceRecord], None]] = {
    "system": lambda e, a: _eq(a.system, e.system),
    "input_messages": lambda e, a: _eq([(m.role, m.content) for m in a.input_messages],
                                       [(m.role, m.content) for m in e.input_messages]),
    "context_documents": lambda e, a: _eq(_documents(a.context_documents), _documents(e.context_documents)),
    "tool_calls": lambda e, a: _eq([(c.id, c.name, c.arguments, c.result) for c in a.tool_calls],
                                   [(c.id, c.name, c.arguments, c.result) for c in e.tool_calls]),
    "output": lambda e, a: _eq(a.output, e.output),
    "model": lambda e, a: _eq(a.model, e.model),
    "usage": _usage,
    "error": _error,
    "complete": lambda e, a: _eq(a.complete, True),
    "span_kinds": lambda e, a: _eq(sorted(s.kind for s in a.spans), e.span_kinds),
}


def _eq(actual: Any, expected: Any) -> None:
    assert actual == expected


@pytest.mark.parametrize("field", list(FIELD_CHECKS))
@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_trace_field_matches_manifest(loaded: Loaded, scenario: str, field: str) -> None:
    expected, actual = _trace(loaded, scenario)
    FIELD_CHECKS[field](expected, actual)


def test_manifest_is_derived_from_the_run_not_constant(loaded: Loaded) -> None:
    """Guards the oracle itself: the manifest must describe what this run actually produced."""
    by_name = loaded.manifest.by_scenario()
    assert set(by_name) == set(SCENARIOS)
    assert len({s.trace_id for s in loaded.manifest.scenarios}) == len(SCENARIOS)
    tool = by_name["tool_round_trip"]
    assert [c.name for c in tool.tool_calls] == ["get_weather"]
    assert tool.tool_calls[0].arguments == {"location": "Paris"}
    assert tool.output is not None and str(tool.tool_calls[0].result["temperature_c"]) in tool.output
    assert [c.arguments for c in by_name["parallel_tool_calls"].tool_calls] == [
        {"location": "Lisbon"}, {"location": "Oslo"}]
    assert by_name["provider_error"].error is not None
    assert by_name["provider_error"].model == "error-429"
    assert by_name["streaming"].usage is not None and by_name["streaming"].usage.output_tokens
