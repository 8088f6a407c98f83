"""Stored traces as case building needs them: the redacted record with its spans, and each span's
redaction record."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import Session

from schemas.redaction import RedactionRecord
from schemas.trace import TraceRecord
from store import get_trace, load_record, redaction_from_row


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
    record, spans = load_record(session, row)
    redactions = {s.span_id: found for s in spans if (found := redaction_from_row(s)) is not None}
    return StoredTrace(record, redactions, row.state, row.revision)
