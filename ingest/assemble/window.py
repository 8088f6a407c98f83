"""``StreamingAssembler``: spans and log records held per trace until the trace is due for storing.

A trace is due when its root span has ended and none of its items arrived for ``quiet_period_s``,
both by this process's clock and by the records' own Kafka timestamps measured against the
*watermark*: the record time up to which every assigned partition has been read. A consumer
catching up on a backlog reads partitions unevenly; without the watermark it would store a trace
whose remaining spans wait, unread, in another partition, and revise it moments later.
A piece without a root (its root is in another partition or was stored already) is due once quiet
if the store already knows the trace — it then revises the stored trace — else after
``max_wait_s``, when it is stored as open. Memory is bounded: beyond ``max_pending_spans`` the
oldest pieces are due at once (stored open; their later spans revise them). Arrival times are the
process's monotonic clock, never span timestamps (producers' clocks drift).
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass

from ingest.assemble.piece import Origin, TracePiece
from ingest.records import DecodedBatch

KnownTraces = Callable[[list[str]], set[str]]
"""Which of these trace ids the store already holds."""


@dataclass(frozen=True, slots=True)
class Due:
    piece: TracePiece
    complete: bool
    """The root span has ended and the trace went quiet (else it is stored open)."""


class StreamingAssembler:
    def __init__(
        self,
        quiet_period_s: float = 30.0,
        max_wait_s: float = 600.0,
        max_pending_spans: int = 200_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.quiet_period_s = quiet_period_s
        self.max_wait_s = max_wait_s
        self.max_pending_spans = max_pending_spans
        self._clock = clock
        # Least recently touched first: the scan for quiet pieces stops at the first one still active.
        self._pieces: OrderedDict[str, TracePiece] = OrderedDict()
        self._checked: dict[str, float] = {}
        """Rootless quiet pieces already looked up in the store, and when (to look up once per quiet period)."""
        self.pending_spans = 0
        self.unjoined_logs = 0

    @property
    def pending_traces(self) -> int:
        return len(self._pieces)

    def add(self, batch: DecodedBatch, origin: Origin | None = None, record_time: float | None = None) -> set[str]:
        """Hold the batch's spans and log records; returns the ids of the traces it added to.

        ``record_time`` is the Kafka record's timestamp in seconds (``None`` for files).
        """
        now = self._clock()
        touched: set[str] = set()
        for span in batch.spans:
            piece = self._piece(span.trace_id, now)
            if piece.add_span(span, origin):
                self.pending_spans += 1
                touched.add(span.trace_id)
        for log in batch.logs:
            if not log.trace_id:
                self.unjoined_logs += 1
                continue
            if self._piece(log.trace_id, now).add_log(log, origin):
                touched.add(log.trace_id)
        for trace_id in touched:
            self._pieces.move_to_end(trace_id)
            piece = self._pieces[trace_id]
            piece.last_arrival = now
            if record_time is not None:
                piece.last_record_time = max(piece.last_record_time or record_time, record_time)
            self._checked.pop(trace_id, None)
        return touched

    def due(self, known: KnownTraces | None = None, watermark: float | None = None) -> list[Due]:
        """Remove and return the pieces ready to be stored.

        ``watermark``: the record time (seconds) every assigned partition has been read up to;
        ``None`` when every partition is read to its end (nothing unread can belong to a piece).
        """
        now = self._clock()
        out: list[Due] = []
        waiting: list[str] = []
        for trace_id, piece in self._pieces.items():
            if now - piece.last_arrival < self.quiet_period_s:
                break
            if not self._quiet_by_record_time(piece, watermark):
                continue
            if piece.root_ended:
                out.append(Due(piece, complete=True))
            elif now - piece.first_arrival >= self.max_wait_s:
                out.append(Due(piece, complete=False))
            elif now - self._checked.get(trace_id, -float("inf")) >= max(self.quiet_period_s, 1.0):
                waiting.append(trace_id)
        if waiting and known is not None:
            for trace_id in waiting:
                self._checked[trace_id] = now
            stored = known(waiting)
            out.extend(Due(self._pieces[trace_id], complete=False) for trace_id in waiting if trace_id in stored)
        out.extend(self._over_budget(exclude={d.piece.trace_id for d in out}))
        self._remove(d.piece.trace_id for d in out)
        return out

    def _quiet_by_record_time(self, piece: TracePiece, watermark: float | None) -> bool:
        if watermark is None or piece.last_record_time is None:
            return True
        return watermark - piece.last_record_time >= self.quiet_period_s

    def drain(self) -> list[Due]:
        """Remove and return every piece: complete where the root has ended, as if the quiet period had passed."""
        out = [Due(piece, complete=piece.root_ended) for piece in self._pieces.values()]
        self._remove([d.piece.trace_id for d in out])
        return out

    def drop_partitions(self, partitions: Collection[tuple[str, int]]) -> None:
        """Forget what came from ``partitions`` (revoked: their new owner reads those records again)."""
        wanted = set(partitions)
        for trace_id in list(self._pieces):
            piece = self._pieces[trace_id]
            before = piece.span_count
            piece.drop_partitions(wanted)
            self.pending_spans -= before - piece.span_count
            if piece.empty:
                del self._pieces[trace_id]
                self._checked.pop(trace_id, None)

    def _piece(self, trace_id: str, now: float) -> TracePiece:
        piece = self._pieces.get(trace_id)
        if piece is None:
            piece = self._pieces[trace_id] = TracePiece(trace_id, first_arrival=now, last_arrival=now)
        return piece

    def _over_budget(self, exclude: set[str]) -> list[Due]:
        excess = self.pending_spans - sum(self._pieces[t].span_count for t in exclude) - self.max_pending_spans
        if excess <= 0:
            return []
        out = []
        for trace_id, piece in sorted(self._pieces.items(), key=lambda item: item[1].first_arrival):
            if excess <= 0:
                break
            if trace_id in exclude:
                continue
            out.append(Due(piece, complete=False))
            excess -= piece.span_count
        return out

    def _remove(self, trace_ids: Iterable[str]) -> None:
        for trace_id in list(trace_ids):
            piece = self._pieces.pop(trace_id)
            self._checked.pop(trace_id, None)
            self.pending_spans -= piece.span_count
