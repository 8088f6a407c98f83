"""pydantic-ai `Agent`s on the OpenAI stub, instrumented by pydantic-ai itself in each format version
(2: oldest accepted, 5: default, 6: opt-in), and pydantic-ai 1.x (installed apart, ``.venv/isolated``) in
formats 1 (GenAI events as JSON-array attributes) and 2; every trace-record field compared with the manifest.
"""

from __future__ import annotations

import pytest
from trace_checks import Emitted, check_agent_oracle, suite_tests
from tracecase_sampleapp.frameworks import instrumentations_of
from tracecase_sampleapp.frameworks.pydantic_ai_suite import SCENARIOS

pytestmark = pytest.mark.slow
INSTRUMENTATIONS = instrumentations_of("pydantic-ai")

KNOWN_BUGS: dict[tuple[str, str, str], str] = {}


test_every_file_decodes_and_every_trace_is_assembled, test_trace_field_matches_manifest = suite_tests(
    INSTRUMENTATIONS, list(SCENARIOS), KNOWN_BUGS
)


@pytest.mark.parametrize("instrumentation", INSTRUMENTATIONS)
def test_manifest_is_derived_from_the_run(emitted: Emitted, instrumentation: str) -> None:
    """Guards the oracle: the call the stub requested, the tool result, the wrapped provider error."""
    manifest = emitted(instrumentation).manifest
    check_agent_oracle(manifest, SCENARIOS, "travel", "gpt-4o-mini-2024-07-18")
    assert manifest.by_scenario()["tool_round_trip"].span_kinds.count("llm") == 2
    error = manifest.by_scenario()["provider_error"].error
    assert error is not None and error.message and "Rate limit reached" in error.message
