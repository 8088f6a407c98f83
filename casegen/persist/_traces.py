"""Stored traces as case building needs them: the redacted record with its spans, and each span's
redaction record."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import Session

from schemas.redaction import RedactionRecord
from schemas.trace import TraceRecord
from store import get_trace, load_spans, redaction_from_row, span_from_row, trace_from_row


@dataclass(frozen=True)
class StoredTrace:
    record: TraceRecord
    redactions: dict[str, RedactionRecord] = field(default_factory=dict)
    state: str = "complete"
    revision: int = 1


def load_trace(session: Session, trace_id: str) -> StoredTrace | None:
    """The stored trace (spans in start order, log-only partial spans left out), or None."""
    row = get_trace(session, trace_id)
    if row is None:
        return None
    spans = [s for s in load_spans(session, trace_id) if not s.partial]
    # The order ingest builds traces in: start time, span id breaking ties, no start time last.
    normalized = sorted(
        (span_from_row(s) for s in spans),
        key=lambda s: (s.start_time.timestamp() if s.start_time else float("inf"), s.span_id),
    )
    redactions = {s.span_id: record for s in spans if (record := redaction_from_row(s)) is not None}
    return StoredTrace(trace_from_row(row, normalized), redactions, row.state, row.revision)
