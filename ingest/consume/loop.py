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
import os
import socket
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from kafka import ConsumerRebalanceListener, TopicPartition
from opentelemetry.metrics import MeterProvider

from ingest.assemble import Due, Origin, StreamingAssembler
from ingest.consume.dead_letters import DeadLetters
from ingest.consume.intake import take_in
from ingest.consume.offsets import Partition
from ingest.consume.partitions import Partitions
from ingest.consume.telemetry import IngestMetrics
from ingest.decode import signal_for_topic
from ingest.pipeline import Processed, TraceProcessor
from store import ConsumerStats, StoreError, StoreUnavailableError, known_traces, utcnow, write_consumer_stats

logger = logging.getLogger(__name__)
_T = TypeVar("_T")
_HEARTBEAT_S = 5.0

_POLL_TIMEOUT_MS = 200
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
    maintenance: Callable[[], None] | None = None
    """Run every ``maintenance_interval_s`` between polls (retention purges); its failures are logged."""
    maintenance_interval_s: float = 3600.0
    group: str = "tracecase"
    """The consumer group, as reported in ``consumer_stats``."""


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
        meter_provider: MeterProvider | None = None,
    ) -> None:
        self._consumer = consumer
        self._processor = processor
        self._dead_letters = dead_letters
        self._assembler = assembler
        self._options = options
        self._clock = clock
        self._partitions = Partitions(consumer, dead_letters, clock)
        self._metrics = IngestMetrics(meter_provider)
        self.summary = LoopSummary()
        self._stopping = False
        self._joined = False
        """The group gave this consumer its partitions (possibly none) at least once."""
        self._last_activity = clock()
        self._last_maintenance = float("-inf")
        self._last_heartbeat = float("-inf")
        self._started_at = utcnow()
        self._consumer_id = f"{options.group}/{socket.gethostname()}/{os.getpid()}/{int(time.time())}"

    def stop(self) -> None:
        """Ask the loop to finish the batch in hand, commit and return (safe from a signal handler)."""
        self._stopping = True

    def run(self) -> LoopSummary:
        topics = [*self._options.topics, *self._options.handlers]
        self._consumer.subscribe(topics, listener=_Rebalance(self))
        try:
            while not self._stopping:
                self._take_in(self._poll())
                self._store(self._assembler.due(self._known, self._partitions.watermark()))
                self._partitions.commit()
                self._partitions.measure_lag()
                self._metrics.lag = self._partitions.lag
                self._maintain()
                self._heartbeat()
                if self._idle():
                    logger.info(
                        "idle for %.1f s with every partition read: storing what is pending",
                        self._options.stop_when_idle_s,
                    )
                    self._store(self._assembler.drain())
                    break
            self._partitions.commit(force=True)
            self._heartbeat(stopped=True)
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
        origin, record_time = self._partitions.seen(record)
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
        if intake.batch is not None:
            touched = self._assembler.add(intake.batch, origin, record_time)
            self._partitions.offsets.hold(origin, len(touched))
            self.summary.spans += len(intake.batch.spans)
            self._metrics.spans.add(len(intake.batch.spans))

    def _dead_letter(self, origin: Origin, reason: str, value: bytes | None, key: bytes | None = None) -> None:
        self._dead_letters.send(origin, reason, value, key)
        self.summary.dead_letters += 1
        self._metrics.dead_letters.add(1, {"reason": reason.split(":", 1)[0]})

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
            self._partitions.offsets.release(item.piece.origins)

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

    # --- rebalances

    def _revoked(self, partitions: Iterable[TopicPartition]) -> None:
        revoked = list(partitions)
        self._partitions.commit(force=True, only=revoked)
        keys: list[Partition] = [(tp.topic, tp.partition) for tp in revoked]
        self._assembler.drop_partitions(keys)
        self._partitions.forget(keys)
        logger.info("partitions revoked: %s", sorted(keys))

    def _assigned(self, partitions: Iterable[TopicPartition]) -> None:
        self._joined = True
        self._last_activity = self._clock()
        logger.info("partitions assigned: %s", sorted((tp.topic, tp.partition) for tp in partitions))

    # --- idleness, lag, maintenance

    def _heartbeat(self, *, stopped: bool = False) -> None:
        """This consumer's counters into the store (``consumer_stats``) every few seconds: ingest health."""
        now = self._clock()
        store = self._processor.store
        if store is None or (not stopped and now - self._last_heartbeat < _HEARTBEAT_S):
            return
        self._last_heartbeat = now
        summary = self.summary
        stats = ConsumerStats(
            consumer_id=self._consumer_id,
            group_id=self._options.group,
            host=socket.gethostname(),
            started_at=self._started_at,
            updated_at=utcnow(),
            stopped=stopped,
            records=summary.records,
            spans=summary.spans,
            dead_letters=summary.dead_letters,
            traces_stored=summary.traces_stored,
            store_retries=summary.store_retries,
            pending_spans=self._assembler.pending_spans,
            lag={f"{topic}/{partition}": lag for (topic, partition), lag in self._partitions.lag.items()},
        )
        try:
            with store.transaction() as session:
                write_consumer_stats(session, stats)
        except StoreError as exc:  # health reporting must never stop ingestion
            logger.warning("consumer stats not written (%s)", type(exc).__name__)

    def _maintain(self) -> None:
        task = self._options.maintenance
        now = self._clock()
        if task is None or now - self._last_maintenance < self._options.maintenance_interval_s:
            return
        self._last_maintenance = now
        try:
            task()
        except Exception as exc:  # maintenance must never stop ingestion
            logger.warning(
                "maintenance failed (%s); retried in %.0f s", type(exc).__name__, self._options.maintenance_interval_s
            )

    def _idle(self) -> bool:
        idle_s = self._options.stop_when_idle_s
        if idle_s is None or not self._joined or self._clock() - self._last_activity < idle_s:
            return False
        return self._partitions.caught_up()


class _Rebalance(ConsumerRebalanceListener):
    def __init__(self, loop: IngestLoop) -> None:
        self._loop = loop

    def on_partitions_revoked(self, revoked: Any) -> None:
        self._loop._revoked(revoked)

    def on_partitions_assigned(self, assigned: Any) -> None:
        self._loop._assigned(assigned)
