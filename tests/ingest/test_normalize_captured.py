"""Every span captured from the real instrumentations normalizes to a valid span of the right convention.

``normalize_span`` builds its result with ``model_construct`` for speed; re-validating the dumped
span here proves that what it builds satisfies the schema.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from ingest.decode import read_otlp_file
from ingest.normalize import normalize_span
from ingest.records import DecodedBatch, RawLogRecord, RawSpan
from schemas import NormalizedSpan

CAPTURED = Path(__file__).parents[1] / "data" / "captured"
# directory -> convention every LLM span of it must be labelled with
CONVENTIONS = {
    "openinference": "openinference",
    "otel-genai-latest": "otel_genai",
    "otel-genai-span-only": "otel_genai",
    "otel-genai-legacy-events": "otel_genai_legacy",
    "traceloop": "traceloop",
}


def _load(directory: Path) -> tuple[list[RawSpan], dict[tuple[str, str], list[RawLogRecord]]]:
    spans: list[RawSpan] = []
    logs: dict[tuple[str, str], list[RawLogRecord]] = defaultdict(list)
    for path in sorted(directory.glob("*.json")):
        if path.name == "manifest.json":
            continue
        for item in read_otlp_file(path):
            assert isinstance(item, DecodedBatch), item
            spans.extend(item.spans)
            for record in item.logs:
                logs[(record.trace_id or "", record.span_id or "")].append(record)
    return spans, logs


@pytest.mark.parametrize("name", sorted(CONVENTIONS))
def test_captured_spans_normalize_to_valid_spans(name: str) -> None:
    directory = CAPTURED / name
    if not directory.is_dir():
        pytest.skip(f"no captured spans for {name}")
    spans, logs = _load(directory)
    assert spans
    normalized = [normalize_span(raw, logs.get((raw.trace_id, raw.span_id), ())) for raw in spans]
    for span in normalized:
        assert NormalizedSpan.model_validate(span.model_dump()) == span
    llm = [s for s in normalized if s.kind == "llm"]
    assert llm and {s.convention for s in llm} == {CONVENTIONS[name]}
    for span in llm:
        assert span.model and span.provider == "openai"
        assert span.input_messages, span.name
        assert span.status == "error" or span.output_messages, span.name
    # every log event was joined to its span and consumed
    assert all(not s.events or all(e.name != "gen_ai.choice" for e in s.events) for s in normalized)
