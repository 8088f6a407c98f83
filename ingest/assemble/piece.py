"""``TracePiece``: what one process holds of one trace before storing it.

Spans are deduplicated by span id (the first copy is kept, so a re-delivered record changes
nothing) and log records by content. Every item remembers the record it came from (its
:class:`Origin`): the consumer commits a record's offset only once every piece holding an item
of it has been stored, and forgets the items of partitions it loses in a rebalance.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import orjson

from ingest.records import RawLogRecord, RawSpan


@dataclass(frozen=True, slots=True, order=True)
class Origin:
    """A Kafka record: topic, partition, offset."""

    topic: str
    partition: int
    offset: int

    @property
    def partition_key(self) -> tuple[str, int]:
        return (self.topic, self.partition)


@dataclass(slots=True)
class TracePiece:
    trace_id: str
    first_arrival: float = 0.0
    last_arrival: float = 0.0
    """Monotonic time this process received the latest item."""
    last_record_time: float | None = None
    """Kafka timestamp (seconds) of the latest record that added an item; None for files."""
    spans: dict[str, RawSpan] = field(default_factory=dict)
    logs: dict[str, list[RawLogRecord]] = field(default_factory=dict)
    """Log records by the span id they name."""
    trace_logs: list[RawLogRecord] = field(default_factory=list)
    """Records with a trace id but no span id (e.g. an evaluation result emitted after the fact)."""
    _log_keys: set[tuple[Any, ...]] = field(default_factory=set)
    _item_origins: dict[Any, Origin] = field(default_factory=dict)
    """Span id or log key -> the record it came from (items from files have none)."""

    @property
    def origins(self) -> set[Origin]:
        """The records this piece holds items of."""
        return set(self._item_origins.values())

    @property
    def span_count(self) -> int:
        return len(self.spans)

    @property
    def root_ended(self) -> bool:
        """A span without a parent has ended: the trace's work is done, late spans aside."""
        return any(not span.parent_span_id and span.end_time_unix_nano for span in self.spans.values())

    def add_span(self, span: RawSpan, origin: Origin | None) -> bool:
        """Keep ``span`` unless a copy is held already; True when it was new."""
        if span.span_id in self.spans:
            return False
        self.spans[span.span_id] = span
        if origin is not None:
            self._item_origins[span.span_id] = origin
        return True

    def add_log(self, log: RawLogRecord, origin: Origin | None) -> bool:
        key = log_key(log)
        if key in self._log_keys:
            return False
        self._log_keys.add(key)
        if log.span_id:
            self.logs.setdefault(log.span_id, []).append(log)
        else:
            self.trace_logs.append(log)
        if origin is not None:
            self._item_origins[key] = origin
        return True

    def drop_partitions(self, partitions: set[tuple[str, int]]) -> None:
        """Forget every item that came from one of ``partitions`` (revoked in a rebalance)."""
        dropped = {item for item, origin in self._item_origins.items() if origin.partition_key in partitions}
        if not dropped:
            return
        for item in dropped:
            del self._item_origins[item]
            if isinstance(item, str):
                del self.spans[item]
            else:
                self._log_keys.discard(item)
        self.logs = {
            span_id: kept
            for span_id, records in self.logs.items()
            if (kept := [log for log in records if log_key(log) not in dropped])
        }
        self.trace_logs = [log for log in self.trace_logs if log_key(log) not in dropped]

    def origins_of(self, span_id: str) -> set[Origin]:
        """The records that brought ``span_id`` and its log records."""
        # Items are span ids (str) or log keys, whose first element is the span id they name.
        return {
            origin
            for item, origin in self._item_origins.items()
            if (item if isinstance(item, str) else item[0]) == span_id
        }

    @property
    def empty(self) -> bool:
        return not self.spans and not self.logs and not self.trace_logs


def log_key(log: RawLogRecord) -> tuple[Any, ...]:
    """Re-delivered records are identical; records differing only in attributes (two evaluation
    results at one timestamp) are not. Bodies and attributes are usually small."""
    try:
        payload: Any = orjson.dumps(
            [log.body, log.attributes], option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS, default=repr
        )
    except (orjson.JSONEncodeError, TypeError):
        payload = id(log)  # not serializable (e.g. nested too deep): never treated as a duplicate
    return (log.span_id, log.time_unix_nano, log.event_name, payload)
