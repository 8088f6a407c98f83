"""The consumer loop: poll → take in → store what is due → commit what is stored.

::

    while not stopping:
        records = poll()                  # spans and log records, from every assigned partition
        take in each record               # decode; poison records → dead-letter topic
        store the traces that are due     # normalize → validate → redact → store (retried while the
                                          # store is down, partitions paused meanwhile)
        commit                            # only offsets whose records are stored or dead-lettered

A rebalance drops what the revoked partitions brought (their new owner re-reads it from the
committed offset), so nothing is lost and, since spans are keyed by trace and span id, nothing is
stored twice. SIGTERM/SIGINT only set a flag: the loop stores what is due, commits and returns.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from kafka import ConsumerRebalanceListener, TopicPartition
from kafka.errors import CommitFailedError, KafkaError
from kafka.structs import OffsetAndMetadata

from ingest.assemble import Due, Origin, StreamingAssembler
from ingest.consume.dead_letters import DeadLetters
from ingest.consume.intake import take_in
from ingest.consume.offsets import OffsetTracker, Partition
from ingest.consume.telemetry import IngestMetrics
from ingest.decode import signal_for_topic
from ingest.pipeline import Processed, TraceProcessor
from store import StoreUnavailableError, known_traces

logger = logging.getLogger(__name__)
_T = TypeVar("_T")

_POLL_TIMEOUT_MS = 200
_COMMIT_INTERVAL_S = 1.0
_LAG_INTERVAL_S = 10.0
_BACKOFF_START_S, _BACKOFF_MAX_S = 0.5, 30.0


RecordHandler = Callable[[bytes | None, Origin], str | None]
"""Handles one record of a side topic (e.g. support-ticket flags) completely, durably; returns the
reason when the record is poison (it goes to the dead-letter topic), ``None`` when done. Raises
``StoreUnavailableError`` to be retried."""


@dataclass(slots=True)
class LoopOptions:
    topics: Sequence[str]
    """OTLP span and log topics."""
    handlers: Mapping[str, RecordHandler] = field(default_factory=dict)
    """Side topics read by the same consumer, each with its handler."""
    max_record_bytes: int = 16 * 1024 * 1024
    max_poll_records: int = 500
    stop_when_idle_s: float | None = None
    """Return once every assigned partition is read to its end and nothing arrived for this long."""


@dataclass(slots=True)
class LoopSummary:
    records: int = 0
    spans: int = 0
    """Spans taken in (a span re-read after a crash or rebalance counts again)."""
    dead_letters: int = 0
    traces_stored: int = 0
    store_retries: int = 0


class IngestLoop:
    def __init__(
        self,
        consumer: Any,
        processor: TraceProcessor,
        dead_letters: DeadLetters,
        assembler: StreamingAssembler,
        options: LoopOptions,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._consumer = consumer
        self._processor = processor
        self._dead_letters = dead_letters
        self._assembler = assembler
        self._options = options
        self._clock = clock
        self._offsets = OffsetTracker()
        self._metrics = IngestMetrics()
        self.summary = LoopSummary()
        self._stopping = False
        self._joined = False
        """The group gave this consumer its partitions (possibly none) at least once."""
        self._last_activity = clock()
        self._record_times: dict[Partition, float] = {}
        """Latest Kafka record timestamp (seconds) read from each partition."""
        self._last_commit = self._last_lag = 0.0

    def stop(self) -> None:
        """Ask the loop to finish the batch in hand, commit and return (safe from a signal handler)."""
        self._stopping = True

    def run(self) -> LoopSummary:
        topics = [*self._options.topics, *self._options.handlers]
        self._consumer.subscribe(topics, listener=_Rebalance(self))
        try:
            while not self._stopping:
                self._take_in(self._poll())
                self._store(self._assembler.due(self._known, self._watermark()))
                self._commit()
                self._measure_lag()
                if self._idle():
                    logger.info(
                        "idle for %.1f s with every partition read: storing what is pending",
                        self._options.stop_when_idle_s,
                    )
                    self._store(self._assembler.drain())
                    break
            self._commit(force=True)
        finally:
            self._consumer.close(autocommit=False)
            self._dead_letters.close()
        return self.summary

    # --- intake

    def _poll(self) -> Mapping[TopicPartition, list[Any]]:
        return self._consumer.poll(timeout_ms=_POLL_TIMEOUT_MS, max_records=self._options.max_poll_records)

    def _take_in(self, records: Mapping[TopicPartition, list[Any]]) -> None:
        for batch in records.values():
            for record in batch:
                self._take_in_one(record)
        self._metrics.pending_spans = self._assembler.pending_spans

    def _take_in_one(self, record: Any) -> None:
        origin = Origin(record.topic, record.partition, record.offset)
        self._offsets.seen(origin)
        self._last_activity = self._clock()
        self.summary.records += 1
        self._metrics.records.add(1, {"topic": record.topic})
        handler = self._options.handlers.get(record.topic)
        if handler is not None:
            reason = self._until_stored(lambda: handler(record.value, origin))
            if reason is not None:
                self._dead_letter(origin, reason, record.value, record.key)
            return
        intake = take_in(record.value, signal_for_topic(record.topic), self._options.max_record_bytes)
        for reason in intake.poison:
            self._dead_letter(origin, reason, record.value, record.key)
        if record.timestamp is not None and record.timestamp >= 0:
            key = (record.topic, record.partition)
            self._record_times[key] = max(self._record_times.get(key, 0.0), record.timestamp / 1000)
        if intake.batch is not None:
            touched = self._assembler.add(
                intake.batch, origin, self._record_times.get((record.topic, record.partition))
            )
            self._offsets.hold(origin, len(touched))
            self.summary.spans += len(intake.batch.spans)
            self._metrics.spans.add(len(intake.batch.spans))

    def _dead_letter(self, origin: Origin, reason: str, value: bytes | None, key: bytes | None = None) -> None:
        self._dead_letters.send(origin, reason, value, key)
        self.summary.dead_letters += 1
        self._metrics.dead_letters.add(1, {"reason": reason.split(":", 1)[0]})

    def _watermark(self) -> float | None:
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

    # --- storing

    def _known(self, trace_ids: list[str]) -> set[str]:
        store = self._processor.store
        if store is None:
            return set()
        try:
            with store.transaction() as session:
                return known_traces(session, trace_ids)
        except StoreUnavailableError:
            return set()  # asked again after the next quiet period

    def _store(self, due: list[Due]) -> None:
        if not due:
            return
        started = time.perf_counter()
        processed = self._process_until_stored(due)
        self._metrics.stage_seconds.record(time.perf_counter() - started, {"stage": "process_and_store"})
        for failure in processed.failures:
            for origin in sorted(failure.origins):
                self._dead_letter(origin, failure.reason, None)
        for saved in processed.traces:
            self._metrics.traces.add(1, {"change": str(saved.change)})
        self.summary.traces_stored += len(processed.traces)
        for item in due:
            self._offsets.release(item.piece.origins)

    def _process_until_stored(self, due: list[Due]) -> Processed:
        return self._until_stored(lambda: self._processor.process(due))

    def _until_stored(self, work: Callable[[], _T]) -> _T:
        delay = _BACKOFF_START_S
        while True:
            try:
                return work()
            except StoreUnavailableError as exc:
                self.summary.store_retries += 1
                self._metrics.store_retries.add(1)
                logger.warning("store unavailable (%s); retrying in %.1f s with partitions paused", exc, delay)
                self._wait_paused(delay)
                delay = min(delay * 2, _BACKOFF_MAX_S)

    def _wait_paused(self, seconds: float) -> None:
        """Keep the group membership while waiting: poll with every partition paused (returns nothing)."""
        assigned = self._consumer.assignment()
        if assigned:
            self._consumer.pause(*assigned)
        try:
            # Partitions assigned in a rebalance during this poll are not paused: take their records in.
            self._take_in(self._consumer.poll(timeout_ms=int(seconds * 1000)))
        finally:
            if self._consumer.assignment():
                self._consumer.resume(*self._consumer.assignment())

    # --- offsets

    def _commit(self, *, force: bool = False, only: Iterable[TopicPartition] | None = None) -> None:
        now = self._clock()
        if not force and now - self._last_commit < _COMMIT_INTERVAL_S:
            return
        self._last_commit = now
        offsets = self._offsets.committable()
        wanted = set(only) if only is not None else self._consumer.assignment()
        commit = {
            TopicPartition(topic, partition): OffsetAndMetadata(offset, "", -1)
            for (topic, partition), offset in offsets.items()
            if TopicPartition(topic, partition) in wanted
        }
        if not commit:
            return
        self._dead_letters.flush()  # a dead letter is durable before its record's offset is passed
        try:
            self._consumer.commit(commit)
        except CommitFailedError:
            logger.warning("offset commit refused after a rebalance; the new owner re-reads those records")
            return
        self._offsets.committed({(tp.topic, tp.partition): meta.offset for tp, meta in commit.items()})

    def _revoked(self, partitions: Iterable[TopicPartition]) -> None:
        revoked = list(partitions)
        self._commit(force=True, only=revoked)
        keys: list[Partition] = [(tp.topic, tp.partition) for tp in revoked]
        self._assembler.drop_partitions(keys)
        self._offsets.forget(keys)
        for key in keys:
            self._record_times.pop(key, None)
        logger.info("partitions revoked: %s", sorted(keys))

    def _assigned(self, partitions: Iterable[TopicPartition]) -> None:
        self._joined = True
        self._last_activity = self._clock()
        logger.info("partitions assigned: %s", sorted((tp.topic, tp.partition) for tp in partitions))

    # --- idleness and lag

    def _idle(self) -> bool:
        idle_s = self._options.stop_when_idle_s
        if idle_s is None or not self._joined or self._clock() - self._last_activity < idle_s:
            return False
        return self._caught_up()

    def _caught_up(self) -> bool:
        assigned = self._consumer.assignment()
        if not assigned:
            return True
        try:
            ends = self._consumer.end_offsets(list(assigned))
        except KafkaError:
            return False
        return all(self._consumer.position(tp) >= end for tp, end in ends.items())

    def _measure_lag(self) -> None:
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
        self._metrics.lag = {(tp.topic, tp.partition): max(0, end - position(tp)) for tp, end in ends.items()}


class _Rebalance(ConsumerRebalanceListener):
    def __init__(self, loop: IngestLoop) -> None:
        self._loop = loop

    def on_partitions_revoked(self, revoked: Any) -> None:
        self._loop._revoked(revoked)

    def on_partitions_assigned(self, assigned: Any) -> None:
        self._loop._assigned(assigned)
