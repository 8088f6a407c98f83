"""``KafkaSpanExporter``: an OpenTelemetry SDK span exporter that writes what the collector's kafka exporter writes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from google.protobuf.message import Message
from opentelemetry.exporter.otlp.proto.common.trace_encoder import encode_spans
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export import SpanExporter, SpanExportResult

from ingest.export.base import KafkaExporterBase


class KafkaSpanExporter(KafkaExporterBase[ReadableSpan], SpanExporter):
    """Publishes spans as OTLP (``TracesData``) records to a Kafka topic, default ``otlp_spans``.

    Records are those of the collector's kafka exporter: one per export batch with no key or, with
    ``partition_by_trace_id=True``, one per trace keyed by its 32-char lower-case hex id and placed
    by the collector's partitioner; values are ``otlp_proto`` (default) or ``otlp_json``. A record
    above ``max_record_bytes`` (key + value, before compression) is split in several; a span too big
    on its own is logged by id and dropped. Use under ``BatchSpanProcessor``: ``export`` waits up to
    about ``timeout_s`` for the broker's acknowledgements and returns ``FAILURE`` (never raises) when
    the broker is unreachable or anything was dropped. ``producer_options`` go to
    ``kafka.KafkaProducer`` as they are (SASL/TLS, ``client_id``, ...).

    ::

        provider.add_span_processor(BatchSpanProcessor(KafkaSpanExporter("kafka:9092", partition_by_trace_id=True)))
    """

    default_topic: ClassVar[str] = "otlp_spans"

    @staticmethod
    def _encode(items: Sequence[ReadableSpan]) -> Message:
        return encode_spans(items)

    def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
        return SpanExportResult.SUCCESS if self._writer.write(spans) else SpanExportResult.FAILURE

    @staticmethod
    def _trace_id_of(item: ReadableSpan) -> int:
        return item.context.trace_id if item.context is not None else 0

    @staticmethod
    def _describe(item: ReadableSpan) -> str:
        context = item.context
        if context is None:
            return "a span without context"
        return f"span {context.trace_id:032x}/{context.span_id:016x}"
