"""``TraceProcessor``: normalize → validate → redact → store, the one path every source takes.

The consumer, ``tracecase ingest --from-file``, ``tracecase normalize`` and the demo all hand it
the pieces the assembler says are due. Spans are redacted before anything is stored or returned,
each in its trace's pseudonym scope; a trace is built from every stored span of it (other
consumers' pieces included) and validated against the required-field policy as it is built.

Failure isolation: a span the normalizer cannot read, or a trace whose storing fails for a
reason of its own, is reported in ``Processed.failures`` (for the dead-letter topic) while the
rest of the batch is stored. A store that is down raises ``StoreUnavailableError`` for the whole
batch: the caller retries it, nothing was half-written.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from sqlmodel import Session

from ingest._trace_view import build_trace
from ingest.assemble import Due, LogTargets, NormalizedPiece, Origin, normalize_piece
from ingest.pipeline.save import RedactedSpan, SavedTrace, TraceChange, save_piece
from schemas.policy import RequiredFieldPolicy
from schemas.redaction import RedactionRecord
from schemas.span import NormalizedSpan
from schemas.trace import TraceRecord
from store import TraceStore, is_transient, load_spans, utcnow

logger = logging.getLogger(__name__)


class SpanRedactor(Protocol):
    def redact_spans(self, spans: Sequence[NormalizedSpan]) -> list[tuple[NormalizedSpan, RedactionRecord]]: ...


StoredHook = Callable[[Session, SavedTrace], None]
"""Called in the storing transaction for each trace that completed or was revised (case promotion)."""


@dataclass(frozen=True, slots=True)
class Failure:
    """Something the records themselves caused; its records go to the dead-letter topic."""

    trace_id: str
    reason: str
    origins: frozenset[Origin]


@dataclass(slots=True)
class Processed:
    traces: list[SavedTrace] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    unjoined_logs: int = 0

    @property
    def records(self) -> list[TraceRecord]:
        return [saved.record for saved in self.traces if saved.record is not None]


class TraceProcessor:
    def __init__(
        self,
        policy: RequiredFieldPolicy,
        redactor: SpanRedactor | None,
        store: TraceStore | None = None,
        hooks: Sequence[StoredHook] = (),
    ) -> None:
        self.policy = policy
        self.redactor = redactor
        self.store = store
        self.hooks = list(hooks)

    def process(self, due: Sequence[Due]) -> Processed:
        """Store (or, without a store, build) every due piece; raises ``StoreUnavailableError`` to retry."""
        ordered = sorted(due, key=lambda d: d.piece.trace_id)  # one lock order across processes
        targets = self._log_targets(ordered)
        normalized = [normalize_piece(d.piece, targets.get(d.piece.trace_id)) for d in ordered]
        out = Processed(unjoined_logs=sum(n.unjoined_logs for n in normalized))
        out.failures.extend(
            Failure(f.trace_id, f"normalize_failed: {f.reason}", f.origins) for n in normalized for f in n.failures
        )
        redacted = self._redact(normalized)
        if self.store is None:
            out.traces.extend(
                _built(n.trace_id, spans, self.policy) for n, (spans, _) in zip(normalized, redacted, strict=True)
            )
            return out
        with self.store.transaction() as session:
            for item, pair in zip(ordered, redacted, strict=True):
                self._save_one(session, item, pair, out)
        return out

    def _save_one(
        self, session: Session, item: Due, redacted: tuple[list[RedactedSpan], list[RedactedSpan]], out: Processed
    ) -> None:
        trace_id = item.piece.trace_id
        savepoint = session.begin_nested()
        try:
            saved = save_piece(session, trace_id, *redacted, complete=item.complete, policy=self.policy, now=utcnow())
            if saved.change in (TraceChange.COMPLETED, TraceChange.REVISED):
                for hook in self.hooks:
                    hook(session, saved)
            savepoint.commit()
        except Exception as exc:
            if is_transient(exc):
                raise  # the database is down: the whole batch is retried
            # One trace's own failure (a bug or a row the store refuses): isolate it, store the others.
            savepoint.rollback()
            logger.warning("storing trace %s failed (%s); sent to dead letters", trace_id, type(exc).__name__)
            out.failures.append(Failure(trace_id, f"store_failed: {type(exc).__name__}", frozenset(item.piece.origins)))
            return
        out.traces.append(saved)

    def _redact(self, pieces: Sequence[NormalizedPiece]) -> list[tuple[list[RedactedSpan], list[RedactedSpan]]]:
        everything = [span for p in pieces for span in (*p.spans, *p.partials)]
        if self.redactor is None:
            redacted: list[RedactedSpan] = [(span, None) for span in everything]
        else:
            redacted = list(self.redactor.redact_spans(everything))
        out = []
        at = 0
        for piece in pieces:
            spans = redacted[at : at + len(piece.spans)]
            at += len(piece.spans)
            partials = redacted[at : at + len(piece.partials)]
            at += len(piece.partials)
            out.append((spans, partials))
        return out

    def _log_targets(self, due: Sequence[Due]) -> dict[str, LogTargets]:
        """For pieces with span-less log records but no root at hand: the stored spans they may attach to."""
        wanted = [
            d.piece.trace_id
            for d in due
            if d.piece.trace_logs and not any(not s.parent_span_id for s in d.piece.spans.values())
        ]
        if not wanted or self.store is None:
            return {}
        targets: dict[str, LogTargets] = {}
        with self.store.transaction() as session:
            for trace_id in wanted:
                rows = [r for r in load_spans(session, trace_id) if not r.partial]
                root = next((r.span_id for r in rows if r.parent_span_id is None), None)
                by_response = {}
                for row in rows:
                    response_id = _response_id(row.body)
                    if response_id:
                        by_response[response_id] = row.span_id
                targets[trace_id] = LogTargets(root, by_response)
        return targets


def _response_id(body: str) -> str | None:
    if '"gen_ai.response.id"' not in body:
        return None
    value = NormalizedSpan.model_validate_json(body).attributes.get("gen_ai.response.id")
    return str(value) if value is not None else None


def _built(trace_id: str, spans: list[RedactedSpan], policy: RequiredFieldPolicy) -> SavedTrace:
    if not spans:
        return SavedTrace(trace_id, TraceChange.PENDING, None)
    return SavedTrace(trace_id, TraceChange.COMPLETED, build_trace([span for span, _ in spans], policy))
