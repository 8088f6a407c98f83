"""The kafka-python producer options of an exporter, checked when the exporter is built.

Explicit arguments (servers, acks, compression, timeout, record size) set the options the exporter
depends on; ``producer_options`` passes anything else through to ``kafka.KafkaProducer``: security
(``security_protocol``, ``sasl_*``, ``ssl_*``), ``client_id``, ``linger_ms``... An option given both
ways must agree, so ``producer_options=settings.kafka_client_options()`` (which repeats the servers)
works. Unknown option names and codecs whose library is missing fail here, not at the first export.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, Literal

from kafka import KafkaProducer
from kafka.codec import has_gzip, has_lz4, has_snappy, has_zstd

from ingest.export.exceptions import ExportConfigError
from ingest.export.partitioner import SaramaCompatPartitioner

Acks = Literal[0, 1, "all"]
Compression = Literal["gzip", "snappy", "lz4", "zstd"]

_CODECS = {
    "gzip": (has_gzip, "(built in)"),
    "snappy": (has_snappy, "python-snappy"),
    "lz4": (has_lz4, "lz4"),
    "zstd": (has_zstd, "zstandard"),
}
_TOPIC = re.compile(r"[A-Za-z0-9._-]{1,249}")
# Room for the record's own framing on top of key + value (kafka-python checks the whole record).
_FRAMING_BYTES = 16 * 1024
_LINGER_MS = 5
_OWNED = frozenset({"key_serializer", "value_serializer"})


def check_topic(topic: str) -> str:
    if not _TOPIC.fullmatch(topic):
        raise ExportConfigError(f"topic: {topic!r} is not a Kafka topic name (1-249 of A-Z a-z 0-9 . _ -)")
    return topic


def producer_config(
    bootstrap_servers: str | Sequence[str],
    *,
    acks: Acks,
    compression: Compression | None,
    timeout_s: float,
    max_record_bytes: int,
    producer_options: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """The ``KafkaProducer`` keyword arguments; raises :class:`ExportConfigError` naming a bad one."""
    servers = _servers(bootstrap_servers)
    if acks not in (0, 1, "all"):
        raise ExportConfigError(f"acks: expected 0, 1 or 'all', got {acks!r}")
    if compression is not None:
        if compression not in _CODECS:
            raise ExportConfigError(f"compression: expected one of {sorted(_CODECS)} or None, got {compression!r}")
        available, package = _CODECS[compression]
        if not available():
            raise ExportConfigError(f"compression: {compression} needs the {package!r} package installed")
    if not timeout_s > 0:
        raise ExportConfigError(f"timeout_s: must be > 0, got {timeout_s!r}")
    if max_record_bytes < 1024:
        raise ExportConfigError(f"max_record_bytes: must be >= 1024, got {max_record_bytes!r}")
    timeout_ms = max(1, round(timeout_s * 1000))
    config: dict[str, Any] = {
        "bootstrap_servers": servers,
        "acks": acks,
        # Idempotent writes need acks=all; kafka-python would otherwise warn and turn them off itself.
        "enable_idempotence": acks == "all",
        "compression_type": compression,
        "max_request_size": max(KafkaProducer.DEFAULT_CONFIG["max_request_size"], max_record_bytes + _FRAMING_BYTES),
        # Bound every wait by the export timeout: connecting, metadata, one request, and a record's
        # whole delivery (an undelivered record expires instead of keeping flush and close waiting).
        "bootstrap_timeout_ms": timeout_ms,
        "max_block_ms": timeout_ms,
        "request_timeout_ms": timeout_ms,
        "delivery_timeout_ms": timeout_ms + _LINGER_MS,
        "linger_ms": _LINGER_MS,
        "partitioner": SaramaCompatPartitioner(),
    }
    for name, given in (producer_options or {}).items():
        if name not in KafkaProducer.DEFAULT_CONFIG or name in _OWNED:
            raise ExportConfigError(f"producer_options: {name!r} is not a producer option the exporter accepts")
        value = _servers(given) if name == "bootstrap_servers" else given
        if name in _EXPLICIT and value != config[name]:
            raise ExportConfigError(
                f"producer_options: {name!r} is {value!r} but the exporter's {_EXPLICIT[name]} argument says "
                f"{config[name]!r}"
            )
        config[name] = value
    return config


# Producer options that mirror an exporter argument (option name → argument name).
_EXPLICIT = {"bootstrap_servers": "bootstrap_servers", "acks": "acks", "compression_type": "compression"}


def _servers(value: str | Sequence[str]) -> list[str]:
    items = value.split(",") if isinstance(value, str) else list(value)
    servers = [str(item).strip() for item in items if str(item).strip()]
    if not servers or any(":" not in server for server in servers):
        raise ExportConfigError(f"bootstrap_servers: expected host:port[,host:port...], got {value!r}")
    return servers
