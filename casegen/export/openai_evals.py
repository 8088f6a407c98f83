"""``openai-evals``: JSON Lines samples as OpenAI's evals read them — ``input`` (chat messages) and
``ideal`` (the expected output) — plus the case ``id`` and slicing ``metadata``.

A case without an expected output has no ``ideal`` and is left out (the export reports how many).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import orjson

from casegen.export._chat import chat_messages, slicing_metadata
from casegen.export._registry import Exporter, register_format
from schemas.case import Case


@register_format
class OpenAIEvalsExporter(Exporter):
    name = "openai-evals"
    suffix = ".jsonl"
    skip_reason = "no expected output (ideal) or no input"

    def write(self, cases: Sequence[Case], out: Path) -> Sequence[str]:
        skipped: list[str] = []
        with out.open("wb") as stream:
            for case in cases:
                messages = chat_messages(case)
                if case.review.expected_output is None or not messages:
                    skipped.append(case.id)
                    continue
                sample = {
                    "input": messages,
                    "ideal": case.review.expected_output,
                    "id": case.id,
                    "metadata": slicing_metadata(case),
                }
                stream.write(orjson.dumps(sample) + b"\n")
        return skipped
