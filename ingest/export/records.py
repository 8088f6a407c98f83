"""Telemetry items → Kafka records, the way the collector's kafka exporter cuts them.

Without keys, one export batch is one record with no key. Keyed by trace, the batch is split per
trace (first-seen order) and each record's key is the trace id as 32 lower-case hex characters
(``partition_traces_by_id`` / ``partition_logs_by_trace_id``); log records without a trace id keep
no key. A record whose key and value exceed ``max_record_bytes`` is halved, again and again, until
every part fits: the collector rejects such a record instead (its ``max_message_bytes``, default
1,000,000), a consumer sees no difference between one record and its parts. An item that does not
fit on its own is handed to ``on_oversized`` and left out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from google.protobuf.message import Message

Item = TypeVar("Item")


@dataclass(frozen=True, slots=True)
class KafkaRecord:
    key: bytes | None
    value: bytes
    items: int
    """Spans or log records in ``value``."""


@dataclass(frozen=True, slots=True)
class RecordCutter(Generic[Item]):
    """How one signal's items become record values; ``cut`` applies it to a batch."""

    encode: Callable[[Sequence[Item]], Message]
    """The OTLP encoder (``encode_spans``/``encode_logs``): items grouped by resource and scope."""
    serialize: Callable[[Message], bytes]
    trace_id_of: Callable[[Item], int]
    """0 when the item belongs to no trace."""
    max_record_bytes: int
    keyed_by_trace: bool

    def cut(self, items: Sequence[Item], on_oversized: Callable[[Item, int], None]) -> list[KafkaRecord]:
        if not self.keyed_by_trace:
            return self._fit(items, None, on_oversized)
        by_trace: dict[int, list[Item]] = {}
        for item in items:
            by_trace.setdefault(self.trace_id_of(item), []).append(item)
        records: list[KafkaRecord] = []
        for trace_id, group in by_trace.items():
            key = format(trace_id, "032x").encode() if trace_id else None
            records.extend(self._fit(group, key, on_oversized))
        return records

    def _fit(
        self, items: Sequence[Item], key: bytes | None, on_oversized: Callable[[Item, int], None]
    ) -> list[KafkaRecord]:
        if not items:
            return []
        value = self.serialize(self.encode(items))
        size = len(value) + (len(key) if key else 0)
        if size <= self.max_record_bytes:
            return [KafkaRecord(key, value, len(items))]
        if len(items) == 1:
            on_oversized(items[0], size)
            return []
        middle = len(items) // 2
        return self._fit(items[:middle], key, on_oversized) + self._fit(items[middle:], key, on_oversized)
