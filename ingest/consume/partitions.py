"""What the consumer knows of its partitions: how far each is read, which offsets may be committed,
the watermark of record time, lag. The loop (``ingest.consume.loop``) asks; this module talks to
kafka-python.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from typing import Any

from kafka import TopicPartition
from kafka.errors import KafkaError
from kafka.structs import OffsetAndMetadata

from ingest.assemble import Origin
from ingest.consume.dead_letters import DeadLetters
from ingest.consume.offsets import OffsetTracker, Partition

logger = logging.getLogger(__name__)

_COMMIT_INTERVAL_S = 1.0
_LAG_INTERVAL_S = 10.0


class Partitions:
    def __init__(self, consumer: Any, dead_letters: DeadLetters, clock: Callable[[], float] = time.monotonic) -> None:
        self._consumer = consumer
        self._dead_letters = dead_letters
        self._clock = clock
        self.offsets = OffsetTracker()
        self._record_times: dict[Partition, float] = {}
        """Latest Kafka record timestamp (seconds) read from each partition."""
        self._last_commit = self._last_lag = 0.0
        self.lag: dict[Partition, int] = {}

    def seen(self, record: Any) -> tuple[Origin, float | None]:
        """Note a polled record; returns its origin and the latest record time of its partition."""
        origin = Origin(record.topic, record.partition, record.offset)
        self.offsets.seen(origin)
        key = origin.partition_key
        if record.timestamp is not None and record.timestamp >= 0:
            self._record_times[key] = max(self._record_times.get(key, 0.0), record.timestamp / 1000)
        return origin, self._record_times.get(key)

    def watermark(self) -> float | None:
        """The record time up to which every assigned partition has been read (``None``: all read to the end)."""
        marks = []
        for tp in self._consumer.assignment():
            high = self._consumer.highwater(tp)
            if high is None:
                return float("-inf")  # not fetched yet: anything may be waiting there
            if self._consumer.position(tp) >= high:
                continue  # read to its end
            marks.append(self._record_times.get((tp.topic, tp.partition), float("-inf")))
        return min(marks) if marks else None

    def caught_up(self) -> bool:
        assigned = self._consumer.assignment()
        if not assigned:
            return True
        try:
            ends = self._consumer.end_offsets(list(assigned))
        except KafkaError:
            return False
        return all(self._consumer.position(tp) >= end for tp, end in ends.items())

    def commit(self, *, force: bool = False, only: Iterable[TopicPartition] | None = None) -> None:
        """Commit every offset whose records are stored or dead-lettered (at most once a second unless forced)."""
        now = self._clock()
        if not force and now - self._last_commit < _COMMIT_INTERVAL_S:
            return
        self._last_commit = now
        wanted = set(only) if only is not None else self._consumer.assignment()
        commit = {
            TopicPartition(topic, partition): OffsetAndMetadata(offset, "", -1)
            for (topic, partition), offset in self.offsets.committable().items()
            if TopicPartition(topic, partition) in wanted
        }
        if not commit:
            return
        self._dead_letters.flush()  # a dead letter is durable before its record's offset is passed
        try:
            self._consumer.commit(commit)
        except KafkaError as exc:
            # Never fatal, and never raised out of a rebalance callback (kafka-python would fail the
            # consumer's close with it): uncommitted records are re-read by the next commit's owner,
            # this consumer or the partition's new one, and storing them again is idempotent.
            logger.warning("offset commit not done (%s); those records will be read again", type(exc).__name__)
            return
        self.offsets.committed({(tp.topic, tp.partition): meta.offset for tp, meta in commit.items()})

    def forget(self, keys: Iterable[Partition]) -> None:
        keys = list(keys)
        self.offsets.forget(keys)
        for key in keys:
            self._record_times.pop(key, None)
            self.lag.pop(key, None)

    def measure_lag(self) -> None:
        """Records behind the end of each assigned partition (every ten seconds: it asks the brokers)."""
        now = self._clock()
        if now - self._last_lag < _LAG_INTERVAL_S:
            return
        self._last_lag = now
        assigned = list(self._consumer.assignment())
        if not assigned:
            return
        try:
            ends = self._consumer.end_offsets(assigned)
        except KafkaError:
            return
        position = self._consumer.position
        self.lag = {(tp.topic, tp.partition): max(0, end - position(tp)) for tp, end in ends.items()}
