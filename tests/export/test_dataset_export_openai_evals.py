"""The ``openai-evals`` export, checked against the sample shape OpenAI's evals read (``input`` chat messages,
``ideal``); the evals package itself is not installable next to tracecase, so the check is by schema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import orjson
from dataset_cases import TOOL_TRACE, reviewed_cases

from casegen.export import export_cases

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "openai-evals-sample.schema.json").read_text())


def test_every_sample_has_chat_input_and_ideal(tmp_path: Path) -> None:
    cases = {c.id: c for c in reviewed_cases()}
    out = tmp_path / "golden.jsonl"
    result = export_cases(list(cases.values()), "openai-evals", out)
    validator = jsonschema.Draft202012Validator(SCHEMA)
    samples = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    assert len(samples) == result.cases > 0
    for sample in samples:
        validator.validate(sample)
        case = cases[sample["id"]]
        assert sample["ideal"] == case.review.expected_output
        assert sample["metadata"]["case_id"] == case.id
        assert sample["input"][-1] == {"role": "user", "content": case.content.input.messages[-1].content}
    tools = next(s for s in samples if s["metadata"]["trace_id"] == TOOL_TRACE)
    assert tools["input"][2]["tool_calls"][1]["function"] == {"name": "get_weather", "arguments": "Rome, please"}
    assert tools["input"][3] == {"role": "tool", "content": "18C and sunny", "tool_call_id": "call_1"}


def test_the_schema_rejects_what_evals_cannot_read() -> None:
    validator = jsonschema.Draft202012Validator(SCHEMA)
    assert not validator.is_valid({"input": [{"role": "user", "content": "x"}]})  # no ideal
    assert not validator.is_valid({"input": [{"role": "user"}], "ideal": "y"})  # no content
    assert not validator.is_valid({"input": [{"role": "human", "content": "x"}], "ideal": "y"})
