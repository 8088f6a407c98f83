"""The required-field policy: defaults, validation results, and start-up errors that name the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.validate import check_span
from schemas import (
    KNOWN_FIELDS,
    Message,
    NormalizedSpan,
    PolicyError,
    RequiredFieldPolicy,
    ToolExecution,
    Usage,
    Violation,
)


def span(kind: str = "llm", **fields: object) -> NormalizedSpan:
    return NormalizedSpan(
        trace_id="0" * 31 + "1", span_id="0" * 15 + "2", name="s", kind=kind, convention="generic", **fields
    )


def test_default_policy_requires_what_evaluation_needs() -> None:
    policy = RequiredFieldPolicy.default()
    assert set(policy.fields_for("llm")) >= {"model", "input_messages", "output_messages"}
    assert set(policy.fields_for("tool")) >= {"tool.name", "tool.arguments"}
    assert policy.fields_for("retrieval") == ("documents",)
    assert policy.fields_for("chain") == ()
    assert all(name in KNOWN_FIELDS for fields in policy.required.values() for name in fields)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            {
                "model": "gpt-4o",
                "input_messages": [Message(role="user", content="hi")],
                "output_messages": [Message(role="assistant", content="hello")],
                "usage": Usage(input_tokens=3, output_tokens=2),
            },
            [],
        ),
        (
            {"model": "", "input_messages": [Message(role="user", content="hi")], "usage": Usage(input_tokens=1)},
            [("model", "empty"), ("output_messages", "empty"), ("usage.output_tokens", "missing")],
        ),
        (
            {},
            [
                ("model", "missing"),
                ("input_messages", "empty"),
                ("output_messages", "empty"),
                ("usage.input_tokens", "missing"),
                ("usage.output_tokens", "missing"),
            ],
        ),
    ],
)
def test_llm_violations_name_field_and_problem(fields: dict[str, object], expected: list[tuple[str, str]]) -> None:
    violations = check_span(span("llm", **fields), RequiredFieldPolicy.default())
    assert [(v.field, v.problem) for v in violations] == expected
    assert all(v.span_id == "0" * 15 + "2" for v in violations)


def test_nested_tool_fields() -> None:
    policy = RequiredFieldPolicy.default()
    assert check_span(span("tool", tool=ToolExecution(name="get_weather", arguments={"city": "Paris"})), policy) == []
    assert check_span(span("tool", tool=ToolExecution(name="get_weather")), policy) == [
        Violation(span_id="0" * 15 + "2", field="tool.arguments", problem="missing")
    ]


def test_user_policy_replaces_default(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_text('[required]\nchain = ["input_messages"]\n')
    policy = RequiredFieldPolicy.from_file(path)
    assert policy.fields_for("llm") == ()
    assert [v.field for v in check_span(span("chain"), policy)] == ["input_messages"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('[required]\nllm = ["modle"]\n', "'modle'"),
        ('[required]\nrobot = ["model"]\n', "required.robot"),
        ('[required]\nllm = "model"\n', "required.llm"),
        ('[requird]\nllm = ["model"]\n', "requird"),
        ("required = 3\n", "required"),
        ("[required\n", "not valid TOML"),
    ],
)
def test_malformed_policy_fails_naming_the_key(tmp_path: Path, text: str, names: str) -> None:
    path = tmp_path / "policy.toml"
    path.write_text(text)
    with pytest.raises(PolicyError, match=names.replace(".", r"\.").replace("[", r"\[")):
        RequiredFieldPolicy.from_file(path)
