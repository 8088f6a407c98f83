"""The OpenAI Agents SDK (chat-completions model on the OpenAI stub) traced by its OpenInference instrumentor;
every trace-record field compared with the manifest.
"""

from __future__ import annotations

import pytest
from trace_checks import Emitted, suite_tests
from tracecase_sampleapp.frameworks import instrumentations_of
from tracecase_sampleapp.frameworks.openai_agents_suite import SCENARIOS

pytestmark = pytest.mark.slow
INSTRUMENTATIONS = instrumentations_of("openai-agents")

_OI = "openai-agents-openinference"
_NO_RESPONSE_MODEL = ("producer: the SDK's generation span data holds the requested model only, so the "
                      "instrumentor records no response model")
KNOWN_BUGS: dict[tuple[str, str, str], str] = {
    (_OI, "chat_system_prompt", "model"): _NO_RESPONSE_MODEL,
    (_OI, "tool_round_trip", "model"): _NO_RESPONSE_MODEL,
    (_OI, "provider_error", "error"): ("producer: the SDK records a span error as a message and data dict "
                                       "(no exception type, no exception event)"),
}


test_every_file_decodes_and_every_trace_is_assembled, test_trace_field_matches_manifest = suite_tests(
    INSTRUMENTATIONS, list(SCENARIOS), KNOWN_BUGS)


@pytest.mark.parametrize("instrumentation", INSTRUMENTATIONS)
def test_manifest_is_derived_from_the_run(emitted: Emitted, instrumentation: str) -> None:
    """Guards the oracle: the instructions sent as the system message, the tool's result, the provider error."""
    by_name = emitted(instrumentation).manifest.by_scenario()
    assert set(by_name) == set(SCENARIOS)
    chat = by_name["chat_system_prompt"]
    assert chat.system and "travel" in chat.system and chat.model == "gpt-4o-mini-2024-07-18"
    tool = by_name["tool_round_trip"]
    assert [(c.name, c.arguments) for c in tool.tool_calls] == [("get_weather", {"location": "Paris"})]
    assert tool.output is not None and str(tool.tool_calls[0].result["temperature_c"]) in tool.output
    error = by_name["provider_error"].error
    assert error is not None and error.message and "Rate limit reached" in error.message
