"""Rules files: the shipped default, errors that name the bad key, lookups, the error policy."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import chat

from casegen import ExpressionError, RuleConfigError, RuleEvaluationError, UnknownRuleError
from casegen.promote import (
    Match,
    Rule,
    TraceFacts,
    evaluate_rules,
    load_rules,
    register_rule,
    rule_kind,
    rules_from_mapping,
)
from schemas import ErrorInfo, Feedback


def test_default_rules_promote_errors_and_negative_feedback_only() -> None:
    rules = load_rules()
    assert [r.name for r in rules.enabled] == ["errors", "negative_feedback"]
    assert {r.kind for r in rules} >= {"guardrail", "tool_error", "latency", "required_fields", "sampling"}
    failing = chat(status="error", error=ErrorInfo(type="Timeout"))
    unhappy = chat(feedback=[Feedback(name="user.feedback", source="user.feedback", label="negative")])
    assert [p.rule for p in evaluate_rules(failing, rules)] == ["errors"]
    assert [p.rule for p in evaluate_rules(unhappy, rules)] == ["negative_feedback"]
    assert evaluate_rules(chat(), rules) == []


def test_a_rules_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "rules.toml"
    path.write_text(
        'schema_version = 1\n[rules.checkout_errors]\nkind = "error_status"\nwhere = \'service == "checkout"\'\n'
        "[rules.latency]\nthreshold_ms = 100\n",  # a table named after a kind needs no 'kind'
        encoding="utf-8",
    )
    rules = load_rules(path)
    assert rules.names == ["checkout_errors", "latency"] and rules.source == str(path)
    assert rules.get("latency").kind == "latency"


BAD: list[tuple[dict[str, Any], str]] = [
    ({"rulez": {}}, "unknown top-level key 'rulez'"),
    ({"schema_version": 2, "rules": {}}, "'schema_version' is 2"),
    ({"rules": []}, "'rules' must be a table"),
    ({"rules": {"x": 1}}, "'rules.x' must be a table"),
    ({"rules": {"x": {"kind": "nope"}}}, "'rules.x.kind' is not a rule kind; known kinds: condition"),
    ({"rules": {"x": {}}}, "'rules.x' has no 'kind'"),
    ({"rules": {"e": {"kind": "error_status", "span_kind": ["llm"]}}}, "'rules.e.span_kind': unknown setting"),
    ({"rules": {"e": {"kind": "error_status", "span_kinds": ["bogus"]}}}, "'rules.e.span_kinds.0'"),
    ({"rules": {"e": {"kind": "error_status", "enabled": "yes"}}}, "'rules.e.enabled'"),
    ({"rules": {"e": {"kind": "error_status", "name": "other"}}}, "'rules.e.name' is not a setting"),
    ({"rules": {"slow": {"kind": "latency"}}}, "'rules.slow.threshold_ms': Field required"),
    ({"rules": {"slow": {"kind": "latency", "threshold_ms": -1}}}, "'rules.slow.threshold_ms'"),
    ({"rules": {"s": {"kind": "sampling", "services": {"checkout": 1.5}}}}, "'rules.s.services.checkout'"),
    ({"rules": {"r": {"kind": "required_fields", "fields": ["modle"]}}}, "unknown field 'modle'"),
    ({"rules": {"c": {"kind": "condition"}}}, "'rules.c.when': Field required"),
]


@pytest.mark.parametrize(("data", "message"), BAD, ids=[m for _, m in BAD])
def test_a_malformed_rules_document_names_the_key(data: dict[str, Any], message: str) -> None:
    with pytest.raises(RuleConfigError) as info:
        rules_from_mapping(data, source="rules.toml")
    assert message in str(info.value)
    assert str(info.value).startswith("rules.toml: ")


def test_bad_expressions_fail_at_load_naming_the_rule() -> None:
    with pytest.raises(ExpressionError, match=r"rules.toml: rules.c.when: unknown field 'servce'"):
        rules_from_mapping({"rules": {"c": {"kind": "condition", "when": 'servce == "x"'}}}, "rules.toml")
    with pytest.raises(ExpressionError, match=r"rules.e.where: invalid expression \(data type mismatch"):
        rules_from_mapping({"rules": {"e": {"kind": "error_status", "where": "service > 3"}}}, "rules.toml")


def test_unreadable_and_invalid_files(tmp_path: Path) -> None:
    with pytest.raises(RuleConfigError, match="cannot read rules file"):
        load_rules(tmp_path / "missing.toml")
    broken = tmp_path / "broken.toml"
    broken.write_text("[rules.x\n", encoding="utf-8")
    with pytest.raises(RuleConfigError, match="not valid TOML"):
        load_rules(broken)


def test_unknown_names_are_lookup_errors() -> None:
    with pytest.raises(LookupError, match="unknown rule kind 'nope'; known kinds: condition"):
        rule_kind("nope")
    with pytest.raises(UnknownRuleError, match=r"no rule named 'nope'.*rules: errors, negative_feedback"):
        load_rules().get("nope")


class _Explodes(Rule):
    kind = "test_explodes"

    def check(self, facts: TraceFacts) -> Match | None:
        raise ZeroDivisionError("secret span text")


register_rule(_Explodes)


def test_a_failing_rule_does_not_stop_the_others() -> None:
    rules = rules_from_mapping({"rules": {"boom": {"kind": "test_explodes"}, "errors": {"kind": "error_status"}}})
    seen: list[RuleEvaluationError] = []
    promotions = evaluate_rules(chat(status="error"), rules, on_error=seen.append)
    assert [p.rule for p in promotions] == ["errors"]
    [error] = seen
    assert error.rule == "boom" and "ZeroDivisionError" in str(error)
    assert "secret span text" not in str(error)


def test_the_default_error_policy_logs_without_values(caplog: pytest.LogCaptureFixture) -> None:
    rules = rules_from_mapping({"rules": {"boom": {"kind": "test_explodes"}}})
    assert evaluate_rules(chat(), rules) == []
    assert "rule 'boom' failed" in caplog.text and "secret" not in caplog.text


def test_registering_a_second_class_under_a_taken_kind_is_refused() -> None:
    class Impostor(Rule):
        kind = "error_status"

        def check(self, facts: TraceFacts) -> Match | None:
            return None

    with pytest.raises(ValueError, match="already registered"):
        register_rule(Impostor)
