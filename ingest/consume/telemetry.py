"""The consumer's own telemetry, through the OpenTelemetry metrics API.

Without a configured ``MeterProvider`` these are no-ops; ``tracecase ingest`` installs one that
exports OTLP when ``OTEL_EXPORTER_OTLP_ENDPOINT`` is set. Counters carry no span content: only
counts, stage names, change kinds, topics and partitions.
"""

from __future__ import annotations

from collections.abc import Iterable

from opentelemetry import metrics
from opentelemetry.metrics import CallbackOptions, Observation

from ingest.consume.offsets import Partition


class IngestMetrics:
    def __init__(self, meter_provider: metrics.MeterProvider | None = None) -> None:
        meter = metrics.get_meter("tracecase.ingest", meter_provider=meter_provider)
        self.records = meter.create_counter("tracecase.records.consumed", unit="{record}")
        self.dead_letters = meter.create_counter("tracecase.records.dead_lettered", unit="{record}")
        self.spans = meter.create_counter("tracecase.spans.received", unit="{span}")
        self.traces = meter.create_counter("tracecase.traces.stored", unit="{trace}")
        self.stage_seconds = meter.create_histogram("tracecase.stage.duration", unit="s")
        self.store_retries = meter.create_counter("tracecase.store.retries", unit="{retry}")
        self.lag: dict[Partition, int] = {}
        self.pending_spans = 0
        meter.create_observable_gauge("tracecase.consumer.lag", [self._observe_lag], unit="{record}")
        meter.create_observable_gauge("tracecase.spans.pending", [self._observe_pending], unit="{span}")

    def _observe_lag(self, _options: CallbackOptions) -> Iterable[Observation]:
        for (topic, partition), lag in list(self.lag.items()):
            yield Observation(lag, {"topic": topic, "partition": partition})

    def _observe_pending(self, _options: CallbackOptions) -> Iterable[Observation]:
        yield Observation(self.pending_spans)
