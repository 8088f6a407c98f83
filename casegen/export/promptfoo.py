"""``promptfoo``: a promptfoo tests file (``tests: file://cases.json`` in a promptfooconfig).

One test case per case: ``vars`` for the prompt (``input``: the last user turn, ``messages``: the whole
conversation, ``system``, ``context``: the retrieved documents), the expected output as a ``similar``
assertion (embedding similarity of at least :data:`SIMILARITY`), and the case's slicing fields as
``metadata`` (promptfoo filters on it; ``case_id`` joins results back). ``options.disableVarExpansion``
stops promptfoo from turning the ``messages`` list into one test per message. A case without an
expected output gets no assertion: promptfoo runs it and records the output for review.

The file is a JSON array, which promptfoo reads keeping each ``description``; an ``--out`` ending in
``.jsonl`` gets one test case per line instead (promptfoo then names them by row).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import orjson

from casegen.export._chat import chat_messages, last_user_text, slicing_metadata
from casegen.export._registry import Exporter, register_format
from schemas.case import Case

SIMILARITY = 0.8


def test_case(case: Case) -> dict[str, Any]:
    documents = [d.content for d in case.content.context_documents if d.content]
    variables = {
        "input": last_user_text(case),
        "messages": chat_messages(case),
        "system": case.content.input.system,
        "context": "\n\n".join(documents) if documents else None,
        "case_id": case.id,
    }
    test: dict[str, Any] = {
        "description": f"case {case.id} ({case.metadata.service or 'unknown service'})",
        "vars": {name: value for name, value in variables.items() if value is not None},
        "options": {"disableVarExpansion": True},
        "metadata": slicing_metadata(case),
    }
    if case.review.expected_output is not None:
        test["assert"] = [
            {"type": "similar", "value": case.review.expected_output, "threshold": SIMILARITY, "metric": "expected"}
        ]
    return test


@register_format
class PromptfooExporter(Exporter):
    name = "promptfoo"
    suffix = ".json"

    def write(self, cases: Sequence[Case], out: Path) -> Sequence[str]:
        tests = [test_case(case) for case in cases]
        if out.suffix == ".jsonl":
            out.write_bytes(b"".join(orjson.dumps(test) + b"\n" for test in tests))
        else:
            out.write_bytes(orjson.dumps(tests, option=orjson.OPT_INDENT_2))
        return ()
