"""Moves finished records to Kafka with one lazily built kafka-python producer.

The producer is built at the first export, not with the exporter, so an application starts even when
Kafka is down; while it cannot be built, each export fails after ``timeout_s`` and the next one tries
again. Every wait is bounded: connecting and metadata by the producer's ``bootstrap_timeout_ms`` and
``max_block_ms``, acknowledgements by the time left of the export's deadline, and a record that was
not delivered expires after ``delivery_timeout_ms`` (all about ``timeout_s``), so flush and close end.
Nothing here raises into the caller: failures are logged (topic, record count, the error's type and
Kafka's message, never record content) and reported as ``False``. kafka-python's own log lines that
would show record bytes are withheld (``kafka_logging``).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from typing import Any

from kafka import KafkaProducer

from ingest.export.records import KafkaRecord
from ingest.kafka_logging import withhold_record_bytes

_log = logging.getLogger("ingest.export")
_CLOSE_MARGIN_S = 2.0


class Publisher:
    """One producer for one exporter; thread-safe (the SDK's worker exports while the app flushes)."""

    def __init__(self, config: dict[str, Any], timeout_s: float) -> None:
        withhold_record_bytes()
        self._config = config
        self._timeout_s = timeout_s
        self._producer: KafkaProducer | None = None
        self._lock = threading.Lock()
        self._closed = False

    def publish(self, topic: str, records: Sequence[KafkaRecord]) -> bool:
        """Send ``records`` and wait for every acknowledgement; ``False`` on any failure or timeout."""
        if not records:
            return True
        deadline = time.monotonic() + self._timeout_s
        try:
            producer = self._ensure_producer()
            if producer is None:
                return False
            futures = [producer.send(topic, key=record.key, value=record.value) for record in records]
            for future in futures:
                future.get(timeout=max(0.0, deadline - time.monotonic()))
        except Exception as exc:  # an export must never raise into the application
            _log.warning("kafka export to %s failed (%d records): %s: %s", topic, len(records), type(exc).__name__, exc)
            return False
        return True

    def flush(self, timeout_s: float) -> bool:
        producer = self._producer
        if producer is None:
            return True
        try:
            producer.flush(timeout=timeout_s)
        except Exception as exc:  # reported, never raised
            _log.warning("kafka flush failed: %s: %s", type(exc).__name__, exc)
            return False
        return True

    def close(self) -> None:
        """Flush and close the producer (bounded by ``timeout_s``); later exports fail."""
        with self._lock:
            self._closed = True
            producer, self._producer = self._producer, None
        if producer is not None:
            try:
                # Undelivered records expire after the delivery timeout (``timeout_s``), so this returns.
                producer.close(timeout=self._timeout_s + _CLOSE_MARGIN_S)
            except Exception as exc:  # reported, never raised
                _log.warning("kafka producer close failed: %s: %s", type(exc).__name__, exc)

    @property
    def closed(self) -> bool:
        return self._closed

    def _ensure_producer(self) -> KafkaProducer | None:
        with self._lock:
            if self._closed:
                return None
            if self._producer is None:
                self._producer = KafkaProducer(**self._config)
            return self._producer
