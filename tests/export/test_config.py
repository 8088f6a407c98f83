"""Exporter arguments and producer options: bad ones fail at construction, naming what is wrong."""

from __future__ import annotations

import pytest

from ingest.export import ExportConfigError, KafkaLogExporter, KafkaSpanExporter
from ingest.export.producer_config import producer_config
from tracecase.settings import load_settings


@pytest.mark.parametrize(
    ("kwargs", "named"),
    [
        ({"bootstrap_servers": "no-port"}, "bootstrap_servers"),
        ({"bootstrap_servers": ""}, "bootstrap_servers"),
        ({"topic": "bad topic!"}, "topic"),
        ({"encoding": "jaeger_proto"}, "encoding"),
        ({"acks": 2}, "acks"),
        ({"compression": "brotli"}, "compression"),
        ({"timeout_s": 0}, "timeout_s"),
        ({"max_record_bytes": 10}, "max_record_bytes"),
        ({"producer_options": {"not_an_option": 1}}, "not_an_option"),
        ({"producer_options": {"value_serializer": str.encode}}, "value_serializer"),
        ({"producer_options": {"acks": 1}}, "acks"),
        ({"producer_options": {"bootstrap_servers": ["other:9092"]}}, "bootstrap_servers"),
    ],
)
def test_bad_arguments_fail_at_construction_naming_them(kwargs: dict[str, object], named: str) -> None:
    arguments: dict[str, object] = {"bootstrap_servers": "localhost:9092", **kwargs}
    with pytest.raises(ExportConfigError, match=named):
        KafkaSpanExporter(**arguments)  # type: ignore[arg-type]


def test_the_service_settings_kafka_options_pass_straight_through(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACECASE_BOOTSTRAP", "k1:9092, k2:9092")
    monkeypatch.setenv("TRACECASE_SECURITY_PROTOCOL", "SASL_SSL")
    monkeypatch.setenv("TRACECASE_SASL_MECHANISM", "SCRAM-SHA-512")
    monkeypatch.setenv("TRACECASE_SASL_USERNAME", "app")
    monkeypatch.setenv("TRACECASE_SASL_PASSWORD", "s3cret")
    settings = load_settings()
    config = producer_config(
        settings.bootstrap,
        acks="all",
        compression=None,
        timeout_s=5,
        max_record_bytes=1_000_000,
        producer_options=settings.kafka_client_options(),
    )
    assert config["bootstrap_servers"] == ["k1:9092", "k2:9092"]
    assert config["security_protocol"] == "SASL_SSL"
    assert config["sasl_mechanism"] == "SCRAM-SHA-512"
    assert config["sasl_plain_password"] == "s3cret"
    # Constructing the exporter never connects: the producer is built at the first export.
    exporter = KafkaLogExporter(settings.bootstrap, producer_options=settings.kafka_client_options())
    assert exporter.topic == "otlp_logs"


def test_defaults_bound_every_wait_and_leave_room_for_the_largest_record() -> None:
    config = producer_config(
        "localhost:9092",
        acks=1,
        compression="gzip",
        timeout_s=2.5,
        max_record_bytes=5_000_000,
        producer_options=None,
    )
    assert config["max_block_ms"] == config["bootstrap_timeout_ms"] == config["request_timeout_ms"] == 2_500
    assert config["delivery_timeout_ms"] >= config["request_timeout_ms"] + config["linger_ms"]
    assert config["max_request_size"] > 5_000_000
    assert config["enable_idempotence"] is False  # idempotence needs acks=all
    assert config["compression_type"] == "gzip"
