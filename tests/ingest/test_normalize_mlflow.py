"""MLflow tracing spans: every attribute value is JSON-dumped (CONVENTIONS 4.3)."""

from __future__ import annotations

from rawspan_factory import raw_span

from ingest.normalize import normalize_span
from schemas import Message

SCOPE = "mlflow.tracing.provider"


def test_chat_model_span() -> None:
    attributes = {
        "mlflow.traceRequestId": '"tr-b543815c135bdc54ab1049ba07a84b2a"',
        "mlflow.spanType": '"CHAT_MODEL"',
        "mlflow.spanInputs": '{"messages": [{"role": "system", "content": "You are a concise geography assistant."}, '
        '{"role": "user", "content": "What is the capital of France?"}], "model": "gpt-4o-mini"}',
        "mlflow.spanOutputs": '{"choices": [{"message": {"role": "assistant", '
        '"content": "Paris is the capital of France."}, "finish_reason": "stop"}]}',
        "mlflow.chat.tokenUsage": '{"input_tokens": 25, "output_tokens": 8, "total_tokens": 33, '
        '"cache_read_input_tokens": 5}',
        "mlflow.llm.model": '"gpt-4o-mini"',
        "mlflow.spanLogLevel": "20",
    }
    span = normalize_span(raw_span(attributes, name="ChatOpenAI", scope=SCOPE))
    assert (span.kind, span.convention, span.model) == ("llm", "mlflow", "gpt-4o-mini")
    assert span.system == "You are a concise geography assistant."
    assert span.input_messages == [Message(role="user", content="What is the capital of France?")]
    assert span.output_messages == [Message(role="assistant", content="Paris is the capital of France.")]
    assert span.usage is not None
    assert (span.usage.input_tokens, span.usage.total_tokens, span.usage.cache_read_tokens) == (25, 33, 5)
    assert span.attributes["gen_ai.response.finish_reasons"] == ["stop"]


def test_retriever_span() -> None:
    attributes = {
        "mlflow.spanType": '"RETRIEVER"',
        "mlflow.spanInputs": '{"query": "refund policy"}',
        "mlflow.spanOutputs": '[{"page_content": "Refunds are accepted within 30 days.", '
        '"metadata": {"score": 0.91}, "id": "kb-101"}]',
    }
    span = normalize_span(raw_span(attributes, scope=SCOPE))
    assert span.kind == "retrieval"
    assert [(d.id, d.content, d.score) for d in span.documents] == [
        ("kb-101", "Refunds are accepted within 30 days.", 0.91)
    ]


def test_tool_span() -> None:
    attributes = {
        "mlflow.spanType": '"TOOL"',
        "mlflow.spanInputs": '{"location": "Paris"}',
        "mlflow.spanOutputs": '{"temperature_c": 14, "conditions": "rainy"}',
    }
    span = normalize_span(raw_span(attributes, name="get_weather", scope=SCOPE))
    assert span.tool is not None
    assert (span.tool.arguments, span.tool.result) == (
        {"location": "Paris"},
        {"temperature_c": 14, "conditions": "rainy"},
    )


def test_quoted_plain_strings_are_unquoted() -> None:
    attributes = {
        "mlflow.spanType": '"CHAIN"',
        "mlflow.spanInputs": '"caf\\u00e9 hours?"',
        "mlflow.spanOutputs": '"8\\u201310"',
    }
    span = normalize_span(raw_span(attributes, scope=SCOPE))
    assert (span.input_messages[0].content, span.output_messages[0].content) == ("café hours?", "8–10")
