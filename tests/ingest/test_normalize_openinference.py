"""OpenInference spans (CONVENTIONS 2.2 examples, openinference-instrumentation-openai 0.1.66)."""

from __future__ import annotations

import pytest
from rawspan_factory import raw_span

from ingest.normalize import normalize_span
from schemas import Feedback, Message, ToolCallRequest

CHAT = {
    "openinference.span.kind": "LLM",
    "llm.provider": "openai",
    "llm.system": "openai",
    "input.value": '{"model": "gpt-4o-mini", "messages": [{"role": "system", "content": "You are a concise geography '
    'assistant."}, {"role": "user", "content": "What is the capital of France?"}], "temperature": 0.2}',
    "input.mime_type": "application/json",
    "output.value": '{"id":"chatcmpl-abc123","choices":[{"message":{"role":"assistant","content":"Paris."}}]}',
    "output.mime_type": "application/json",
    "session.id": "sess-42",
    "user.id": "user-7",
    "metadata": '{"tenant": "acme"}',
    "tag.tags": ["prod"],
    "llm.invocation_parameters": '{"model": "gpt-4o-mini", "temperature": 0.2}',
    "llm.input_messages.0.message.role": "system",
    "llm.input_messages.0.message.content": "You are a concise geography assistant.",
    "llm.input_messages.1.message.role": "user",
    "llm.input_messages.1.message.content": "What is the capital of France?",
    "llm.model_name": "gpt-4o-mini-2024-07-18",
    "llm.token_count.total": 33,
    "llm.token_count.prompt": 25,
    "llm.token_count.completion": 8,
    "llm.token_count.prompt_details.cache_read": 0,
    "llm.token_count.completion_details.reasoning": 0,
    "llm.output_messages.0.message.role": "assistant",
    "llm.output_messages.0.message.content": "Paris is the capital of France.",
    "llm.finish_reason": "stop",
}
TOOL_CALLS = {
    "openinference.span.kind": "LLM",
    "llm.input_messages.0.message.role": "system",
    "llm.input_messages.0.message.content": "You can call tools.",
    "llm.input_messages.1.message.role": "user",
    "llm.input_messages.1.message.content": "Weather in Paris?",
    "llm.output_messages.0.message.role": "assistant",
    "llm.output_messages.0.message.tool_calls.0.tool_call.id": "call_VSPygqKTWdrhaFErNvMV18Yl",
    "llm.output_messages.0.message.tool_calls.0.tool_call.function.name": "get_weather",
    "llm.output_messages.0.message.tool_calls.0.tool_call.function.arguments": '{"location": "Paris"}',
    "llm.finish_reason": "tool_calls",
    "llm.model_name": "gpt-4o-mini-2024-07-18",
}
SCHEMA = (
    '{"type": "object", "title": "get_weather", "description": "Get current weather for a city", '
    '"properties": {"location": {"type": "string"}}, "required": ["location"]}'
)
TOOL = {
    "openinference.span.kind": "TOOL",
    "tool.name": "get_weather",
    "tool.description": "Get current weather for a city",
    "tool.parameters": SCHEMA,
    "input.value": '{"location": "Paris"}',
    "input.mime_type": "application/json",
    "output.value": '{"temperature_c": 14, "conditions": "rainy"}',
    "output.mime_type": "application/json",
}
RETRIEVER = {
    "openinference.span.kind": "RETRIEVER",
    "input.value": "What is our refund policy?",
    "input.mime_type": "text/plain",
    "retrieval.documents.0.document.id": "kb-101",
    "retrieval.documents.0.document.score": 0.91,
    "retrieval.documents.0.document.content": "Refunds are accepted within 30 days of purchase.",
    "retrieval.documents.0.document.metadata": '{"source": "policy.md"}',
    "retrieval.documents.1.document.id": "kb-207",
    "retrieval.documents.1.document.score": 0.78,
    "retrieval.documents.1.document.content": "Digital goods are non-refundable once downloaded.",
    "retrieval.documents.1.document.metadata": '{"source": "faq.md"}',
}


def test_chat() -> None:
    span = normalize_span(raw_span(CHAT, name="ChatCompletion"))
    assert (span.kind, span.convention, span.model, span.provider) == (
        "llm",
        "openinference",
        "gpt-4o-mini-2024-07-18",
        "openai",
    )
    assert span.system == "You are a concise geography assistant."
    assert span.input_messages == [Message(role="user", content="What is the capital of France?")]
    assert span.output_messages == [Message(role="assistant", content="Paris is the capital of France.")]
    assert span.usage is not None
    assert span.usage.model_dump(exclude_none=True) == {
        "input_tokens": 25,
        "output_tokens": 8,
        "total_tokens": 33,
        "cache_read_tokens": 0,
        "reasoning_tokens": 0,
    }
    assert (span.session_id, span.user_id) == ("sess-42", "user-7")
    # raw request/response are the same call: consumed; unrelated context stays
    assert "input.value" not in span.attributes and "output.value" not in span.attributes
    assert span.attributes["metadata"] == '{"tenant": "acme"}'
    assert span.attributes["gen_ai.response.finish_reasons"] == ["stop"]


def test_tool_calls_in_output() -> None:
    span = normalize_span(raw_span(TOOL_CALLS))
    assert span.output_messages[0].tool_calls == [
        ToolCallRequest(id="call_VSPygqKTWdrhaFErNvMV18Yl", name="get_weather", arguments={"location": "Paris"})
    ]
    assert span.attributes["gen_ai.response.finish_reasons"] == ["tool_call"]


def test_tool_span_uses_input_value_not_the_schema() -> None:
    span = normalize_span(raw_span(TOOL, name="get_weather"))
    assert span.kind == "tool"
    assert span.tool is not None
    assert (span.tool.name, span.tool.arguments, span.tool.result) == (
        "get_weather",
        {"location": "Paris"},
        {"temperature_c": 14, "conditions": "rainy"},
    )
    assert span.attributes["tool.parameters"] == SCHEMA


def test_tool_parameters_holding_arguments_are_used() -> None:
    # agno / autogen write call arguments into tool.parameters and no input.value
    attributes = {
        "openinference.span.kind": "TOOL",
        "tool.name": "get_weather",
        "tool.parameters": '{"location": "Oslo"}',
    }
    span = normalize_span(raw_span(attributes))
    assert span.tool is not None and span.tool.arguments == {"location": "Oslo"}


def test_dual_write_ignores_schema_copied_into_gen_ai_arguments() -> None:
    attributes = {
        **TOOL,
        "gen_ai.operation.name": "execute_tool",
        "gen_ai.tool.name": "get_weather",
        "gen_ai.tool.call.arguments": SCHEMA,
    }
    span = normalize_span(raw_span(attributes))
    assert span.convention == "openinference"
    assert span.tool is not None and span.tool.arguments == {"location": "Paris"}


def test_retriever_documents() -> None:
    span = normalize_span(raw_span(RETRIEVER, name="retrieve"))
    assert span.kind == "retrieval"
    assert [(d.id, d.score, d.metadata) for d in span.documents] == [
        ("kb-101", 0.91, {"source": "policy.md"}),
        ("kb-207", 0.78, {"source": "faq.md"}),
    ]
    assert span.documents[0].content == "Refunds are accepted within 30 days of purchase."


def test_dual_write_documents_merge_by_id_without_duplicates() -> None:
    attributes = {
        **RETRIEVER,
        "gen_ai.operation.name": "retrieval",
        "gen_ai.retrieval.documents": '[{"id": "kb-101", "score": 0.91}, {"id": "kb-207", "score": 0.78}]',
    }
    span = normalize_span(raw_span(attributes))
    assert [d.id for d in span.documents] == ["kb-101", "kb-207"]
    assert all(d.content for d in span.documents)  # content filled from the richer OpenInference keys


def test_multimodal_contents_and_tool_result_message() -> None:
    attributes = {
        "openinference.span.kind": "LLM",
        "llm.input_messages.0.message.role": "user",
        "llm.input_messages.0.message.contents.0.message_content.type": "text",
        "llm.input_messages.0.message.contents.0.message_content.text": "What is in this image?",
        "llm.input_messages.0.message.contents.1.message_content.type": "image",
        "llm.input_messages.0.message.contents.1.message_content.image.image.url": "https://x/cat.png",
        "llm.input_messages.1.message.role": "tool",
        "llm.input_messages.1.message.tool_call_id": "call_62136355",
        "llm.input_messages.1.message.content": "a cat",
    }
    span = normalize_span(raw_span(attributes))
    assert [(m.role, m.content, m.tool_call_id) for m in span.input_messages] == [
        ("user", "What is in this image?", None),
        ("tool", "a cat", "call_62136355"),
    ]


def test_index_order_is_numeric_not_lexical() -> None:
    attributes = {"openinference.span.kind": "LLM"}
    for i in range(12):
        attributes[f"llm.input_messages.{i}.message.role"] = "user"
        attributes[f"llm.input_messages.{i}.message.content"] = str(i)
    assert [m.content for m in normalize_span(raw_span(attributes)).input_messages] == [str(i) for i in range(12)]


def test_failed_call_takes_model_from_invocation_parameters() -> None:
    attributes = {"openinference.span.kind": "LLM", "llm.invocation_parameters": '{"model": "gpt-4o"}'}
    assert normalize_span(raw_span(attributes, status_code=2)).model == "gpt-4o"


@pytest.mark.parametrize("prefix", ["annotations", "evaluations"])
def test_annotations_become_feedback(prefix: str) -> None:
    element = prefix[:-1]
    attributes = {
        "openinference.span.kind": "LLM",
        f"{prefix}.0.{element}.name": "correctness",
        f"{prefix}.0.{element}.score": 1,
        f"{prefix}.0.{element}.label": "correct",
        f"{prefix}.0.{element}.explanation": "matches reference",
        f"{prefix}.0.{element}.annotator_kind": "HUMAN",
    }
    raw = raw_span(attributes)
    span = normalize_span(raw)
    assert span.feedback == [
        Feedback(
            name="correctness",
            score=1.0,
            label="correct",
            explanation="matches reference",
            span_id=raw.span_id,
            source=prefix,
        )
    ]


def test_chain_span_raw_text_io_becomes_messages() -> None:
    attributes = {
        "openinference.span.kind": "CHAIN",
        "input.value": "refund for e-book?",
        "input.mime_type": "text/plain",
        "output.value": "No, digital goods are final.",
        "output.mime_type": "text/plain",
    }
    span = normalize_span(raw_span(attributes))
    assert (span.kind, span.input_messages[0].content, span.output_messages[0].content) == (
        "chain",
        "refund for e-book?",
        "No, digital goods are final.",
    )


def test_embedding_texts_are_inputs_and_vectors_are_dropped() -> None:
    attributes = {
        "openinference.span.kind": "EMBEDDING",
        "embedding.model_name": "text-embedding-3-small",
        "embedding.embeddings.0.embedding.text": "refund policy",
        "embedding.embeddings.0.embedding.vector": [0.1, 0.2],
    }
    span = normalize_span(raw_span(attributes))
    assert (span.kind, span.model, span.input_messages[0].content) == (
        "embedding",
        "text-embedding-3-small",
        "refund policy",
    )
    assert not any(k.startswith("embedding.embeddings") for k in span.attributes)


def test_legacy_completions_api_prompts_and_choices() -> None:
    attributes = {
        "openinference.span.kind": "LLM",
        "llm.prompts.0.prompt.text": "Say hi",
        "llm.choices.0.completion.text": "hi",
    }
    span = normalize_span(raw_span(attributes))
    assert (span.input_messages, span.output_messages) == (
        [Message(role="user", content="Say hi")],
        [Message(role="assistant", content="hi")],
    )
