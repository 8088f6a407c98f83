"""Export: OpenTelemetry SDK exporters that publish OTLP to Kafka as the collector's kafka exporter does.

For applications without a collector: :class:`KafkaSpanExporter` writes spans to ``otlp_spans`` and
:class:`KafkaLogExporter` writes log records (the GenAI v1.28-v1.36 events) to ``otlp_logs``, in the
records ``tracecase ingest`` reads (``otlp_proto`` or ``otlp_json``, whole batches or keyed by trace
id, oversized batches split). Exports never raise into the application; :class:`ExportStats` counts
what was delivered and dropped. Bad arguments raise :class:`ExportConfigError` at construction.
"""

from ingest.export.exceptions import ExportConfigError
from ingest.export.logs import KafkaLogExporter
from ingest.export.otlp_json import encode_otlp_json
from ingest.export.partitioner import SaramaCompatPartitioner
from ingest.export.spans import KafkaSpanExporter
from ingest.export.writer import ExportStats, OtlpEncoding

__all__ = [
    "ExportConfigError",
    "ExportStats",
    "KafkaLogExporter",
    "KafkaSpanExporter",
    "OtlpEncoding",
    "SaramaCompatPartitioner",
    "encode_otlp_json",
]
