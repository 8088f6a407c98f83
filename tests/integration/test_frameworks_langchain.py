"""LangChain (``ChatOpenAI`` on the OpenAI stub, an in-memory retriever, a bound tool) under OpenInference's
and Traceloop's LangChain instrumentations; every trace-record field compared with the manifest.
"""

from __future__ import annotations

import pytest
from trace_checks import Emitted, suite_tests
from tracecase_sampleapp.frameworks import instrumentations_of
from tracecase_sampleapp.frameworks.langchain_suite import SCENARIOS

pytestmark = pytest.mark.slow
INSTRUMENTATIONS = instrumentations_of("langchain")

KNOWN_BUGS: dict[tuple[str, str, str], str] = {}


test_every_file_decodes_and_every_trace_is_assembled, test_trace_field_matches_manifest = suite_tests(
    INSTRUMENTATIONS, list(SCENARIOS), KNOWN_BUGS
)


@pytest.mark.parametrize("instrumentation", INSTRUMENTATIONS)
def test_manifest_is_derived_from_the_run(emitted: Emitted, instrumentation: str) -> None:
    """Guards the oracle: documents the retriever ranked, calls the stub requested, text it answered."""
    by_name = emitted(instrumentation).manifest.by_scenario()
    assert set(by_name) == set(SCENARIOS)
    rag = by_name["retrieval_augmented"]
    assert [d.metadata["source"] for d in rag.context_documents] == ["policy.md", "faq.md"]
    assert rag.input_messages and all(d.content in (rag.input_messages[0].content or "") for d in rag.context_documents)
    tool = by_name["tool_round_trip"]
    assert [(c.name, c.arguments) for c in tool.tool_calls] == [("get_weather", {"location": "Paris"})]
    assert tool.output is not None and str(tool.tool_calls[0].result["temperature_c"]) in tool.output
    assert tool.span_kinds.count("llm") == 2
    assert by_name["provider_error"].error is not None and by_name["provider_error"].model == "error-429"
