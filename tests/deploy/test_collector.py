"""The collector config writes what tracecase reads, where the compose file says it will."""

from __future__ import annotations

from typing import Any

import yaml
from deploy_files import COLLECTOR, compose

from tracecase.settings import Settings


def _config() -> dict[str, Any]:
    doc: dict[str, Any] = yaml.safe_load(COLLECTOR.read_text())
    return doc


def test_spans_and_log_events_go_to_the_topics_tracecase_reads_as_otlp_proto_keyed_by_trace() -> None:
    exporters = _config()["exporters"]
    traces, logs = exporters["kafka/traces"], exporters["kafka/logs"]
    defaults = Settings()
    # tracecase tells otlp_proto from otlp_json per record; the collector's default (protobuf) is the compact one.
    assert traces["traces"] == {"topic": defaults.topic, "encoding": "otlp_proto"}
    assert logs["logs"] == {"topic": defaults.logs_topic, "encoding": "otlp_proto"}
    assert traces["partition_traces_by_id"] is True
    assert logs["partition_logs_by_trace_id"] is True


def test_batches_are_bounded_in_bytes_below_the_record_limit() -> None:
    for exporter in _config()["exporters"].values():
        batch = exporter["sending_queue"]["batch"]
        assert batch["sizer"] == "bytes"
        assert 0 < batch["min_size"] <= batch["max_size"] < exporter["producer"]["max_message_bytes"]
        assert exporter["producer"]["required_acks"] in ("all", -1)


def test_pipelines_use_only_defined_components() -> None:
    config = _config()
    for pipeline in config["service"]["pipelines"].values():
        for kind in ("receivers", "processors", "exporters"):
            assert set(pipeline.get(kind, [])) <= set(config.get(kind) or {}), kind


def test_compose_mounts_this_config_creates_its_topics_and_sets_its_brokers() -> None:
    services = compose()["services"]
    collector = services["otel-collector"]
    assert "./otel-collector.yaml:/etc/otelcol-contrib/config.yaml:ro" in collector["volumes"]
    assert collector["image"].startswith("otel/opentelemetry-collector-contrib:")
    assert collector["environment"]["KAFKA_BROKERS"] == "kafka:9092"
    script = "\n".join(services["kafka-topics"]["command"])
    for exporter in _config()["exporters"].values():
        for signal in ("traces", "logs"):
            if signal in exporter:
                assert exporter[signal]["topic"] in script
    assert "otlp_spans.dlq" in script  # the consumer's default dead-letter topic
