"""Table tests per rule kind: the signal it looks for promotes, the near miss does not."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import chat, span, trace

from casegen.promote import evaluate_rules, rule_kind, rules_from_mapping, sample_point
from schemas import ErrorInfo, Feedback, Message, ToolExecution, TraceRecord, Usage


def promoted(kind: str, settings: dict[str, Any], record: TraceRecord) -> list[str]:
    rules = rules_from_mapping({"rules": {"r": {"kind": kind, "enabled": True, **settings}}})
    return [p.reason for p in evaluate_rules(record, rules)]


def feedback(name: str = "user.feedback", source: str = "user.feedback", **fields: Any) -> Feedback:
    return Feedback(name=name, source=source, span_id=f"{1:016x}", **fields)


ERROR = ErrorInfo(type="RateLimitError", message="slow down")

ERROR_STATUS = [
    ("error span", {}, chat(status="error", error=ERROR), True),
    ("ok span", {}, chat(status="ok"), False),
    ("unset status with no error", {}, chat(), False),
    ("error of an ignored type", {"ignore_error_types": ["RateLimitError"]}, chat(status="error", error=ERROR), False),
    ("error of a listed type", {"error_types": ["RateLimitError"]}, chat(status="error", error=ERROR), True),
    ("error of another type", {"error_types": ["Timeout"]}, chat(status="error", error=ERROR), False),
    ("error on an llm span, tools only", {"span_kinds": ["tool"]}, chat(status="error"), False),
]


@pytest.mark.parametrize(("case", "settings", "record", "hit"), ERROR_STATUS, ids=[c[0] for c in ERROR_STATUS])
def test_error_status(case: str, settings: dict[str, Any], record: TraceRecord, hit: bool) -> None:
    reasons = promoted("error_status", settings, record)
    assert bool(reasons) is hit
    if hit:
        assert "status ERROR" in reasons[0]


def test_error_status_reason_names_types_and_spans_never_messages() -> None:
    rules = rules_from_mapping({"rules": {"errors": {"kind": "error_status"}}})
    [promotion] = evaluate_rules(chat(status="error", error=ERROR), rules)
    assert promotion.reason == "1 span(s) with status ERROR (RateLimitError)"
    assert promotion.span_ids == (f"{1:016x}",) and promotion.kind == "error_status"
    assert "slow down" not in promotion.reason


NEGATIVE = [
    ("thumbs down label", {}, [feedback(label="thumbs_down")], True),
    ("label in other case", {}, [feedback(label="NEGATIVE")], True),
    ("positive label", {}, [feedback(label="positive")], False),
    ("score ignored by default", {}, [feedback(score=0.1)], False),
    ("score below threshold", {"score_below": 0.5}, [feedback(score=0.49)], True),
    ("score at threshold", {"score_below": 0.5}, [feedback(score=0.5)], False),
    (
        "evaluation event with low score",
        {"score_below": 3, "sources": ["gen_ai.evaluation.result"]},
        [feedback(name="Relevance", source="gen_ai.evaluation.result", score=2.0)],
        True,
    ),
    (
        "another source than the listed one",
        {"score_below": 3, "sources": ["gen_ai.evaluation.result"]},
        [feedback(score=1.0)],
        False,
    ),
    ("name not listed", {"names": ["Relevance"]}, [feedback(label="negative")], False),
    ("guardrail is not feedback", {}, [feedback(name="guardrail", source="guardrail", label="negative")], False),
    ("custom labels", {"labels": ["meh"]}, [feedback(label="meh")], True),
]


@pytest.mark.parametrize(("case", "settings", "signals", "hit"), NEGATIVE, ids=[c[0] for c in NEGATIVE])
def test_negative_feedback(case: str, settings: dict[str, Any], signals: list[Feedback], hit: bool) -> None:
    assert bool(promoted("negative_feedback", settings, chat(feedback=signals))) is hit


def test_negative_feedback_from_configured_attributes() -> None:
    settings = {"attributes": {"app.rating": [1, 2], "app.thumbs": ["down"]}}
    assert promoted("negative_feedback", settings, chat(attributes={"app.rating": 2}))
    assert promoted("negative_feedback", settings, chat(attributes={"app.thumbs": "DOWN"}))
    assert not promoted("negative_feedback", settings, chat(attributes={"app.rating": 3}))
    assert not promoted("negative_feedback", settings, chat(attributes={"app.rating": "2"}))  # types matter
    assert not promoted("negative_feedback", settings, chat(attributes={"app.other": 1}))


def test_negative_feedback_reads_real_normalized_evaluation_events() -> None:
    from ingest import normalize_span
    from ingest.records import RawEvent, RawSpan

    raw = RawSpan(
        trace_id="4bf92f3577b34da6a3ce929d0e0e4736",
        span_id="00f067aa0ba902b7",
        parent_span_id=None,
        name="chat gpt-4o",
        kind=3,
        start_time_unix_nano=1_700_000_000_000_000_000,
        end_time_unix_nano=1_700_000_001_000_000_000,
        status_code=0,
        status_message="",
        attributes={"gen_ai.operation.name": "chat", "gen_ai.request.model": "gpt-4o"},
        events=[
            RawEvent(
                name="gen_ai.evaluation.result",
                time_unix_nano=1_700_000_001_000_000_000,
                attributes={"gen_ai.evaluation.name": "Relevance", "gen_ai.evaluation.score.label": "irrelevant"},
            )
        ],
        resource={"service.name": "checkout"},
        scope_name="opentelemetry.instrumentation.openai_v2",
        scope_version="2.0",
    )
    record = trace(normalize_span(raw))
    assert record.feedback and record.feedback[0].source == "gen_ai.evaluation.result"
    assert promoted("negative_feedback", {"labels": ["irrelevant"]}, record)
    assert not promoted("negative_feedback", {}, record)


GUARDRAIL = [
    ("guardrail blocked", {}, chat(feedback=[feedback(name="guardrail", source="guardrail", label="blocked")]), True),
    ("guardrail passed", {}, chat(feedback=[feedback(name="guardrail", source="guardrail", label="passed")]), False),
    ("guardrail passed=false", {}, chat(feedback=[feedback(name="guardrail", source="guardrail", score=0.0)]), True),
    ("guardrail passed=true", {}, chat(feedback=[feedback(name="guardrail", source="guardrail", score=1.0)]), False),
    ("content filter", {}, chat(attributes={"gen_ai.response.finish_reasons": ["content_filter"]}), True),
    ("normal stop", {}, chat(attributes={"gen_ai.response.finish_reasons": ["stop"]}), False),
    (
        "content filter switched off",
        {"finish_reasons": []},
        chat(attributes={"gen_ai.response.finish_reasons": ["content_filter"]}),
        False,
    ),
    ("failed guardrail span", {}, trace(span(1, "other", name="Guardrail check", status="error")), True),
    ("guardrail span ok", {}, trace(span(1, "other", name="Guardrail check", status="ok")), False),
    ("user feedback is not a guardrail", {}, chat(feedback=[feedback(label="blocked")]), False),
    (
        "configured attribute",
        {"attributes": {"aws.bedrock.guardrail.action": ["INTERVENED"]}},
        chat(attributes={"aws.bedrock.guardrail.action": "intervened"}),
        True,
    ),
]


@pytest.mark.parametrize(("case", "settings", "record", "hit"), GUARDRAIL, ids=[c[0] for c in GUARDRAIL])
def test_guardrail(case: str, settings: dict[str, Any], record: TraceRecord, hit: bool) -> None:
    assert bool(promoted("guardrail", settings, record)) is hit


def _tool_trace(status: str = "ok", result: Any = "sunny", name: str = "get_weather") -> TraceRecord:
    return trace(
        span(1, "agent", end=3, name="agent"),
        span(
            2,
            "tool",
            parent=1,
            start=1,
            end=2,
            status=status,
            tool=ToolExecution(name=name, call_id="c1", result=result),
            error=ErrorInfo(type="ToolTimeout") if status == "error" else None,
        ),
    )


TOOL_ERRORS = [
    ("tool span failed", {}, _tool_trace("error"), True),
    ("tool span ok", {}, _tool_trace(), False),
    ("error object result", {}, _tool_trace(result={"error": "not found"}), True),
    ("empty error key", {}, _tool_trace(result={"error": None, "data": 1}), False),
    ("error text is just text", {}, _tool_trace(result="error: not found"), False),
    ("result keys switched off", {"error_result_keys": []}, _tool_trace(result={"error": "x"}), False),
    ("other tool failed", {"tool_names": ["search"]}, _tool_trace("error"), False),
    ("listed tool failed", {"tool_names": ["get_weather"]}, _tool_trace("error"), True),
    ("llm error is not a tool error", {}, chat(status="error"), False),
]


@pytest.mark.parametrize(("case", "settings", "record", "hit"), TOOL_ERRORS, ids=[c[0] for c in TOOL_ERRORS])
def test_tool_error(case: str, settings: dict[str, Any], record: TraceRecord, hit: bool) -> None:
    assert bool(promoted("tool_error", settings, record)) is hit


def _timed(llm_seconds: float, total_seconds: float) -> TraceRecord:
    return trace(
        span(1, "agent", end=total_seconds, name="agent"),
        span(2, "llm", parent=1, start=0, end=llm_seconds),
    )


LATENCY = [
    ("slow trace", {"threshold_ms": 5000}, _timed(1, 6), True),
    ("exactly the threshold", {"threshold_ms": 6000}, _timed(1, 6), False),
    ("fast trace", {"threshold_ms": 7000}, _timed(1, 6), False),
    ("slow llm call", {"threshold_ms": 2000, "scope": "llm"}, _timed(3, 6), True),
    ("slow trace, fast llm calls", {"threshold_ms": 4000, "scope": "llm"}, _timed(3, 6), False),
    ("slow agent span", {"threshold_ms": 4000, "scope": "any_span"}, _timed(3, 6), True),
]


@pytest.mark.parametrize(("case", "settings", "record", "hit"), LATENCY, ids=[c[0] for c in LATENCY])
def test_latency(case: str, settings: dict[str, Any], record: TraceRecord, hit: bool) -> None:
    assert bool(promoted("latency", settings, record)) is hit


def test_required_fields_off_by_default_and_selective() -> None:
    record = trace(span(1, "llm", input_messages=[Message(role="user", content="hi")]))  # no model, no output
    assert record.violations
    rules = rules_from_mapping({"rules": {"req": {"kind": "required_fields"}}})
    assert not rules.get("req").enabled and evaluate_rules(record, rules) == []
    assert promoted("required_fields", {}, record)
    assert promoted("required_fields", {"fields": ["model"]}, record)
    assert not promoted("required_fields", {"fields": ["tool.name"]}, record)
    complete = chat(usage=Usage(input_tokens=3, output_tokens=5))
    assert not complete.violations and not promoted("required_fields", {}, complete)


def _service_trace(number: int, service: str) -> TraceRecord:
    return trace(
        span(1, trace_id=f"{number:032x}", service=service, input_messages=[Message(role="user", content="q")])
    )


def test_sampling_is_deterministic_and_close_to_its_rate() -> None:
    records = [_service_trace(n, "checkout") for n in range(1, 2001)]
    settings = {"services": {"checkout": 0.1}}
    picked = [r.trace_id for r in records if promoted("sampling", settings, r)]
    again = [r.trace_id for r in records if promoted("sampling", settings, r)]
    assert picked == again
    assert 140 <= len(picked) <= 260  # binomial(2000, 0.1): mean 200, sd 13.4; ±60 is 4.5 sd
    assert all(sample_point("r", t) < 0.1 for t in picked)


def test_sampling_per_service_and_salted() -> None:
    records = [_service_trace(n, "search") for n in range(1, 301)]
    assert not any(promoted("sampling", {"rate": 0.0, "services": {"checkout": 1.0}}, r) for r in records)
    assert all(promoted("sampling", {"rate": 1.0}, r) for r in records)
    first = {r.trace_id for r in records if promoted("sampling", {"rate": 0.5, "salt": "a"}, r)}
    second = {r.trace_id for r in records if promoted("sampling", {"rate": 0.5, "salt": "b"}, r)}
    assert first != second


CONDITIONS = [
    ('service == "checkout"', chat(), True),
    ('service == "search"', chat(), False),
    ('model =~ "gpt-4.*" and language == "en"', chat("Where is my parcel? It was due on Monday."), True),
    ('language == "de"', chat("Where is my parcel? It was due on Monday."), False),
    ('language == "de"', chat("Wo ist mein Paket? Es sollte am Montag kommen."), True),
    ('"get_weather" in tool_names', _tool_trace(), True),
    ('"search" in tool_names', _tool_trace(), False),
    ('convention == "otel_genai" and status == "error"', chat(status="error"), True),
    ("duration_ms > 5000", _timed(1, 6), True),
    ("duration_ms > 5000", _timed(1, 4), False),
    ('model&.as_lower == "gpt-4o"', trace(span(1)), False),  # null model: no error, no match
]


@pytest.mark.parametrize(("expression", "record", "hit"), CONDITIONS, ids=[c[0] for c in CONDITIONS])
def test_condition(expression: str, record: TraceRecord, hit: bool) -> None:
    assert bool(promoted("condition", {"when": expression}, record)) is hit


def test_where_restricts_any_kind() -> None:
    failing = chat(status="error")
    assert promoted("error_status", {"where": 'service == "checkout"'}, failing)
    assert not promoted("error_status", {"where": 'service == "search"'}, failing)


def test_every_kind_is_registered() -> None:
    for kind in (
        "error_status",
        "negative_feedback",
        "guardrail",
        "tool_error",
        "latency",
        "required_fields",
        "sampling",
        "condition",
    ):
        assert rule_kind(kind).kind == kind
