"""Condition expressions: unknown fields, type errors and injection attempts are refused when parsed;
evaluation-time surprises (a null where a string was expected) are contained per rule."""

from __future__ import annotations

import pytest
from conftest import chat, span, trace

from casegen import ExpressionError
from casegen.promote import FIELD_TYPES, Condition, TraceFacts, evaluate_rules, rules_from_mapping

REFUSED = [
    ('servce == "checkout"', "unknown field 'servce'"),
    ("service > 3", "data type mismatch"),
    ('duration_ms > "3"', "data type mismatch"),
    ("tool_names > 1", "data type mismatch"),
    ("service + 1", "data type mismatch"),
    ("service in 3", "data type mismatch"),
    ('__import__("os").system("id")', "unknown field '__import__'"),
    ("service.__class__", "'__class__' is not an attribute"),
    ("trace.spans", "unknown field 'trace'"),
    ('eval("1")', "unknown field 'eval'"),
    ('open("/etc/passwd")', "unknown field 'open'"),
    ("service ==", "syntax error"),
    ('service == "a"; import os', "syntax error"),
    ("", "expression is empty"),
    ("x" * 2001, "at most 2000"),
]


@pytest.mark.parametrize(("text", "message"), REFUSED, ids=[m for _, m in REFUSED])
def test_refused_at_parse_time(text: str, message: str) -> None:
    with pytest.raises(ExpressionError, match=r"rules\.c\.when: ") as info:
        Condition(text, "rules.c.when")
    assert message in str(info.value)


def test_every_declared_field_resolves_on_a_real_trace() -> None:
    facts = TraceFacts(chat())
    for name in FIELD_TYPES:
        Condition(f"{name} == {name}", name).matches(facts)  # raises if a field is declared but missing


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('service == "checkout" and model == "gpt-4o"', True),
        ('service == "checkout" and not (model == "gpt-4o")', False),
        ('status == "ok" or error_type == "Timeout"', True),
        ("span_count == 1 and duration_ms == 1000", True),
        ('provider == null and convention in ["otel_genai", "openinference"]', True),
        ('models == ["gpt-4o"]', True),
        ('service =~ "check.*"', True),
    ],
)
def test_values(text: str, expected: bool) -> None:
    assert Condition(text).matches(TraceFacts(chat())) is expected


def test_equality_across_types_is_false_not_an_error() -> None:
    # rule-engine's documented semantics: == and != compare any two values; ordering is type-checked.
    assert Condition('span_count == "1"').matches(TraceFacts(chat())) is False


def test_a_runtime_error_is_contained_to_its_rule() -> None:
    record = trace(span(1))  # no model
    rules = rules_from_mapping(
        {
            "rules": {
                "bad": {"kind": "condition", "when": 'model.as_lower == "x"'},
                "ok": {"kind": "condition", "when": "true"},
            }
        }
    )
    seen: list[Exception] = []
    assert [p.rule for p in evaluate_rules(record, rules, on_error=seen.append)] == ["ok"]
    assert len(seen) == 1


def test_language_is_detected_only_when_a_condition_asks() -> None:
    facts = TraceFacts(chat())
    Condition('service == "checkout"').matches(facts)
    assert "language" not in vars(facts)
    Condition('language == "en"').matches(facts)
    assert "language" in vars(facts)
