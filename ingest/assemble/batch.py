"""``TraceAssembler``: every span and log record of a load in memory, then one record per trace.

For files and in-memory batches (``tracecase normalize``, tests). Spans are deduplicated by span
id and log records joined to their span whatever the arrival order (see ``TracePiece``); each
trace is built on its own, so one trace's failure never aborts the others.
"""

from __future__ import annotations

from collections.abc import Iterable

from ingest._trace_view import build_trace
from ingest.assemble.normalize_piece import SpanFailure, normalize_piece
from ingest.assemble.piece import TracePiece
from ingest.records import DecodedBatch, RawLogRecord, RawSpan
from schemas.policy import RequiredFieldPolicy
from schemas.trace import TraceRecord


class TraceAssembler:
    """Accumulates spans and logs of many traces; builds each trace on demand.

    A log record with a trace id but no span id is attached to the span whose
    ``gen_ai.response.id`` it names (how ``gen_ai.evaluation.result`` correlates without a parent),
    else to the root span. Records without a trace id cannot be joined: ``unjoined_logs`` counts them.
    Spans the normalizer could not read are left out of their trace and listed in ``failures``.
    """

    def __init__(self, policy: RequiredFieldPolicy | None = None) -> None:
        self._policy = policy
        self._pieces: dict[str, TracePiece] = {}
        self.unjoined_logs = 0
        self.failures: list[SpanFailure] = []

    def add(self, batch: DecodedBatch) -> None:
        self.add_spans(batch.spans)
        self.add_logs(batch.logs)

    def add_spans(self, spans: Iterable[RawSpan]) -> None:
        for span in spans:
            self._piece(span.trace_id).add_span(span, None)

    def add_logs(self, logs: Iterable[RawLogRecord]) -> None:
        for log in logs:
            if log.trace_id:
                self._piece(log.trace_id).add_log(log, None)
            else:
                self.unjoined_logs += 1

    def trace_ids(self) -> list[str]:
        """Ids of traces with at least one span (logs alone do not make a trace)."""
        return sorted(trace_id for trace_id, piece in self._pieces.items() if piece.spans)

    def build(self, trace_id: str) -> TraceRecord:
        """The trace as assembled so far (it stays buffered; see :meth:`pop`).

        Raises ``ValueError`` when none of the trace's spans could be normalized.
        """
        normalized = normalize_piece(self._pieces[trace_id])
        self.failures.extend(failure for failure in normalized.failures if failure not in self.failures)
        return build_trace(normalized.spans, self._policy)

    def pop(self, trace_id: str) -> TraceRecord:
        """Build the trace and forget it."""
        record = self.build(trace_id)
        del self._pieces[trace_id]
        return record

    def build_all(self) -> list[TraceRecord]:
        """Every trace with at least one readable span, sorted by trace id."""
        records = []
        for trace_id in self.trace_ids():
            try:
                records.append(self.build(trace_id))
            except ValueError:  # every span of it failed: listed in ``failures``
                continue
        return records

    def _piece(self, trace_id: str) -> TracePiece:
        piece = self._pieces.get(trace_id)
        if piece is None:
            piece = self._pieces[trace_id] = TracePiece(trace_id)
        return piece
