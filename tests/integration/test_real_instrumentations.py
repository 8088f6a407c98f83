"""Normalization proven on what real instrumentations emit.

For each instrumentation the scenarios run once (a subprocess, module-scoped fixture), the scattered
OTLP files are read back with ``ingest.pipeline.load_traces`` and every trace-record field is compared
with the manifest, which holds what the scenario sent and the stub answered.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from trace_checks import FIELD_CHECKS, Loaded, check_field, check_files, load, temp_root
from tracecase_sampleapp import INSTRUMENTATIONS, emit_scenarios
from tracecase_sampleapp.scenarios import SCENARIOS

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def emit_root() -> Iterator[Path]:
    yield from temp_root("tracecase-scenarios-")


@pytest.fixture(scope="module", params=INSTRUMENTATIONS)
def loaded(request: pytest.FixtureRequest, emit_root: Path) -> Loaded:
    out = emit_root / request.param
    return load(out, emit_scenarios(request.param, out, seed=7))


def test_every_file_decodes_and_every_trace_is_assembled(loaded: Loaded) -> None:
    check_files(loaded)
    assert list(loaded.traces) == sorted(loaded.traces), "load_traces must return traces sorted by trace_id"


@pytest.mark.parametrize("field", list(FIELD_CHECKS))
@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_trace_field_matches_manifest(loaded: Loaded, scenario: str, field: str) -> None:
    check_field(loaded, scenario, field, FIELD_CHECKS)


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
        {"location": "Lisbon"},
        {"location": "Oslo"},
    ]
    assert by_name["provider_error"].error is not None
    assert by_name["provider_error"].model == "error-429"
    assert by_name["streaming"].usage is not None and by_name["streaming"].usage.output_tokens
