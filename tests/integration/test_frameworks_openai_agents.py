"""The OpenAI Agents SDK on the OpenAI stub (Responses API, its default, and chat completions) traced by its
OpenInference instrumentor; every trace-record field compared with the manifest.
"""

from __future__ import annotations

import pytest
from trace_checks import Emitted, check_agent_oracle, suite_tests
from tracecase_sampleapp.frameworks import instrumentations_of
from tracecase_sampleapp.frameworks.openai_agents_suite import SCENARIOS

pytestmark = pytest.mark.slow
INSTRUMENTATIONS = instrumentations_of("openai-agents")

_RESPONSES, _CHAT = "openai-agents-openinference", "openai-agents-openinference-chat"
_NO_RESPONSE_MODEL = (
    "producer: on chat completions the SDK's generation span data holds the requested model "
    "only, so the instrumentor records no response model"
)
_NO_ERROR_TYPE = "producer: the SDK records a span error as a message and data dict (no exception type or event)"
_FAILED_RESPONSE = (
    "producer: a Responses call that fails leaves its span without input or model (the "
    "instrumentor records them from the finished response)"
)
KNOWN_BUGS: dict[tuple[str, str, str], str] = {
    (_CHAT, "chat_system_prompt", "model"): _NO_RESPONSE_MODEL,
    (_CHAT, "tool_round_trip", "model"): _NO_RESPONSE_MODEL,
    (_CHAT, "provider_error", "error"): _NO_ERROR_TYPE,
    (_RESPONSES, "provider_error", "error"): _NO_ERROR_TYPE,
    (_RESPONSES, "provider_error", "system"): _FAILED_RESPONSE,
    (_RESPONSES, "provider_error", "input_messages"): _FAILED_RESPONSE,
    (_RESPONSES, "provider_error", "model"): _FAILED_RESPONSE,
}


test_every_file_decodes_and_every_trace_is_assembled, test_trace_field_matches_manifest = suite_tests(
    INSTRUMENTATIONS, list(SCENARIOS), KNOWN_BUGS
)


@pytest.mark.parametrize("instrumentation", INSTRUMENTATIONS)
def test_manifest_is_derived_from_the_run(emitted: Emitted, instrumentation: str) -> None:
    """Guards the oracle: the instructions sent as the system message, the tool's result, the provider error."""
    manifest = emitted(instrumentation).manifest
    check_agent_oracle(manifest, SCENARIOS, "travel", "gpt-4o-mini-2024-07-18")
    error = manifest.by_scenario()["provider_error"].error
    assert error is not None and error.message and "Rate limit reached" in error.message
