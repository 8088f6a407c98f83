"""The ``promptfoo`` tests file, checked against promptfoo's test-case schema (promptfoo is an npm tool; its
reader cannot run here): vars for the prompt, the expected output as a ``similar`` assertion, metadata
that joins results back to cases."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from dataset_cases import TOOL_TRACE, reviewed_cases

from casegen.export import export_cases
from casegen.export.promptfoo import SIMILARITY

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "promptfoo-tests.schema.json").read_text())


def test_the_tests_file_is_a_valid_promptfoo_test_list(tmp_path: Path) -> None:
    cases = reviewed_cases()
    out = tmp_path / "tests.json"
    export_cases(cases, "promptfoo", out)
    tests = json.loads(out.read_text())
    jsonschema.Draft202012Validator(SCHEMA).validate(tests)
    assert len(tests) == len(cases)
    for test, case in zip(tests, cases, strict=True):
        assert test["metadata"]["case_id"] == test["vars"]["case_id"] == case.id
        assert test["options"] == {"disableVarExpansion": True}
        users = [m.content for m in case.content.input.messages if m.role == "user"]
        assert test["vars"].get("input") == (users[-1] if users else None)
        if case.review.expected_output is None:
            assert "assert" not in test
        else:
            assert test["assert"] == [
                {"type": "similar", "value": case.review.expected_output, "threshold": SIMILARITY, "metric": "expected"}
            ]
    with_context = [t for t, c in zip(tests, cases, strict=True) if c.content.context_documents]
    assert with_context and all(t["vars"]["context"] for t in with_context)
    tools = next(t for t in tests if t["metadata"]["trace_id"] == TOOL_TRACE)
    assert [m["role"] for m in tools["vars"]["messages"]] == ["system", "user", "assistant", "tool", "tool", "user"]


def test_jsonl_output_holds_one_test_per_line(tmp_path: Path) -> None:
    out = tmp_path / "tests.jsonl"
    export_cases(reviewed_cases(), "promptfoo", out)
    tests = [json.loads(line) for line in out.read_text().splitlines()]
    jsonschema.Draft202012Validator(SCHEMA).validate(tests)
    assert [t["metadata"]["case_id"] for t in tests] == [c.id for c in reviewed_cases()]


def test_the_schema_rejects_what_promptfoo_refuses() -> None:
    validator = jsonschema.Draft202012Validator(SCHEMA)
    assert not validator.is_valid([{"description": "nothing else"}])  # needs vars, assert, metadata...
    assert not validator.is_valid([{"vars": {}, "expected": "x"}])  # unknown key
    assert not validator.is_valid([{"vars": {}, "assert": [{"value": "x"}]}])  # assertion without type
    assert not validator.is_valid([{"vars": {}, "assert": [{"type": "looks-right"}]}])
