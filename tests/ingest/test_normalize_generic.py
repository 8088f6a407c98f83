"""The generic fallback and the cross-convention ladders: kind, provider, errors, feedback, leftovers."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from rawspan_factory import T0, event, log, raw_span

from ingest.normalize import (
    InvalidSpanError,
    adapters,
    get_adapter,
    normalize_span,
    register_adapter,
    registered_adapters,
)
from ingest.normalize._common import normalize_provider
from ingest.records import STATUS_ERROR, STATUS_OK
from schemas import ErrorInfo, Feedback, Message


def test_unknown_emitter_still_yields_io_status_and_times() -> None:
    raw = raw_span(
        {"input.value": "hello", "output.value": "world", "http.route": "/chat"},
        name="handler",
        status_code=STATUS_OK,
        parent="00000000000000aa",
    )
    span = normalize_span(raw)
    assert (span.kind, span.convention, span.status) == ("other", "generic", "ok")
    assert span.input_messages == [Message(role="user", content="hello")]
    assert span.output_messages == [Message(role="assistant", content="world")]
    assert span.attributes == {"http.route": "/chat"}
    assert span.start_time == datetime(2025, 11, 24, 16, 0, tzinfo=UTC)
    assert (span.service, span.scope, span.parent_span_id) == ("shop-assistant", "tests", "00000000000000aa")


@pytest.mark.parametrize(
    ("attributes", "kind"),
    [
        ({"openinference.span.kind": "RETRIEVER", "gen_ai.operation.name": "chat"}, "retrieval"),  # first rung wins
        ({"openinference.span.kind": "reranker"}, "retrieval"),
        ({"openinference.span.kind": "GUARDRAIL"}, "other"),
        ({"gen_ai.operation.name": "invoke_agent"}, "agent"),
        ({"gen_ai.operation.name": "invoke_workflow"}, "chain"),
        ({"gen_ai.operation.name": "execute_task"}, "chain"),
        ({"gen_ai.operation.name": "embeddings"}, "embedding"),
        ({"gen_ai.operation.name": "some_new_op", "traceloop.span.kind": "agent"}, "agent"),  # unknown op falls through
        ({"llm.request.type": "embedding"}, "embedding"),
        ({"mlflow.spanType": '"AGENT"'}, "agent"),
        ({"langsmith.span.kind": "retriever"}, "retrieval"),
        ({"gen_ai.tool.name": "get_weather"}, "tool"),
        ({"gen_ai.request.model": "gpt-4o"}, "llm"),
        ({"http.method": "GET"}, "other"),
    ],
)
def test_kind_ladder(attributes: dict[str, object], kind: str) -> None:
    assert normalize_span(raw_span(attributes)).kind == kind


@pytest.mark.parametrize(
    ("value", "provider"),
    [
        ("openai", "openai"),
        ("az.ai.openai", "azure.ai.openai"),
        ("xai", "x_ai"),
        ("vertex_ai", "gcp.vertex_ai"),
        ("openai.chat", "openai"),
        ("anthropic.messages", "anthropic"),
        ("google.vertex.chat", "gcp.vertex_ai"),
        ("amazon-bedrock", "aws.bedrock"),
        ("aws.bedrock", "aws.bedrock"),
        ("langchain", None),
        ("", None),
    ],
)
def test_provider_normalization(value: str, provider: str | None) -> None:
    assert normalize_provider(value) == provider


def test_framework_provider_falls_through_to_next_key() -> None:
    span = normalize_span(raw_span({"gen_ai.provider.name": "langgraph", "llm.provider": "anthropic"}))
    assert span.provider == "anthropic"


@pytest.mark.parametrize(
    ("status", "message", "attributes", "events", "expected"),
    [
        # openai-v2: status + error.type, no exception event
        (
            STATUS_ERROR,
            "Error code: 429",
            {"error.type": "RateLimitError"},
            [],
            ErrorInfo(type="RateLimitError", message="Error code: 429"),
        ),
        # util-genai writes the class repr
        (
            STATUS_ERROR,
            "boom",
            {"error.type": "<class 'openai.APITimeoutError'>"},
            [],
            ErrorInfo(type="APITimeoutError", message="boom"),
        ),
        # OpenInference/Traceloop: exception event; the status message's "Type: " prefix is not repeated
        (
            STATUS_ERROR,
            "RateLimitError: slow down",
            {},
            [
                event(
                    "exception",
                    {
                        "exception.type": "openai.RateLimitError",
                        "exception.message": "slow down",
                        "exception.stacktrace": "...",
                    },
                )
            ],
            ErrorInfo(type="RateLimitError", message="slow down"),
        ),
        (STATUS_ERROR, "", {}, [], ErrorInfo(type=None, message=None)),
        # error.type alone marks an error (it is only set on failure)
        (0, "", {"error.type": "timeout"}, [], ErrorInfo(type="timeout", message=None)),
        (0, "", {"gen_ai.task.status": "failure"}, [], ErrorInfo(type="task_failure", message=None)),
        # an exception recorded on an OK span was handled
        (STATUS_OK, "", {}, [event("exception", {"exception.type": "KeyError", "exception.message": "k"})], None),
    ],
)
def test_error_ladder(
    status: int, message: str, attributes: dict[str, object], events: list, expected: ErrorInfo | None
) -> None:
    span = normalize_span(raw_span(attributes, status_code=status, status_message=message, events=events))
    assert span.error == expected
    assert span.status == ("ok" if status == STATUS_OK else "error" if expected else "unset")


def test_operation_exception_log_event() -> None:
    raw = raw_span({"gen_ai.operation.name": "chat"}, status_code=STATUS_ERROR)
    exc = log(
        "gen_ai.client.operation.exception",
        attributes={"exception.type": "httpx.ConnectError", "exception.message": "refused"},
        of=raw,
    )
    assert normalize_span(raw, [exc]).error == ErrorInfo(type="ConnectError", message="refused")


def test_evaluation_result_event_and_log() -> None:
    raw = raw_span(
        {"gen_ai.operation.name": "chat"},
        events=[
            event(
                "gen_ai.evaluation.result",
                {
                    "gen_ai.evaluation.name": "Relevance",
                    "gen_ai.evaluation.score.value": 4.0,
                    "gen_ai.evaluation.score.label": "relevant",
                    "gen_ai.evaluation.explanation": "on topic",
                },
            ),
        ],
    )
    extra = log(
        "gen_ai.evaluation.result",
        attributes={"gen_ai.evaluation.name": "Toxicity", "gen_ai.evaluation.score.value": 0},
        of=raw,
    )
    span = normalize_span(raw, [extra])
    assert span.feedback == [
        Feedback(
            name="Relevance",
            score=4.0,
            label="relevant",
            explanation="on topic",
            span_id=raw.span_id,
            source="gen_ai.evaluation.result",
        ),
        Feedback(name="Toxicity", score=0.0, span_id=raw.span_id, source="gen_ai.evaluation.result"),
    ]
    assert span.events == []


@pytest.mark.parametrize(
    ("attributes", "expected"),
    [
        (
            {"user.feedback": "thumbs_down", "user.feedback.comment": "wrong city"},
            ("user.feedback", None, "thumbs_down", "wrong city"),
        ),
        ({"user.feedback.score": 1}, ("user.feedback", 1.0, None, None)),
        ({"user.feedback": True}, ("user.feedback", 1.0, None, None)),
        ({"feedback.score": 0.2, "feedback.label": "bad"}, ("feedback", 0.2, "bad", None)),
        (
            {"guardrail.name": "pii-filter", "guardrail.passed": False, "guardrail.reason": "email found"},
            ("pii-filter", 0.0, None, "email found"),
        ),
        ({"guardrail.result": "blocked"}, ("guardrail", None, "blocked", None)),
    ],
)
def test_feedback_attributes(attributes: dict[str, object], expected: tuple[object, ...]) -> None:
    span = normalize_span(raw_span(attributes))
    (feedback,) = span.feedback
    assert (feedback.name, feedback.score, feedback.label, feedback.explanation) == expected
    assert span.attributes == {}


def test_session_and_user_ladders() -> None:
    span = normalize_span(
        raw_span({"session.id": "s-2", "gen_ai.conversation.id": "conv-1", "enduser.id": "e-1", "user.id": "u-1"})
    )
    assert (span.session_id, span.user_id) == ("conv-1", "u-1")
    assert span.attributes == {}  # lower rungs of a ladder are consumed too


def test_usage_is_never_summed_across_conventions() -> None:
    # OpenInference dual-writing OTel usage: one call, one count
    span = normalize_span(
        raw_span(
            {
                "openinference.span.kind": "LLM",
                "llm.token_count.prompt": 25,
                "gen_ai.usage.input_tokens": 25,
                "gen_ai.usage.output_tokens": 8,
                "llm.token_count.completion": 8,
            }
        )
    )
    assert span.usage is not None and (span.usage.input_tokens, span.usage.output_tokens, span.usage.total_tokens) == (
        25,
        8,
        33,
    )


def test_unconsumed_events_are_kept() -> None:
    span = normalize_span(raw_span(events=[event("First Token Stream Event", {"x": 1}, time=T0 + 5)]))
    assert [(e.name, e.attributes) for e in span.events] == [("First Token Stream Event", {"x": 1})]


@pytest.mark.parametrize(
    "bad",
    [
        {"trace_id": "XYZ"},
        {"trace_id": "0AF7651916CD43DD8448EB211C80319C"},
        {"span_id": "123"},
        {"parent_span_id": "zz"},
    ],
)
def test_malformed_ids_raise_without_content(bad: dict[str, str]) -> None:
    raw = raw_span({"input.value": "secret@example.com"})
    for key, value in bad.items():
        setattr(raw, key, value)
    with pytest.raises(InvalidSpanError) as info:
        normalize_span(raw)
    assert "secret" not in str(info.value)


def test_registry_lookup_and_order() -> None:
    names = [a.name for a in registered_adapters()]
    assert names[0] == "langfuse" and names[-1] == "generic"
    # Every module of the adapters package registers itself; nothing else lists them.
    modules = {p.stem for p in Path(adapters.__file__).parent.glob("*.py") if not p.stem.startswith("_")}
    assert (
        set(names)
        == modules
        == {
            "otel_genai",
            "openinference",
            "traceloop",
            "otel_genai_legacy",
            "vercel_ai",
            "pydantic_ai",
            "logfire_events",
            "mlflow",
            "langsmith",
            "langfuse",
            "google_adk",
            "generic",
        }
    )
    assert get_adapter("traceloop").name == "traceloop"
    with pytest.raises(LookupError, match="no span adapter named 'nope'"):
        get_adapter("nope")
    with pytest.raises(ValueError, match="already registered"):
        register_adapter("generic", order=1, detect=lambda ctx: True)(lambda ctx: None)
