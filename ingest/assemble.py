"""Trace assembly: raw spans and log records, in any order and possibly duplicated -> TraceRecords.

:class:`TraceAssembler` buffers decoded batches per trace id. Spans are deduplicated by span id
(first copy kept: re-delivered batches are idempotent) and log records are joined to their span by
``(trace_id, span_id)`` at build time, so logs may arrive before or after their span. Each span is
normalized once and kept until a log record for it arrives; :func:`build_trace`
(``ingest._trace_view``) derives the trace-level view (``schemas.trace``) from normalized spans.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import orjson

from ingest._gc import fewer_collections
from ingest._trace_view import build_trace
from ingest.normalize import normalize_span
from ingest.records import DecodedBatch, RawLogRecord, RawSpan
from schemas.policy import RequiredFieldPolicy
from schemas.span import NormalizedSpan
from schemas.trace import TraceRecord


@dataclass(slots=True)
class _PendingTrace:
    spans: dict[str, RawSpan] = field(default_factory=dict)
    logs: dict[str, list[RawLogRecord]] = field(default_factory=dict)
    trace_logs: list[RawLogRecord] = field(default_factory=list)
    """Records with a trace id but no span id (e.g. an evaluation result emitted after the fact)."""
    log_keys: set[tuple[Any, ...]] = field(default_factory=set)
    normalized: dict[str, NormalizedSpan] = field(default_factory=dict)
    """Spans normalized by an earlier build, by span id; dropped when a log record for the span
    arrives (all of them while trace-level records exist: where those attach can change)."""

    def invalidate(self, span_id: str | None) -> None:
        if span_id is None or self.trace_logs:
            self.normalized.clear()
        else:
            self.normalized.pop(span_id, None)


class TraceAssembler:
    """Accumulates spans and logs of many traces; builds each trace on demand.

    A log record with a trace id but no span id is attached to the span whose
    ``gen_ai.response.id`` it names (how ``gen_ai.evaluation.result`` correlates without a parent),
    else to the root span. Records without a trace id cannot be joined: ``unjoined_logs`` counts them.
    """

    def __init__(self, policy: RequiredFieldPolicy | None = None) -> None:
        self._policy = policy
        self._traces: dict[str, _PendingTrace] = {}
        self.unjoined_logs = 0

    def add(self, batch: DecodedBatch) -> None:
        self.add_spans(batch.spans)
        self.add_logs(batch.logs)

    def add_spans(self, spans: Iterable[RawSpan]) -> None:
        traces = self._traces
        for span in spans:
            pending = traces.get(span.trace_id)
            if pending is None:  # not setdefault: that would build a throwaway _PendingTrace per span
                pending = traces[span.trace_id] = _PendingTrace()
            if span.span_id not in pending.spans:
                pending.spans[span.span_id] = span
                if pending.trace_logs:  # a new root or response id may re-target trace-level logs
                    pending.normalized.clear()

    def add_logs(self, logs: Iterable[RawLogRecord]) -> None:
        for log in logs:
            if not log.trace_id:
                self.unjoined_logs += 1
                continue
            pending = self._traces.get(log.trace_id)
            if pending is None:
                pending = self._traces[log.trace_id] = _PendingTrace()
            key = _log_key(log)
            if key in pending.log_keys:
                continue
            pending.log_keys.add(key)
            pending.invalidate(log.span_id or None)
            if log.span_id:
                pending.logs.setdefault(log.span_id, []).append(log)
            else:
                pending.trace_logs.append(log)

    def trace_ids(self) -> list[str]:
        """Ids of traces with at least one span (logs alone do not make a trace)."""
        return sorted(trace_id for trace_id, pending in self._traces.items() if pending.spans)

    def build(self, trace_id: str) -> TraceRecord:
        """The trace as assembled so far (it stays buffered; see :meth:`pop`).

        Records built from the same buffered trace share their unchanged span objects: treat them
        as read-only (``model_copy`` before editing, as redaction does).
        """
        pending = self._traces[trace_id]
        normalized = pending.normalized
        if len(normalized) < len(pending.spans):
            # Each span is normalized once, not once per build: a streaming consumer may build a
            # trace repeatedly while it grows, and normalizing is most of the cost.
            logs = _attach_trace_logs(pending) if pending.trace_logs else pending.logs
            for span_id, raw in pending.spans.items():
                if span_id not in normalized:
                    normalized[span_id] = normalize_span(raw, logs.get(span_id, ()))
        return build_trace(list(normalized.values()), self._policy)

    def pop(self, trace_id: str) -> TraceRecord:
        """Build the trace and forget it (a streaming consumer flushes finished traces this way)."""
        record = self.build(trace_id)
        del self._traces[trace_id]
        return record

    def build_all(self) -> list[TraceRecord]:
        """Every trace with spans, sorted by trace id."""
        with fewer_collections():  # every span built here stays alive until the list is returned
            return [self.build(trace_id) for trace_id in self.trace_ids()]


def _attach_trace_logs(pending: _PendingTrace) -> dict[str, list[RawLogRecord]]:
    by_response = {
        raw.attributes["gen_ai.response.id"]: span_id
        for span_id, raw in pending.spans.items()
        if "gen_ai.response.id" in raw.attributes
    }
    root = next((i for i, raw in pending.spans.items() if not raw.parent_span_id), next(iter(pending.spans)))
    logs = {span_id: list(records) for span_id, records in pending.logs.items()}
    for log in pending.trace_logs:
        target = by_response.get(log.attributes.get("gen_ai.response.id"), root)
        logs.setdefault(target, []).append(log)
    return logs


def _log_key(log: RawLogRecord) -> tuple[Any, ...]:
    # Re-delivered records are identical; records differing only in attributes (two evaluation
    # results at one timestamp) are not. Bodies and attributes are usually small.
    try:
        payload: Any = orjson.dumps(
            [log.body, log.attributes], option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS, default=repr
        )
    except (orjson.JSONEncodeError, TypeError):
        payload = id(log)  # not serializable (e.g. nested too deep): never treated as a duplicate
    return (log.span_id, log.time_unix_nano, log.event_name, payload)
