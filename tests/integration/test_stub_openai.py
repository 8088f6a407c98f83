"""The stub OpenAI server, exercised through the real ``openai`` client."""

from __future__ import annotations

import base64
import json
import struct
from collections.abc import Iterator

import openai
import pytest
from tracecase_sampleapp.stub_openai import StubOpenAIServer
from tracecase_sampleapp.stub_responses import EMBEDDING_DIMENSIONS, chat_completion, count_tokens, embedding_vector

WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": {"type": "object", "properties": {"location": {"type": "string"}}, "required": ["location"]},
    },
}


@pytest.fixture(scope="module")
def client() -> Iterator[openai.OpenAI]:
    with StubOpenAIServer() as stub, openai.OpenAI(base_url=stub.base_url, api_key="sk-test", max_retries=0) as c:
        yield c


def test_chat_answer_is_derived_from_the_request(client: openai.OpenAI) -> None:
    messages = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hello, Zürich!"}]
    first = client.chat.completions.create(model="gpt-4o-mini", messages=messages)  # type: ignore[arg-type]
    again = client.chat.completions.create(model="gpt-4o-mini", messages=messages)  # type: ignore[arg-type]
    assert first.model_dump() == again.model_dump()
    assert first.model == "gpt-4o-mini-2024-07-18"
    assert first.choices[0].message.content == "Here is what I know about “Hello, Zürich!”."
    assert first.choices[0].finish_reason == "stop"
    # usage: 3 per message + its tokens, + 3 priming; completion = tokens of the reply
    assert first.usage is not None
    assert first.usage.prompt_tokens == (3 + 3) + (3 + 4) + 3  # "Be brief." = 3, "Hello, Zürich!" = 4
    assert first.usage.completion_tokens == count_tokens(first.choices[0].message.content or "")
    assert first.usage.total_tokens == first.usage.prompt_tokens + first.usage.completion_tokens


@pytest.mark.parametrize(
    ("user_text", "tools", "expected_calls"),
    [
        ("What's the weather in Paris?", [WEATHER], [("get_weather", {"location": "Paris"})]),
        ("weather in são paulo please", [WEATHER], [("get_weather", {"location": "weather in são paulo please"})]),
        (
            "Compare the weather in Lisbon and Oslo.",
            [WEATHER],
            [("get_weather", {"location": "Lisbon"}), ("get_weather", {"location": "Oslo"})],
        ),
        ("Weather in Oslo, Oslo and Oslo?", [WEATHER], [("get_weather", {"location": "Oslo"})]),
        ("Tell me a joke about Paris.", [WEATHER], []),  # tools offered, nothing tool-ish asked
        ("What's the weather in Paris?", None, []),  # tool-ish, but no tools offered
    ],
)
def test_tool_calls_only_when_offered_and_asked(
    client: openai.OpenAI, user_text: str, tools: list | None, expected_calls: list[tuple]
) -> None:
    extra = {"tools": tools} if tools else {}
    response = client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": user_text}], **extra
    )  # type: ignore[call-overload]
    choice = response.choices[0]
    if not expected_calls:
        assert choice.message.tool_calls is None
        assert choice.finish_reason == "stop"
        return
    assert choice.finish_reason == "tool_calls"
    calls = choice.message.tool_calls or []
    assert [(c.function.name, json.loads(c.function.arguments)) for c in calls] == expected_calls
    assert all(c.id.startswith("call_") for c in calls)
    assert len({c.id for c in calls}) == len(calls)


def test_tool_result_turn_answers_from_every_tool_result(client: openai.OpenAI) -> None:
    call = {"type": "function", "function": {"name": "get_weather", "arguments": "{}"}}
    messages = [
        {"role": "user", "content": "Weather in Oslo and Rome?"},
        {"role": "assistant", "tool_calls": [{"id": "call_1", **call}, {"id": "call_2", **call}]},
        {"role": "tool", "tool_call_id": "call_1", "content": '{"temperature_c": 3}'},
        {"role": "tool", "tool_call_id": "call_2", "content": '{"temperature_c": 21}'},
    ]
    response = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=messages,  # type: ignore[arg-type]
        tools=[WEATHER],
    )  # type: ignore[list-item]
    assert response.choices[0].message.content == 'According to the tool, {"temperature_c": 3}; {"temperature_c": 21}'


def test_stream_reassembles_to_the_plain_answer_with_usage_last(client: openai.OpenAI) -> None:
    messages = [{"role": "user", "content": "Write a line about the sea."}]
    plain = client.chat.completions.create(model="gpt-4o-mini", messages=messages)  # type: ignore[arg-type]
    chunks = list(
        client.chat.completions.create(
            model="gpt-4o-mini",
            messages=messages,  # type: ignore[call-overload]
            stream=True,
            stream_options={"include_usage": True},
        )
    )
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == plain.choices[0].message.content
    assert len(chunks) > 3
    assert chunks[-1].choices == [] and chunks[-1].usage == plain.usage
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "stop"


def test_stream_without_include_usage_has_no_usage_chunk(client: openai.OpenAI) -> None:
    chunks = list(
        client.chat.completions.create(
            model="gpt-4o-mini",
            stream=True,  # type: ignore[call-overload]
            messages=[{"role": "user", "content": "Hi"}],
        )
    )
    assert all(c.usage is None for c in chunks)


@pytest.mark.parametrize(
    ("model", "error", "status"),
    [("error-429", openai.RateLimitError, 429), ("error-500", openai.InternalServerError, 500)],
)
def test_magic_models_fail_like_the_real_api(client: openai.OpenAI, model: str, error: type, status: int) -> None:
    with pytest.raises(error) as raised:
        client.chat.completions.create(model=model, messages=[{"role": "user", "content": "x"}])
    assert raised.value.status_code == status  # type: ignore[attr-defined]


@pytest.mark.parametrize("encoding_format", ["float", "base64", None])
def test_embeddings_match_the_hash_vector_in_every_encoding(client: openai.OpenAI, encoding_format: str | None) -> None:
    extra = {"encoding_format": encoding_format} if encoding_format else {}
    response = client.embeddings.create(model="text-embedding-3-small", input=["refund policy", "café"], **extra)  # type: ignore[arg-type]
    # The client decodes base64 itself when it chose it; an explicit request gets the raw string back.
    got = [v for d in response.data for v in _floats(d.embedding)]
    assert got == pytest.approx(embedding_vector("refund policy") + embedding_vector("café"), abs=1e-6)
    assert len(_floats(response.data[0].embedding)) == EMBEDDING_DIMENSIONS
    assert response.usage.prompt_tokens == count_tokens("refund policy") + count_tokens("café") == 3
    assert response.model == "text-embedding-3-small-2024-07-18"


def _floats(embedding: list[float] | str) -> list[float]:
    if isinstance(embedding, str):
        raw = base64.b64decode(embedding)
        return list(struct.unpack(f"<{len(raw) // 4}f", raw))
    return embedding


def test_embedding_vectors_are_unit_length_and_distinct() -> None:
    a, b = embedding_vector("alpha"), embedding_vector("beta")
    assert sum(v * v for v in a) == pytest.approx(1.0, abs=1e-5)
    assert a != b


def test_unknown_path_is_a_404_and_requests_are_recorded() -> None:
    with StubOpenAIServer() as stub, openai.OpenAI(base_url=stub.base_url, api_key="k", max_retries=0) as c:
        with pytest.raises(openai.NotFoundError):
            c.models.list()
        c.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
        assert [path for path, _ in stub.requests] == ["/v1/chat/completions"]


def test_ids_depend_on_the_request() -> None:
    one = chat_completion({"model": "m", "messages": [{"role": "user", "content": "a"}]})
    two = chat_completion({"model": "m", "messages": [{"role": "user", "content": "b"}]})
    assert one["id"] != two["id"]
