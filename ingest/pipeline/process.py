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
from ingest.pipeline.save import PieceToSave, RedactedSpan, SavedTrace, TraceChange, save_pieces
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
        pieces = [
            PieceToSave(item.piece.trace_id, spans, partials, item.complete)
            for item, (spans, partials) in zip(ordered, redacted, strict=True)
        ]
        origins = {item.piece.trace_id: frozenset(item.piece.origins) for item in ordered}
        with self.store.transaction() as session:
            saved = self._save(session, pieces, origins, out)
            for trace in saved:
                if trace.change in (TraceChange.COMPLETED, TraceChange.REVISED):
                    self._run_hooks(session, trace)
        out.traces.extend(saved)
        return out

    def _save(
        self, session: Session, pieces: list[PieceToSave], origins: dict[str, frozenset[Origin]], out: Processed
    ) -> list[SavedTrace]:
        """All pieces in one go; if the database refuses the batch, piece by piece to isolate the culprit."""
        now = utcnow()
        batch = session.begin_nested()
        try:
            saved, failed = save_pieces(session, pieces, policy=self.policy, now=now)
            batch.commit()
        except Exception as exc:
            if is_transient(exc):
                raise  # the database is down: the whole batch is retried
            batch.rollback()
            saved, failed = [], []
            for piece in pieces:
                one = session.begin_nested()
                try:
                    done, bad = save_pieces(session, [piece], policy=self.policy, now=now)
                    one.commit()
                except Exception as single:
                    if is_transient(single):
                        raise
                    one.rollback()
                    done, bad = [], [(piece, single)]
                saved += done
                failed += bad
        for piece, error in failed:
            logger.warning("storing trace %s failed (%s); sent to dead letters", piece.trace_id, type(error).__name__)
            out.failures.append(
                Failure(
                    piece.trace_id, f"store_failed: {type(error).__name__}", origins.get(piece.trace_id, frozenset())
                )
            )
        return saved

    def _run_hooks(self, session: Session, trace: SavedTrace) -> None:
        for hook in self.hooks:
            savepoint = session.begin_nested()
            try:
                hook(session, trace)
                savepoint.commit()
            except Exception as exc:
                if is_transient(exc):
                    raise
                savepoint.rollback()  # the trace stays stored; `tracecase rules backfill` can redo this
                logger.exception("hook %s failed for trace %s", getattr(hook, "__name__", hook), trace.trace_id)

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
