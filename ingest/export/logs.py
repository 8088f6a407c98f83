"""``KafkaLogExporter``: OpenTelemetry SDK log records (GenAI events) to Kafka, as the collector writes them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from google.protobuf.message import Message
from opentelemetry.exporter.otlp.proto.common._log_encoder import encode_logs
from opentelemetry.sdk._logs import ReadableLogRecord
from opentelemetry.sdk._logs.export import LogRecordExporter, LogRecordExportResult

from ingest.export.base import KafkaExporterBase


class KafkaLogExporter(KafkaExporterBase[ReadableLogRecord], LogRecordExporter):
    """Publishes log records as OTLP (``LogsData``) records to a Kafka topic, default ``otlp_logs``.

    The GenAI semantic conventions v1.28-v1.36 carry prompts and completions as log events; tracecase
    joins them to their spans by trace and span id. Same arguments and behaviour as
    :class:`~ingest.export.KafkaSpanExporter`; ``partition_by_trace_id=True`` is the collector's
    ``partition_logs_by_trace_id`` (log records without a trace id go unkeyed). Use under
    ``BatchLogRecordProcessor``.
    """

    default_topic: ClassVar[str] = "otlp_logs"

    @staticmethod
    def _encode(items: Sequence[ReadableLogRecord]) -> Message:
        return encode_logs(items)

    def export(self, batch: Sequence[ReadableLogRecord]) -> LogRecordExportResult:
        return LogRecordExportResult.SUCCESS if self._writer.write(batch) else LogRecordExportResult.FAILURE

    @staticmethod
    def _trace_id_of(item: ReadableLogRecord) -> int:
        return item.log_record.trace_id or 0

    @staticmethod
    def _describe(item: ReadableLogRecord) -> str:
        record = item.log_record
        if record.trace_id:
            return f"log record of trace {record.trace_id:032x} span {record.span_id or 0:016x}"
        return "log record without trace"
