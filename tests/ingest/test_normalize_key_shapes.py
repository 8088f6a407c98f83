"""Per-key-set caches (``_keys.KeyShape``) never change what a span normalizes to.

Facts cached per attribute key set (families, ladder plan, detected adapters, kept keys) must
only depend on the keys: spans that share a key set but differ in values, scope or events are
normalized here with the caches warm and again with them emptied before every span, and must
come out the same.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from rawspan_factory import event, raw_span

from ingest.normalize import _keys, normalize_span, register_adapter
from ingest.normalize._registry import _REGISTRY
from ingest.records import RawSpan
from schemas.span import NormalizedSpan

OPENAI_SCOPE = "opentelemetry.instrumentation.openai.v1"
LADDERS = {"gen_ai.request.model": "m", "gen_ai.usage.input_tokens": 3, "gen_ai.provider.name": "openai", "x": 1}

# Each group: spans with one key set (in one key order) that must not share what they differ in.
GROUPS: dict[str, list[RawSpan]] = {
    "scope decides traceloop": [
        raw_span({"gen_ai.request.model": "m"}, scope=OPENAI_SCOPE),
        raw_span({"gen_ai.request.model": "m"}, scope="tests"),
        raw_span({"gen_ai.request.model": "m"}, scope=OPENAI_SCOPE),
    ],
    "events decide the legacy adapter": [
        raw_span({"gen_ai.request.model": "m"}, events=[event("gen_ai.user.message", {"content": "hi"})]),
        raw_span({"gen_ai.request.model": "m"}),
    ],
    "empty ladder values are not consumed": [
        raw_span(LADDERS),
        raw_span({**LADDERS, "gen_ai.usage.input_tokens": ""}),
        raw_span({**LADDERS, "gen_ai.request.model": None}),
        raw_span(LADDERS),
    ],
    "framework name in the provider slot": [
        raw_span({"gen_ai.system": "langchain", "llm.provider": "anthropic"}),
        raw_span({"gen_ai.system": "openai", "llm.provider": "anthropic"}),
        raw_span({"gen_ai.system": "langchain", "llm.provider": "langgraph"}),
    ],
    "non-text model falls back to the request model": [
        raw_span({"gen_ai.response.model": 7, "gen_ai.request.model": "req"}),
        raw_span({"gen_ai.response.model": ["x"], "gen_ai.request.model": "req"}),
        raw_span({"gen_ai.response.model": "resp", "gen_ai.request.model": "req"}),
    ],
    "openinference messages, plain then not": [
        raw_span(
            {
                "openinference.span.kind": "LLM",
                "llm.input_messages.0.message.role": "user",
                "llm.input_messages.0.message.content": "a",
                "llm.input_messages.1.message.role": "assistant",
                "llm.input_messages.1.message.content": "b",
            }
        ),
        raw_span(
            {
                "openinference.span.kind": "LLM",
                "llm.input_messages.0.message.role": "user",
                "llm.input_messages.0.message.content": "a",
                "llm.input_messages.1.message.role": "",
                "llm.input_messages.1.message.content": '[{"type": "text", "text": "parts"}]',
            }
        ),
    ],
}


def _dump(span: NormalizedSpan) -> str:
    return span.model_dump_json(exclude={"span_id"})


@pytest.mark.parametrize("group", GROUPS.values(), ids=GROUPS.keys())
def test_warm_caches_give_what_cold_caches_give(group: list[RawSpan]) -> None:
    cold = []
    for raw in group:
        _keys._SHAPES.clear()
        cold.append(_dump(normalize_span(raw)))
    warm = [_dump(normalize_span(raw)) for raw in group]
    assert warm == cold


def test_spans_sharing_keys_still_differ_where_their_values_do() -> None:
    # The differential test above would pass if nothing were cached; this pins that the spans differ.
    first, second, _, _ = (normalize_span(raw) for raw in GROUPS["empty ladder values are not consumed"])
    assert first.usage is not None and first.usage.input_tokens == 3
    assert second.usage is None and second.attributes == {"gen_ai.usage.input_tokens": "", "x": 1}
    traceloop, otel, _ = (normalize_span(raw) for raw in GROUPS["scope decides traceloop"])
    assert (traceloop.convention, otel.convention) == ("traceloop", "otel_genai")


def test_shape_is_shared_by_key_set_and_order() -> None:
    a = _keys.shape_of({"llm.model_name": 1, "gen_ai.system": 2})
    assert _keys.shape_of({"llm.model_name": "x", "gen_ai.system": None}) is a
    assert _keys.shape_of({"gen_ai.system": 2, "llm.model_name": 1}) is not a
    assert a.roots == {"llm", "gen_ai"} and a.family_list == ("llm", "gen_ai")


@pytest.fixture
def value_probe() -> Iterator[None]:
    """A registered adapter whose detection reads a value; the registry is restored afterwards."""
    saved = (_REGISTRY.by_name.copy(), _REGISTRY.ordered, _REGISTRY.cacheable)

    def detect(ctx: Any) -> bool:
        return bool(ctx.attributes.get("probe") == "yes")

    register_adapter("value_probe", order=99, label_rank=0, detect=detect, detect_by_keys=False)(lambda ctx: None)
    try:
        yield
    finally:
        _REGISTRY.by_name, _REGISTRY.ordered, _REGISTRY.cacheable = saved


@pytest.mark.usefixtures("value_probe")
def test_value_based_detection_is_not_cached() -> None:
    conventions = [normalize_span(raw_span({"probe": value})).convention for value in ("yes", "no", "yes")]
    assert conventions == ["value_probe", "generic", "value_probe"]
