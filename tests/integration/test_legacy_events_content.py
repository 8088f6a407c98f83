"""Why the legacy-events instrumentation's tool and retrieval spans report ``tool.arguments:missing`` and
``documents:empty``: the spans lack the data, the reader misses nothing.

In the v1.28-era event mode (``OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=true``) util-genai
puts tool arguments, results and retrieved documents on spans only when span capture is on; it emits
no event for them either. The model's own request still carries the arguments, so the trace's tool
call has them (joined by call id) while the tool span rightly reports them missing.
"""

from __future__ import annotations

from pathlib import Path

from ingest.decode import read_otlp_file
from ingest.pipeline import load_traces

CAPTURED = Path(__file__).resolve().parents[1] / "data" / "captured" / "otel-genai-legacy-events"


def _raw_spans_and_logs(scenario: str) -> tuple[list, list]:  # type: ignore[type-arg]
    spans, logs = [], []
    for path in sorted(CAPTURED.glob(f"{scenario}.*.json")):
        for batch in read_otlp_file(path):
            assert not isinstance(batch, Exception)
            spans += batch.spans
            logs += batch.logs
    return spans, logs


def test_tool_spans_carry_no_arguments_and_no_event_does_but_the_trace_has_them() -> None:
    spans, logs = _raw_spans_and_logs("tool_round_trip")
    [tool] = [s for s in spans if s.attributes.get("gen_ai.operation.name") == "execute_tool"]
    assert not any("argument" in key or "result" in key for key in tool.attributes)
    assert {log.event_name for log in logs} <= {
        "gen_ai.system.message",
        "gen_ai.user.message",
        "gen_ai.assistant.message",
        "gen_ai.tool.message",
        "gen_ai.choice",
    }
    [trace] = load_traces(sorted(CAPTURED.glob("tool_round_trip.*.json"))).traces
    assert [(c.name, c.arguments) for c in trace.tool_calls] == [("get_weather", {"location": "Paris"})]
    assert [v.field for v in trace.violations] == ["tool.arguments"]


def test_retrieval_spans_carry_no_documents_anywhere() -> None:
    spans, logs = _raw_spans_and_logs("retrieval_augmented")
    [retrieval] = [s for s in spans if s.attributes.get("gen_ai.operation.name") == "retrieval"]
    assert not any("document" in key for key in retrieval.attributes)
    assert not any(log.span_id == retrieval.span_id for log in logs)  # no event of the retrieval either
