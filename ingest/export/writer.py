"""The signal-independent half of both exporters: items → records → Kafka, with counters.

``KafkaSpanExporter`` and ``KafkaLogExporter`` only adapt the OpenTelemetry SDK interfaces to
:meth:`OtlpKafkaWriter.write`; the cutting rules live in ``records`` and the transport in ``publisher``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Literal

from google.protobuf.message import Message

from ingest.export.exceptions import ExportConfigError
from ingest.export.otlp_json import encode_otlp_json
from ingest.export.producer_config import Acks, Compression, check_topic, producer_config
from ingest.export.publisher import Publisher
from ingest.export.records import Item, RecordCutter

OtlpEncoding = Literal["otlp_proto", "otlp_json"]

_log = logging.getLogger("ingest.export")


@dataclass(frozen=True, slots=True)
class ExportStats:
    """What an exporter has done so far (a snapshot)."""

    records: int = 0
    """Kafka records acknowledged by the broker, counted per export that succeeded as a whole."""
    items: int = 0
    """Spans or log records in those records."""
    oversized_dropped: int = 0
    """Items left out because one alone exceeded ``max_record_bytes``."""
    failed_exports: int = 0
    """Export calls that returned ``FAILURE`` (broker unreachable, timeout, oversized items)."""


class OtlpKafkaWriter(Generic[Item]):
    def __init__(
        self,
        topic: str,
        cutter: RecordCutter[Item],
        publisher: Publisher,
        describe: Callable[[Item], str],
    ) -> None:
        self.topic = topic
        self._cutter = cutter
        self._publisher = publisher
        self._describe = describe
        self._stats = ExportStats()
        self._stats_lock = threading.Lock()

    def write(self, items: Sequence[Item]) -> bool:
        """Publish ``items``; ``False`` when anything was not delivered. Never raises."""
        if self._publisher.closed:
            self._count(failed_exports=1)
            return False
        dropped: list[int] = []

        def on_oversized(item: Item, size: int) -> None:
            dropped.append(size)
            _log.warning(
                "dropped %s: %d bytes encoded exceed max_record_bytes=%d",
                self._describe(item),
                size,
                self._cutter.max_record_bytes,
            )

        try:
            records = self._cutter.cut(items, on_oversized)
        except Exception as exc:  # an export must never raise into the application
            # Only the type: the SDK encoder's messages quote the offending attribute value.
            _log.warning("encoding %d items for %s failed: %s", len(items), self.topic, type(exc).__name__)
            self._count(failed_exports=1)
            return False
        delivered = self._publisher.publish(self.topic, records)
        if delivered:
            self._count(records=len(records), items=sum(record.items for record in records))
        ok = delivered and not dropped
        self._count(oversized_dropped=len(dropped), failed_exports=0 if ok else 1)
        return ok

    def flush(self, timeout_millis: int) -> bool:
        return self._publisher.flush(timeout_millis / 1000)

    def close(self) -> None:
        self._publisher.close()

    @property
    def stats(self) -> ExportStats:
        return self._stats

    def _count(self, records: int = 0, items: int = 0, oversized_dropped: int = 0, failed_exports: int = 0) -> None:
        with self._stats_lock:
            old = self._stats
            self._stats = ExportStats(
                old.records + records,
                old.items + items,
                old.oversized_dropped + oversized_dropped,
                old.failed_exports + failed_exports,
            )


def build_writer(
    *,
    topic: str,
    bootstrap_servers: str | Sequence[str],
    encoding: OtlpEncoding,
    partition_by_trace_id: bool,
    max_record_bytes: int,
    acks: Acks,
    compression: Compression | None,
    timeout_s: float,
    producer_options: Mapping[str, Any] | None,
    encode: Callable[[Sequence[Item]], Message],
    trace_id_of: Callable[[Item], int],
    describe: Callable[[Item], str],
) -> OtlpKafkaWriter[Item]:
    """Check every argument (raising :class:`ExportConfigError`) and assemble a writer."""
    serialize = _SERIALIZERS.get(encoding)
    if serialize is None:
        raise ExportConfigError(f"encoding: expected one of {sorted(_SERIALIZERS)}, got {encoding!r}")
    config = producer_config(
        bootstrap_servers,
        acks=acks,
        compression=compression,
        timeout_s=timeout_s,
        max_record_bytes=max_record_bytes,
        producer_options=producer_options,
    )
    cutter = RecordCutter(encode, serialize, trace_id_of, max_record_bytes, partition_by_trace_id)
    return OtlpKafkaWriter(check_topic(topic), cutter, Publisher(config, timeout_s), describe)


def _serialize_proto(message: Message) -> bytes:
    data: bytes = message.SerializeToString()
    return data


_SERIALIZERS: dict[str, Callable[[Message], bytes]] = {"otlp_proto": _serialize_proto, "otlp_json": encode_otlp_json}
