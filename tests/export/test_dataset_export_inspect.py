"""The ``inspect`` export, loaded by Inspect AI's own reader (``inspect_ai.dataset.json_dataset``) as is."""

from __future__ import annotations

from pathlib import Path

from dataset_cases import TOOL_TRACE, reviewed_cases
from inspect_ai.dataset import json_dataset
from inspect_ai.model import ChatMessageAssistant, ChatMessageSystem, ChatMessageTool, ChatMessageUser

from casegen.export import export_cases


def test_inspect_loads_every_case_as_a_sample(tmp_path: Path) -> None:
    cases = [c for c in reviewed_cases() if c.content.input.messages]
    empty = [c for c in reviewed_cases() if not c.content.input.messages and not c.content.input.system]
    out = tmp_path / "golden.jsonl"
    assert export_cases(cases + empty, "inspect", out).skipped == tuple(c.id for c in empty)  # Inspect needs input
    dataset = json_dataset(str(out))
    assert len(dataset) == len(cases)
    for sample, case in zip(dataset, cases, strict=True):
        assert sample.id == case.id
        assert sample.target == (case.review.expected_output or "")
        assert sample.metadata is not None and sample.metadata["case_id"] == case.id
        assert sample.metadata["labels"] == list(case.review.labels)
        assert not isinstance(sample.input, str)
        users = [m.text for m in sample.input if isinstance(m, ChatMessageUser)]
        assert users[-1] == next(m.content for m in reversed(case.content.input.messages) if m.role == "user")
        if case.content.input.system:
            assert isinstance(sample.input[0], ChatMessageSystem) and sample.input[0].text == case.content.input.system


def test_tool_calls_and_results_become_inspect_messages(tmp_path: Path) -> None:
    case = next(c for c in reviewed_cases() if c.provenance.trace_id == TOOL_TRACE)
    out = tmp_path / "tools.jsonl"
    export_cases([case], "inspect", out)
    [sample] = json_dataset(str(out))
    assert not isinstance(sample.input, str)
    kinds = [type(m) for m in sample.input]
    assert kinds == [
        ChatMessageSystem,
        ChatMessageUser,
        ChatMessageAssistant,
        ChatMessageTool,
        ChatMessageTool,
        ChatMessageUser,
    ]
    assistant = sample.input[2]
    assert isinstance(assistant, ChatMessageAssistant) and assistant.tool_calls
    paris, rome = assistant.tool_calls
    assert (paris.id, paris.function, paris.arguments, paris.parse_error) == (
        "call_1",
        "get_weather",
        {"city": "Paris"},
        None,
    )
    assert rome.arguments == {} and rome.parse_error == "arguments are not a JSON object: Rome, please"
    tool = sample.input[3]
    assert isinstance(tool, ChatMessageTool) and tool.tool_call_id == "call_1" and tool.text == "18C and sunny"
    assert sample.target == case.review.expected_output
