"""A trace piece's raw spans and log records -> normalized spans, one span's failure isolated.

Log records join their span by span id. Records naming no span (an evaluation result emitted
after the fact) join the span whose ``gen_ai.response.id`` they carry, else the root span; when
the piece lacks those spans (a late record for a trace already stored), ``LogTargets`` from the
store say where they go. Log records whose span is not in the piece become *partial* spans —
the log-derived fields of a span stored elsewhere, merged into it by the store
(``ingest.assemble.merge``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ingest.assemble.piece import Origin, TracePiece
from ingest.normalize import NormalizeError, normalize_span
from ingest.records import RawLogRecord, RawSpan
from schemas.span import NormalizedSpan

_RESPONSE_ID = "gen_ai.response.id"


@dataclass(frozen=True, slots=True)
class LogTargets:
    """Stored spans that span-less log records of a trace may attach to."""

    root_span_id: str | None = None
    by_response_id: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SpanFailure:
    """A span that could not be normalized (a normalizer bug, not bad input): reported, not stored."""

    trace_id: str
    span_id: str
    reason: str
    origins: frozenset[Origin]


@dataclass(slots=True)
class NormalizedPiece:
    trace_id: str
    spans: list[NormalizedSpan]
    partials: list[NormalizedSpan]
    """Spans known only from their log records."""
    failures: list[SpanFailure]
    unjoined_logs: int = 0
    """Span-less log records with no span to attach to."""


def normalize_piece(piece: TracePiece, targets: LogTargets | None = None) -> NormalizedPiece:
    logs, unjoined = _logs_by_span(piece, targets or LogTargets())
    spans: list[NormalizedSpan] = []
    partials: list[NormalizedSpan] = []
    failures: list[SpanFailure] = []
    for span_id, raw in piece.spans.items():
        _normalize_into(spans, failures, piece, raw, logs.get(span_id, ()))
    for span_id, records in logs.items():
        if span_id not in piece.spans:
            _normalize_into(partials, failures, piece, _log_carrier(piece.trace_id, span_id), records)
    return NormalizedPiece(piece.trace_id, spans, partials, failures, unjoined)


def _normalize_into(
    out: list[NormalizedSpan],
    failures: list[SpanFailure],
    piece: TracePiece,
    raw: RawSpan,
    logs: Sequence[RawLogRecord],
) -> None:
    try:
        out.append(normalize_span(raw, logs))
    except NormalizeError as exc:  # InvalidSpanError included: ids the decoder let through
        failures.append(SpanFailure(piece.trace_id, raw.span_id, str(exc), frozenset(piece.origins_of(raw.span_id))))


def _logs_by_span(piece: TracePiece, targets: LogTargets) -> tuple[dict[str, list[RawLogRecord]], int]:
    if not piece.trace_logs:
        return piece.logs, 0
    by_response = {
        str(raw.attributes[_RESPONSE_ID]): span_id
        for span_id, raw in piece.spans.items()
        if _RESPONSE_ID in raw.attributes
    }
    root = next((span_id for span_id, raw in piece.spans.items() if not raw.parent_span_id), None)
    fallback = root or targets.root_span_id or next(iter(piece.spans), None)
    logs = {span_id: list(records) for span_id, records in piece.logs.items()}
    unjoined = 0
    for log in piece.trace_logs:
        response_id = log.attributes.get(_RESPONSE_ID)
        target = None
        if response_id is not None:
            target = by_response.get(str(response_id)) or targets.by_response_id.get(str(response_id))
        target = target or fallback
        if target is None:
            unjoined += 1
            continue
        logs.setdefault(target, []).append(log)
    return logs, unjoined


def _log_carrier(trace_id: str, span_id: str) -> RawSpan:
    """An empty span with the ids of a span not at hand, to read its log records through the normalizer."""
    return RawSpan(
        trace_id=trace_id,
        span_id=span_id,
        parent_span_id=None,
        name="",
        kind=0,
        start_time_unix_nano=0,
        end_time_unix_nano=0,
        status_code=0,
        status_message="",
        attributes={},
        events=[],
        resource={},
        scope_name="",
        scope_version="",
    )
