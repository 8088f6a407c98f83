"""The trace's system prompt and input (CONVENTIONS 7.4): the first LLM call that recorded its input (the
innermost of nested LLM spans), else the root agent/chain span's conversation (pydantic-ai records a
failed first request nowhere else).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from rawspan_factory import T0, raw_span

from ingest.assemble import build_trace
from ingest.normalize import normalize_span
from ingest.normalize._messages import messages_from_list
from ingest.normalize.adapters.pydantic_ai import split_run
from ingest.records import STATUS_ERROR, RawSpan

MS = 1_000_000
SYSTEM = {"role": "system", "parts": [{"type": "text", "content": "You are a helpful assistant."}]}


def _user(text: str) -> dict[str, Any]:
    return {"role": "user", "parts": [{"type": "text", "content": text}]}


_CALL = {"role": "assistant", "parts": [{"type": "tool_call", "id": "c1", "name": "news", "arguments": "{}"}]}
_ANSWER = {"role": "assistant", "parts": [{"type": "text", "content": "Done."}]}


def _tool_response(role: str) -> dict[str, Any]:
    return {"role": role, "parts": [{"type": "tool_call_response", "id": "c1", "name": "news", "result": "ok"}]}


def _agent(**attributes: Any) -> RawSpan:
    return raw_span(
        {"gen_ai.operation.name": "invoke_agent", "gen_ai.agent.name": "news_agent", **attributes},
        name="invoke_agent news_agent",
        span="000000000000000a",
        scope="pydantic-ai",
    )


def _chat(start: int, inputs: list[dict[str, Any]] | None = None, *, failed: bool = False) -> RawSpan:
    attributes: dict[str, Any] = {"gen_ai.operation.name": "chat", "gen_ai.request.model": "gpt-4o-mini"}
    if inputs is not None:
        attributes["gen_ai.input.messages"] = json.dumps(inputs)
    return raw_span(
        attributes,
        name="chat gpt-4o-mini",
        parent="000000000000000a",
        start=T0 + start * MS,
        status_code=STATUS_ERROR if failed else 0,
    )


def _retriever_root() -> RawSpan:
    return raw_span(
        {"openinference.span.kind": "RETRIEVER", "input.value": "news today"}, span="000000000000000a", name="retrieve"
    )


def _llama_index_rag() -> list[RawSpan]:
    """LlamaIndex's query engine under OpenInference (as captured from llama-index-core 0.14): the
    ``predict`` LLM span holds the prompt template's repr, its ``chat`` child the messages sent."""
    scope = "openinference.instrumentation.llama_index"
    query = {"openinference.span.kind": "CHAIN", "input.value": "How long do refunds take?"}
    template = "SelectorPromptTemplate(metadata={'prompt_type': <PromptType.QUESTION_ANSWER: 'text_qa'>})"
    predict = {
        "openinference.span.kind": "LLM",
        "llm.model_name": "gpt-4o-mini",
        "input.value": json.dumps({"prompt": template}),
        "input.mime_type": "application/json",
        "llm.prompt_template.template": "Context information is below.\n{context_str}\nQuery: {query_str}\nAnswer: ",
    }
    chat = {
        "openinference.span.kind": "LLM",
        "llm.model_name": "gpt-4o-mini",
        "input.value": json.dumps({"messages": ["ChatMessage(role=<MessageRole.SYSTEM: 'system'>, blocks=[...])"]}),
        "input.mime_type": "application/json",
        "llm.input_messages.0.message.role": "system",
        "llm.input_messages.0.message.content": "You are an expert Q&A system.",
        "llm.input_messages.1.message.role": "user",
        "llm.input_messages.1.message.content": _RAG_PROMPT,
    }
    return [
        raw_span(query, name="RetrieverQueryEngine.query", span="000000000000000a", scope=scope),
        raw_span(predict, name="OpenAI.predict", span="000000000000000b", parent="000000000000000a", scope=scope),
        raw_span(chat, name="OpenAI.chat", span="000000000000000c", parent="000000000000000b", scope=scope),
    ]


_RAG_PROMPT = "Context information is below.\nRefunds take 5 business days.\nQuery: How long do refunds take?\nAnswer: "
_ALL = json.dumps([SYSTEM, _user("Summarise today's news.")])
_EXPECTED_FALLBACK = ("You are a helpful assistant.", [("user", "Summarise today's news.")])


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        pytest.param(
            [_agent(**{"pydantic_ai.all_messages": _ALL}), _chat(1, failed=True)],
            _EXPECTED_FALLBACK,
            id="failed-request-falls-back-to-all_messages",
        ),
        pytest.param(
            [
                _agent(
                    **{
                        "gen_ai.input.messages": json.dumps([_user("Summarise today's news.")]),
                        "gen_ai.system_instructions": json.dumps(
                            [{"type": "text", "content": "You are a helpful assistant."}]
                        ),
                    }
                ),
                _chat(1, failed=True),
            ],
            _EXPECTED_FALLBACK,
            id="invoke_agent-gen_ai-input",
        ),
        pytest.param(
            [
                _agent(**{"pydantic_ai.all_messages": json.dumps([_user("From the agent")])}),
                _chat(1, [SYSTEM, _user("Summarise today's news.")]),
            ],
            _EXPECTED_FALLBACK,
            id="a-recorded-llm-input-wins",
        ),
        pytest.param(
            [
                _agent(**{"pydantic_ai.all_messages": json.dumps([_user("From the agent")])}),
                _chat(1, failed=True),
                _chat(2, [SYSTEM, _user("Summarise today's news.")]),
            ],
            _EXPECTED_FALLBACK,
            id="retried-request-with-input-wins",
        ),
        pytest.param(
            _llama_index_rag(),
            ("You are an expert Q&A system.", [("user", _RAG_PROMPT)]),
            id="the-client-call-inside-a-framework-llm-span",
        ),
        pytest.param([_agent(), _chat(1, failed=True)], (None, []), id="nothing-recorded-anywhere"),
        pytest.param([_retriever_root()], (None, []), id="non-agent-root-is-not-a-conversation"),
    ],
)
def test_trace_prompt_source(spans: list[RawSpan], expected: tuple[str | None, list[tuple[str, str]]]) -> None:
    record = build_trace([normalize_span(s) for s in spans])
    assert (record.system, [(m.role, m.content) for m in record.input_messages]) == expected


@pytest.mark.parametrize(
    ("conversation", "inputs", "outputs"),
    [
        pytest.param([SYSTEM, _user("Q")], [("system", None), ("user", "Q")], [], id="failed-before-any-answer"),
        pytest.param(
            [SYSTEM, _user("Q"), _CALL, _tool_response("user"), _ANSWER],
            [("system", None), ("user", "Q")],
            [("assistant", None), ("user", "c1"), ("assistant", None)],
            id="v2-tool-results-as-user",
        ),
        pytest.param(
            [_user("Q"), _CALL, _tool_response("tool"), _ANSWER],
            [("user", "Q")],
            [("assistant", None), ("tool", "c1"), ("assistant", None)],
            id="v6-tool-role",
        ),
        pytest.param(
            [_user("Q1"), _ANSWER, _user("Q2"), _ANSWER],
            [("user", "Q1"), ("assistant", None), ("user", "Q2")],
            [("assistant", None)],
            id="message-history-is-input",
        ),
        pytest.param([_ANSWER], [("assistant", None)], [], id="no-prompt-at-all"),
    ],
)
def test_split_run(
    conversation: list[dict[str, Any]], inputs: list[tuple[str, Any]], outputs: list[tuple[str, Any]]
) -> None:
    def shape(messages: list[dict[str, Any]]) -> list[tuple[str, Any]]:
        return [
            (m["role"], m.get("tool_call_id") or (m.get("content") if m["role"] == "user" else None)) for m in messages
        ]

    got_inputs, got_outputs = split_run(messages_from_list(conversation))
    assert (shape(got_inputs), shape(got_outputs)) == (inputs, outputs)


def test_agent_span_reads_its_run() -> None:
    span = normalize_span(_agent(**{"pydantic_ai.all_messages": json.dumps([SYSTEM, _user("Q"), _ANSWER])}))
    assert (span.system, [m.content for m in span.input_messages], [m.content for m in span.output_messages]) == (
        "You are a helpful assistant.",
        ["Q"],
        ["Done."],
    )
    assert "pydantic_ai.all_messages" not in span.attributes


def test_unparseable_all_messages_stays_as_evidence() -> None:
    span = normalize_span(_agent(**{"pydantic_ai.all_messages": '[{"role": "user", "parts": [{"ty'}))
    assert span.input_messages == [] and "pydantic_ai.all_messages" in span.attributes
