"""``inspect``: an Inspect AI dataset, JSON Lines that ``inspect_ai.dataset.json_dataset(path)`` loads as is.

Each record is a ``Sample``: ``id`` (the case id), ``input`` (chat messages in Inspect's shape: tool
calls carry ``function`` and ``arguments`` as an object), ``target`` (the expected output; empty when the
case has none) and ``metadata`` (slicing fields, the actual output, the context documents). A case
without any input message is left out: Inspect refuses a sample with no input.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import orjson

from casegen.export._chat import chat_messages, slicing_metadata
from casegen.export._registry import Exporter, register_format
from schemas.case import Case


@register_format
class InspectExporter(Exporter):
    name = "inspect"
    suffix = ".jsonl"
    skip_reason = "no input message"

    def write(self, cases: Sequence[Case], out: Path) -> Sequence[str]:
        skipped: list[str] = []
        with out.open("wb") as stream:
            for case in cases:
                messages = [_inspect_message(m) for m in chat_messages(case)]
                if not messages:
                    skipped.append(case.id)
                    continue
                sample = {
                    "id": case.id,
                    "input": messages,
                    "target": case.review.expected_output or "",
                    "metadata": {
                        **slicing_metadata(case),
                        "actual_output": case.content.actual_output,
                        "context_documents": [d.content for d in case.content.context_documents if d.content],
                    },
                }
                stream.write(orjson.dumps(sample) + b"\n")
        return skipped


def _inspect_message(message: dict[str, Any]) -> dict[str, Any]:
    calls = message.pop("tool_calls", None)
    if calls:
        message["tool_calls"] = [_inspect_call(call) for call in calls]
    return message


def _inspect_call(call: dict[str, Any]) -> dict[str, Any]:
    text = call["function"]["arguments"]
    try:
        arguments = json.loads(text)
    except ValueError:
        arguments = None
    converted: dict[str, Any] = {"id": call["id"], "function": call["function"]["name"], "type": "function"}
    if isinstance(arguments, dict):
        converted["arguments"] = arguments
    else:  # Inspect's ToolCall holds an object; say what the model sent instead of dropping it
        converted["arguments"] = {}
        converted["parse_error"] = f"arguments are not a JSON object: {text}"
    return converted
