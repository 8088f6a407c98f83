"""The dead-letter topic: records that cannot be processed for a reason of their own.

Each dead letter names its reason, source topic, partition and offset in headers. Its value is
empty unless ``raw`` is set (``--dlq-raw``): by default no span text leaves the service this way,
only the reason and the original length. Dead letters are flushed before the offsets of their
records are committed, so a crash never loses a record that was neither stored nor dead-lettered.
"""

from __future__ import annotations

import logging
from typing import Any

from ingest.assemble import Origin

logger = logging.getLogger(__name__)


class DeadLetters:
    def __init__(self, producer: Any, topic: str, *, raw: bool = False) -> None:
        self._producer = producer
        self.topic = topic
        self._raw = raw
        self.sent = 0

    def send(self, origin: Origin, reason: str, value: bytes | None, key: bytes | None = None) -> None:
        headers = [
            ("tracecase.reason", reason.encode()),
            ("tracecase.source.topic", origin.topic.encode()),
            ("tracecase.source.partition", str(origin.partition).encode()),
            ("tracecase.source.offset", str(origin.offset).encode()),
            ("tracecase.source.length", str(len(value or b"")).encode()),
        ]
        payload = (value or b"") if self._raw else b""
        self._producer.send(self.topic, value=payload, key=key, headers=headers)
        self.sent += 1
        logger.warning(
            "dead letter: %s (topic=%s partition=%d offset=%d)", reason, origin.topic, origin.partition, origin.offset
        )

    def flush(self) -> None:
        """Wait until every dead letter sent so far is acknowledged (raises on failure)."""
        self._producer.flush()

    def close(self) -> None:
        self._producer.close()
