"""Google ADK agents on the Gemini stub, traced by ADK itself in both telemetry schemas (legacy
``gcp.vertex.agent.*`` attributes; the OTel GenAI-aligned default); every trace-record field
compared with the manifest. ADK runs from its own directory (``.venv/isolated/google-adk``).
"""

from __future__ import annotations

import pytest
from trace_checks import Emitted, check_agent_oracle, suite_tests
from tracecase_sampleapp.frameworks import instrumentations_of

pytestmark = pytest.mark.slow
INSTRUMENTATIONS = instrumentations_of("google-adk")
# The suite module imports ADK, which lives apart from this environment: its scenario names are listed here.
SCENARIOS = {"chat_system_prompt": None, "tool_round_trip": None}

_TWO_SPANS = (
    "producer: the legacy schema traces each model call twice, ADK's call_llm (with the content) "
    "around its own generate_content span; the trace counts the call's usage once"
)
KNOWN_BUGS: dict[tuple[str, str, str], str] = {
    ("google-adk-legacy", "chat_system_prompt", "span_kinds"): _TWO_SPANS,
    ("google-adk-legacy", "tool_round_trip", "span_kinds"): _TWO_SPANS,
    ("google-adk-semconv", "tool_round_trip", "tool_calls"): (
        "producer: ADK's semconv messages give Gemini's id-less call a placeholder id (get_weather_0) while its "
        "tool span carries the id ADK ran the call with (adk-...); joined by name, the request's id is kept"
    ),
}


test_every_file_decodes_and_every_trace_is_assembled, test_trace_field_matches_manifest = suite_tests(
    INSTRUMENTATIONS, list(SCENARIOS), KNOWN_BUGS
)


@pytest.mark.parametrize("instrumentation", INSTRUMENTATIONS)
def test_manifest_is_derived_from_the_run(emitted: Emitted, instrumentation: str) -> None:
    """Guards the oracle: ADK's instruction in the system prompt, the tool call ADK ran and its result."""
    manifest = emitted(instrumentation).manifest
    check_agent_oracle(manifest, SCENARIOS, "travel assistant", "gemini-2.5-flash")
    call = manifest.by_scenario()["tool_round_trip"].tool_calls[0]
    assert call.id and call.id.startswith("adk-")  # ADK's id for Gemini's id-less call
