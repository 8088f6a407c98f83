"""Traces for case-generation tests: hand-built spans assembled by the real ``ingest.build_trace``, and the
captured real-instrumentation traces after real redaction."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from ingest import build_trace, load_traces
from schemas import Message, NormalizedSpan, TraceRecord
from schemas.case import RuleSource

TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736"
T0 = datetime(2025, 5, 1, 9, 0, tzinfo=UTC)
NOW = datetime(2025, 5, 1, 10, 0, tzinfo=UTC)
CAPTURED = Path(__file__).parents[1] / "data" / "captured"


def span(
    number: int,
    kind: str = "llm",
    *,
    parent: int | None = None,
    start: float = 0.0,
    end: float = 1.0,
    trace_id: str = TRACE_ID,
    **fields: Any,
) -> NormalizedSpan:
    """A normalized span; ``start``/``end`` in seconds after T0, ids from ``number``."""
    fields.setdefault("name", kind)
    fields.setdefault("convention", "otel_genai")
    fields.setdefault("service", "checkout")
    return NormalizedSpan(
        trace_id=trace_id,
        span_id=f"{number:016x}",
        parent_span_id=f"{parent:016x}" if parent is not None else None,
        kind=kind,  # type: ignore[arg-type]
        start_time=T0 + timedelta(seconds=start),
        end_time=T0 + timedelta(seconds=end),
        **fields,
    )


def trace(*spans: NormalizedSpan) -> TraceRecord:
    return build_trace(list(spans))


def chat(question: str = "Where is my order?", answer: str = "It ships tomorrow.", **fields: Any) -> TraceRecord:
    """One LLM call: a user question and an assistant answer."""
    return trace(
        span(
            1,
            input_messages=[Message(role="user", content=question)],
            output_messages=[Message(role="assistant", content=answer)],
            model="gpt-4o",
            **fields,
        )
    )


def rule_source(rule: str = "errors") -> RuleSource:
    return RuleSource(rule=rule, reason="test", at=NOW)


@pytest.fixture(scope="session")
def captured_traces() -> list[TraceRecord]:
    result = load_traces([CAPTURED])
    assert result.traces
    return result.traces


@pytest.fixture(scope="session")
def redacted_captured(captured_traces: list[TraceRecord]) -> Iterator[list[TraceRecord]]:
    from redaction import Redactor

    yield Redactor().redact_traces(captured_traces)
