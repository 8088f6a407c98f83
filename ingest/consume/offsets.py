"""Which offsets may be committed: only past records whose every item is durably stored.

A record's items may sit in several trace pieces waiting for their traces to complete; the
record is *held* once per piece and *released* as each piece is stored. Per partition, the
committable offset is the lowest held record (Kafka resumes there after a crash, re-reading what
was not stored), or one past the highest record seen when nothing is held.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable

from ingest.assemble import Origin

Partition = tuple[str, int]


class OffsetTracker:
    def __init__(self) -> None:
        self._held: dict[Partition, Counter[int]] = {}
        self._heaps: dict[Partition, list[int]] = {}
        self._next: dict[Partition, int] = {}
        """One past the highest offset seen, per partition."""
        self._committed: dict[Partition, int] = {}

    def seen(self, origin: Origin) -> None:
        key = origin.partition_key
        self._next[key] = max(self._next.get(key, 0), origin.offset + 1)

    def hold(self, origin: Origin, times: int = 1) -> None:
        if times <= 0:
            return
        key = origin.partition_key
        held = self._held.setdefault(key, Counter())
        if held[origin.offset] == 0:
            heapq.heappush(self._heaps.setdefault(key, []), origin.offset)
        held[origin.offset] += times

    def release(self, origins: Iterable[Origin]) -> None:
        for origin in origins:
            held = self._held.get(origin.partition_key)
            if held is None or held[origin.offset] <= 0:
                continue  # a partition forgotten in a rebalance
            held[origin.offset] -= 1
            if held[origin.offset] == 0:
                del held[origin.offset]

    def committable(self) -> dict[Partition, int]:
        """Offsets to commit now: per partition, only where it moved since the last ``committed``."""
        out = {}
        for key, next_offset in self._next.items():
            offset = self._lowest_held(key)
            offset = next_offset if offset is None else offset
            if self._committed.get(key) != offset:
                out[key] = offset
        return out

    def committed(self, offsets: dict[Partition, int]) -> None:
        self._committed.update(offsets)

    def held_count(self) -> int:
        return sum(len(held) for held in self._held.values())

    def forget(self, partitions: Iterable[Partition]) -> None:
        for key in partitions:
            for table in (self._held, self._heaps, self._next, self._committed):
                table.pop(key, None)

    def _lowest_held(self, key: Partition) -> int | None:
        heap, held = self._heaps.get(key), self._held.get(key)
        if not heap or not held:
            return None
        while heap and held.get(heap[0], 0) == 0:
            heapq.heappop(heap)  # released since it was pushed
        return heap[0] if heap else None
