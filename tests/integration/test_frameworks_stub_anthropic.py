"""The stub Anthropic server, exercised through the real ``anthropic`` client (no instrumentation)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import anthropic
import pytest
from tracecase_sampleapp.stub_anthropic import StubAnthropicServer
from tracecase_sampleapp.stub_anthropic_responses import message, message_events
from tracecase_sampleapp.stub_responses import count_tokens

MODEL = "claude-sonnet-4-6"
WEATHER = {
    "name": "get_weather",
    "description": "Get the weather",
    "input_schema": {"type": "object", "properties": {"location": {"type": "string"}}, "required": ["location"]},
}
CACHED_SYSTEM = [{"type": "text", "text": "You are a weather assistant.", "cache_control": {"type": "ephemeral"}}]


@pytest.fixture(scope="module")
def stub() -> Iterator[StubAnthropicServer]:
    with StubAnthropicServer() as server:
        yield server


@pytest.fixture(scope="module")
def client(stub: StubAnthropicServer) -> Iterator[anthropic.Anthropic]:
    with anthropic.Anthropic(base_url=stub.base_url, api_key="sk-test", max_retries=0) as c:
        yield c


def test_answer_is_derived_from_the_request(client: anthropic.Anthropic) -> None:
    kwargs: dict[str, Any] = {
        "model": MODEL,
        "max_tokens": 64,
        "system": "Be brief.",
        "messages": [{"role": "user", "content": "Hello, Zürich!"}],
    }
    first, again = client.messages.create(**kwargs), client.messages.create(**kwargs)
    assert first.model_dump() == again.model_dump()
    assert first.model == "claude-sonnet-4-6-20250929" and first.stop_reason == "end_turn"
    assert [b.type for b in first.content] == ["text"]
    assert first.content[0].text == "Here is what I know about “Hello, Zürich!”."  # type: ignore[union-attr]
    # uncached system tokens + 3 per message + its tokens + 3 priming; output = tokens of the reply
    assert first.usage.input_tokens == 3 + (3 + 4) + 3
    assert first.usage.output_tokens == count_tokens(first.content[0].text)  # type: ignore[union-attr]
    assert (first.usage.cache_read_input_tokens, first.usage.cache_creation_input_tokens) == (0, 0)


@pytest.mark.parametrize(
    ("user_text", "tools", "expected"),
    [
        ("What's the weather in Paris?", [WEATHER], [("get_weather", {"location": "Paris"})]),
        (
            "Compare the weather in Lisbon and Oslo.",
            [WEATHER],
            [("get_weather", {"location": "Lisbon"}), ("get_weather", {"location": "Oslo"})],
        ),
        ("Tell me a joke about Paris.", [WEATHER], []),  # tools offered, nothing tool-ish asked
        ("What's the weather in Paris?", [], []),  # tool-ish, but no tools offered
    ],
)
def test_tool_use_only_when_offered_and_asked(
    client: anthropic.Anthropic, user_text: str, tools: list[Any], expected: list[tuple[str, dict[str, str]]]
) -> None:
    response = client.messages.create(
        model=MODEL,
        max_tokens=64,
        tools=tools,  # type: ignore[arg-type]
        messages=[{"role": "user", "content": user_text}],
    )
    calls = [(b.name, b.input) for b in response.content if b.type == "tool_use"]
    assert calls == expected
    assert response.stop_reason == ("tool_use" if expected else "end_turn")
    assert len({b.id for b in response.content if b.type == "tool_use"}) == len(expected)


def test_tool_result_turn_is_answered_from_the_results(client: anthropic.Anthropic) -> None:
    result = json.dumps({"location": "Paris", "temperature_c": 21})
    response = client.messages.create(
        model=MODEL,
        max_tokens=64,
        tools=[WEATHER],
        messages=[  # type: ignore[list-item]
            {"role": "user", "content": "What's the weather in Paris?"},
            {
                "role": "assistant",
                "content": [
                    {"type": "tool_use", "id": "toolu_1", "name": "get_weather", "input": {"location": "Paris"}}
                ],
            },
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1", "content": result}]},
        ],
    )
    assert response.content[0].text == f"According to the tool, {result}"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("turns", "cache_write", "cache_read"),
    [
        (1, 6, 0),  # first turn writes the cached system block ("You are a weather assistant." = 6)
        (3, 0, 6),  # follow-ups read it
    ],
)
def test_cached_system_block_is_reported_as_cache_traffic(
    client: anthropic.Anthropic, turns: int, cache_write: int, cache_read: int
) -> None:
    roles = ["user", "assistant", "user"][:turns]
    response = client.messages.create(
        model=MODEL,
        max_tokens=64,
        system=CACHED_SYSTEM,  # type: ignore[arg-type]
        messages=[{"role": r, "content": "Hi"} for r in roles],
    )
    assert response.usage.cache_creation_input_tokens == cache_write
    assert response.usage.cache_read_input_tokens == cache_read
    assert response.usage.input_tokens == turns * (3 + 1) + 3  # cached tokens are not in input_tokens


@pytest.mark.parametrize("user_text", ["Write a line about the sea at dawn.", "What's the weather in Oslo?"])
def test_stream_reassembles_to_the_plain_answer(client: anthropic.Anthropic, user_text: str) -> None:
    kwargs: dict[str, Any] = {
        "model": MODEL,
        "max_tokens": 64,
        "tools": [WEATHER],
        "system": CACHED_SYSTEM,
        "messages": [{"role": "user", "content": user_text}],
    }
    with client.messages.stream(**kwargs) as stream:
        streamed = stream.get_final_message()
    assert streamed.model_dump() == client.messages.create(**kwargs).model_dump()


def test_stream_events_follow_the_api_order() -> None:
    body = {"model": MODEL, "messages": [{"role": "user", "content": "Say hi to Oslo."}]}
    names = [name for name, _ in message_events(body)]
    assert names[0] == "message_start" and names[-2:] == ["message_delta", "message_stop"]
    assert names.count("content_block_start") == names.count("content_block_stop") == len(message(body)["content"])


@pytest.mark.parametrize(
    ("model", "error", "status"),
    [
        ("error-429", anthropic.RateLimitError, 429),
        ("error-529", anthropic.InternalServerError, 529),
    ],
)
def test_error_models_fail_like_the_api(
    client: anthropic.Anthropic, model: str, error: type[Exception], status: int
) -> None:
    with pytest.raises(error) as raised:
        client.messages.create(model=model, max_tokens=64, messages=[{"role": "user", "content": "Hi"}])
    assert raised.value.status_code == status  # type: ignore[attr-defined]


def test_unknown_path_is_404(stub: StubAnthropicServer, client: anthropic.Anthropic) -> None:
    with pytest.raises(anthropic.NotFoundError):
        client.post("/v1/complete", cast_to=object, body={"model": MODEL})
    assert stub.requests[-1][0] == "/v1/complete"
