"""``ragas``: single-turn evaluation samples in Ragas' shape — ``user_input`` (the last user turn),
``retrieved_contexts`` (the retrieved documents' text), ``response`` (the actual output), ``reference``
(the expected output) — which ``ragas.EvaluationDataset`` and DeepEval's golden and test-case loaders
read (DeepEval with ``input_key_name="user_input"`` and the like).

Each row also has the case ``id`` and slicing ``metadata`` (Ragas ignores both; DeepEval reads them as
``name_key_name="id"`` and ``additional_metadata_key_name="metadata"``). A case without a user turn
is left out: a single-turn sample is a question. Written with polars: JSON Lines, or a JSON array when
``--out`` ends in ``.json`` (DeepEval's test-case loader reads arrays).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import polars as pl

from casegen.export._chat import last_user_text, slicing_metadata
from casegen.export._frames import typed_frame
from casegen.export._registry import Exporter, register_format
from schemas.case import Case

_METADATA = pl.Struct(
    {
        "case_id": pl.String,
        "case_revision": pl.Int64,
        "trace_id": pl.String,
        "status": pl.String,
        "labels": pl.List(pl.String),
        "service": pl.String,
        "model": pl.String,
        "language": pl.String,
        "tool_names": pl.List(pl.String),
        "sources": pl.List(pl.String),
    }
)
SCHEMA = pl.Schema(
    {
        "id": pl.String(),
        "user_input": pl.String(),
        "retrieved_contexts": pl.List(pl.String),
        "response": pl.String(),
        "reference": pl.String(),
        "metadata": _METADATA,
    }
)


@register_format
class RagasExporter(Exporter):
    name = "ragas"
    suffix = ".jsonl"
    skip_reason = "no user turn"

    def write(self, cases: Sequence[Case], out: Path) -> Sequence[str]:
        rows, skipped = [], []
        for case in cases:
            question = last_user_text(case)
            if question is None:
                skipped.append(case.id)
                continue
            rows.append(
                {
                    "id": case.id,
                    "user_input": question,
                    "retrieved_contexts": [d.content for d in case.content.context_documents if d.content],
                    "response": case.content.actual_output,
                    "reference": case.review.expected_output,
                    "metadata": slicing_metadata(case),
                }
            )
        frame = typed_frame(SCHEMA, {name: [row[name] for row in rows] for name in SCHEMA}, len(rows))
        if out.suffix == ".json":
            frame.write_json(out)
        else:
            frame.write_ndjson(out)
        return skipped
