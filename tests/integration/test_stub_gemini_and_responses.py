"""The stubs added for the agent-framework producers: Gemini ``generateContent`` and OpenAI ``/v1/responses``,
each answering like the chat stub it translates to (a tool call for a tool-worthy question, then an answer
from the tool's result)."""

from __future__ import annotations

import json
import urllib.request
from typing import Any

import openai
from tracecase_sampleapp.stub_gemini import StubGeminiServer
from tracecase_sampleapp.stub_openai import StubOpenAIServer

_TOOL = {
    "name": "get_weather",
    "description": "Get the weather",
    "parameters": {"type": "object", "properties": {"location": {"type": "string"}}, "required": ["location"]},
}


def _post(url: str, body: dict[str, Any]) -> dict[str, Any]:
    request = urllib.request.Request(url, json.dumps(body).encode(), {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        answer: dict[str, Any] = json.loads(response.read())
    return answer


def test_gemini_generate_content_round_trip() -> None:
    with StubGeminiServer() as stub:
        url = f"{stub.base_url}/v1beta/models/gemini-2.5-flash:generateContent"
        question = {"role": "user", "parts": [{"text": "Weather in Paris?"}]}
        first = _post(
            url,
            {
                "contents": [question],
                "tools": [{"functionDeclarations": [_TOOL]}],
                "systemInstruction": {"parts": [{"text": "Be brief."}]},
            },
        )
        call = first["candidates"][0]["content"]["parts"][0]["functionCall"]
        assert call == {"name": "get_weather", "args": {"location": "Paris"}}  # Gemini sends no call id
        second = _post(
            url,
            {
                "contents": [
                    question,
                    {"role": "model", "parts": [{"functionCall": call}]},
                    {
                        "role": "user",
                        "parts": [{"functionResponse": {"name": "get_weather", "response": {"temperature_c": 3}}}],
                    },
                ]
            },
        )
        text = second["candidates"][0]["content"]["parts"][0]["text"]
        assert "temperature_c" in text and second["usageMetadata"]["totalTokenCount"] > 0
        assert second["modelVersion"] == "gemini-2.5-flash"


def test_openai_responses_round_trip() -> None:
    with StubOpenAIServer() as stub:
        client = openai.OpenAI(base_url=stub.base_url, api_key="sk-stub", max_retries=0)
        tool = {"type": "function", **_TOOL}
        first = client.responses.create(
            model="gpt-4o-mini", instructions="Be brief.", input="Weather in Paris?", tools=[tool]
        )  # type: ignore[list-item]
        (call,) = [item for item in first.output if item.type == "function_call"]
        assert (call.name, json.loads(call.arguments)) == ("get_weather", {"location": "Paris"})
        second = client.responses.create(
            model="gpt-4o-mini",
            input=[
                {"role": "user", "content": "Weather in Paris?"},
                {"type": "function_call", "call_id": call.call_id, "name": call.name, "arguments": call.arguments},
                {"type": "function_call_output", "call_id": call.call_id, "output": '{"temperature_c": 3}'},
            ],
        )
        assert "temperature_c" in second.output_text and second.model == "gpt-4o-mini-2024-07-18"
        assert second.usage is not None and second.usage.total_tokens > 0
