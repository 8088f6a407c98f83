"""Load a tracecase export with an eval framework's own reader and print what it read, as JSON.

Run by the interpreter of .venv/eval-readers (Ragas and DeepEval live there; see requirements.txt):

    python load_export.py READER PATH

Readers: ``ragas-jsonl`` (``EvaluationDataset.from_jsonl``), ``ragas-list`` (``EvaluationDataset.from_list``
over a JSON array), ``deepeval-goldens`` (``add_goldens_from_jsonl_file``), ``deepeval-test-cases``
(``add_test_cases_from_json_file``). Outbound connections are refused and reported: loading a file must
need no network.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from typing import Any

os.environ.setdefault("DEEPEVAL_TELEMETRY_OPT_OUT", "YES")
os.environ.setdefault("RAGAS_DO_NOT_TRACK", "true")

ATTEMPTS: list[str] = []
_connect = socket.socket.connect


def _refuse(self: socket.socket, address: Any) -> None:
    if self.family == socket.AF_UNIX:
        return _connect(self, address)
    ATTEMPTS.append(str(address))
    raise OSError("network refused while loading an export")


socket.socket.connect = _refuse  # type: ignore[method-assign]

KEYS = {
    "input_key_name": "user_input",
    "actual_output_key_name": "response",
    "expected_output_key_name": "reference",
    "retrieval_context_key_name": "retrieved_contexts",
}


def ragas(path: str, as_list: bool) -> dict[str, Any]:
    from ragas import EvaluationDataset

    if as_list:
        with open(path, encoding="utf-8") as stream:
            dataset = EvaluationDataset.from_list(json.load(stream))
    else:
        dataset = EvaluationDataset.from_jsonl(path)
    return {
        "types": sorted({type(s).__name__ for s in dataset.samples}),
        "records": [s.model_dump() for s in dataset.samples],
    }


def deepeval_goldens(path: str) -> dict[str, Any]:
    from deepeval.dataset import EvaluationDataset

    dataset = EvaluationDataset()
    dataset.add_goldens_from_jsonl_file(path, name_key_name="id", additional_metadata_key_name="metadata", **KEYS)
    return {
        "types": sorted({type(g).__name__ for g in dataset.goldens}),
        "records": [
            {
                "name": g.name,
                "input": g.input,
                "actual_output": g.actual_output,
                "expected_output": g.expected_output,
                "retrieval_context": g.retrieval_context,
                "additional_metadata": g.additional_metadata,
            }
            for g in dataset.goldens
        ],
    }


def deepeval_test_cases(path: str) -> dict[str, Any]:
    from deepeval.dataset import EvaluationDataset

    dataset = EvaluationDataset()
    dataset.add_test_cases_from_json_file(path, **KEYS)
    return {
        "types": sorted({type(t).__name__ for t in dataset.test_cases}),
        "records": [
            {
                "input": t.input,
                "actual_output": t.actual_output,
                "expected_output": t.expected_output,
                "retrieval_context": t.retrieval_context,
            }
            for t in dataset.test_cases
        ],
    }


def main() -> None:
    reader, path = sys.argv[1], sys.argv[2]
    if reader in ("ragas-jsonl", "ragas-list"):
        result = ragas(path, as_list=reader == "ragas-list")
    elif reader == "deepeval-goldens":
        result = deepeval_goldens(path)
    elif reader == "deepeval-test-cases":
        result = deepeval_test_cases(path)
    else:
        raise SystemExit(f"unknown reader {reader}")
    result["network_attempts"] = ATTEMPTS
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
