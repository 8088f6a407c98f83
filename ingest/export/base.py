"""What the span and log exporters share: their arguments, flushing, shutdown and counters."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Generic

from google.protobuf.message import Message

from ingest.export.producer_config import Acks, Compression
from ingest.export.records import Item
from ingest.export.writer import ExportStats, OtlpEncoding, build_writer

DEFAULT_MAX_RECORD_BYTES = 1_000_000
"""The collector's ``producer.max_message_bytes`` default."""


class KafkaExporterBase(Generic[Item]):
    default_topic: ClassVar[str]

    def __init__(
        self,
        bootstrap_servers: str | Sequence[str],
        topic: str | None = None,
        *,
        encoding: OtlpEncoding = "otlp_proto",
        partition_by_trace_id: bool = False,
        max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
        acks: Acks = "all",
        compression: Compression | None = None,
        timeout_s: float = 10.0,
        producer_options: Mapping[str, Any] | None = None,
    ) -> None:
        self._writer = build_writer(
            topic=self.default_topic if topic is None else topic,
            bootstrap_servers=bootstrap_servers,
            encoding=encoding,
            partition_by_trace_id=partition_by_trace_id,
            max_record_bytes=max_record_bytes,
            acks=acks,
            compression=compression,
            timeout_s=timeout_s,
            producer_options=producer_options,
            encode=self._encode,
            trace_id_of=self._trace_id_of,
            describe=self._describe,
        )

    @property
    def topic(self) -> str:
        return self._writer.topic

    @property
    def stats(self) -> ExportStats:
        return self._writer.stats

    def force_flush(self, timeout_millis: int = 30_000) -> bool:
        """Wait for records in flight; ``False`` if they were not acknowledged within the timeout."""
        return self._writer.flush(timeout_millis)

    def shutdown(self) -> None:
        """Flush and close the producer (within ``timeout_s``); later exports return ``FAILURE``."""
        self._writer.close()

    # Each signal says how its items encode, which trace they belong to and how a log names one.
    @staticmethod
    def _encode(items: Sequence[Any]) -> Message:
        raise NotImplementedError

    @staticmethod
    def _trace_id_of(item: Any) -> int:
        raise NotImplementedError

    @staticmethod
    def _describe(item: Any) -> str:
        raise NotImplementedError
