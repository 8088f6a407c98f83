"""pydantic-ai `Agent`s on the OpenAI stub, instrumented by pydantic-ai itself in each format version
(2: oldest accepted, 5: default, 6: opt-in); every trace-record field compared with the manifest.
"""

from __future__ import annotations

import pytest
from trace_checks import Emitted, suite_tests
from tracecase_sampleapp.frameworks import instrumentations_of
from tracecase_sampleapp.frameworks.pydantic_ai_suite import SCENARIOS

pytestmark = pytest.mark.slow
INSTRUMENTATIONS = instrumentations_of("pydantic-ai")

KNOWN_BUGS: dict[tuple[str, str, str], str] = {}


test_every_file_decodes_and_every_trace_is_assembled, test_trace_field_matches_manifest = suite_tests(
    INSTRUMENTATIONS, list(SCENARIOS), KNOWN_BUGS)


@pytest.mark.parametrize("instrumentation", INSTRUMENTATIONS)
def test_manifest_is_derived_from_the_run(emitted: Emitted, instrumentation: str) -> None:
    """Guards the oracle: the call the stub requested, the tool result, the wrapped provider error."""
    by_name = emitted(instrumentation).manifest.by_scenario()
    assert set(by_name) == set(SCENARIOS)
    chat = by_name["chat_system_prompt"]
    assert chat.system and "travel" in chat.system and chat.model == "gpt-4o-mini-2024-07-18"
    tool = by_name["tool_round_trip"]
    assert [(c.name, c.arguments) for c in tool.tool_calls] == [("get_weather", {"location": "Paris"})]
    assert tool.output is not None and str(tool.tool_calls[0].result["temperature_c"]) in tool.output
    assert tool.span_kinds.count("llm") == 2
    error = by_name["provider_error"].error
    assert error is not None and error.message and "Rate limit reached" in error.message
