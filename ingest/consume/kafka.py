"""kafka-python clients configured for the consumer: manual commits, fast group joins, durable dead letters.

Connection and security options (bootstrap servers, SASL, TLS) come from the caller and pass
through unchanged. The group session is short (6 s, 1 s heartbeats by default): brokers such as
tansu hold a first JoinGroup for half the session timeout, so kafka-python's 45 s default would
make every start and every crash recovery wait 23 s or more. Heartbeats run on kafka-python's
own thread, so long redaction batches do not drop the consumer from its group.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer
from kafka.admin import NewTopic
from kafka.errors import KafkaError, TopicAlreadyExistsError

from ingest.kafka_logging import withhold_record_bytes

logger = logging.getLogger(__name__)

_FETCH_FLOOR = 1024 * 1024


def kafka_consumer(
    client: Mapping[str, Any],
    group: str,
    *,
    session_timeout_ms: int = 6000,
    heartbeat_interval_ms: int = 1000,
    max_record_bytes: int = 16 * 1024 * 1024,
    max_poll_records: int = 500,
) -> KafkaConsumer:
    withhold_record_bytes()  # kafka-python's DEBUG logging prints record values: span text
    fetch = max(_FETCH_FLOOR, max_record_bytes + 1024)  # an oversized record must still arrive to be dead-lettered
    return KafkaConsumer(
        group_id=group,
        client_id=f"tracecase-{group}",
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        session_timeout_ms=session_timeout_ms,
        heartbeat_interval_ms=heartbeat_interval_ms,
        max_poll_records=max_poll_records,
        max_partition_fetch_bytes=fetch,
        fetch_max_bytes=max(fetch, 50 * 1024 * 1024),
        **client,
    )


def dead_letter_producer(client: Mapping[str, Any], max_record_bytes: int) -> KafkaProducer:
    withhold_record_bytes()
    return KafkaProducer(
        client_id="tracecase-dead-letters",
        acks="all",
        retries=5,
        max_request_size=max_record_bytes + 64 * 1024,
        **client,
    )


def ensure_topic(client: Mapping[str, Any], name: str, like: str, partitions: int = 1) -> None:
    """Create ``name`` when it does not exist, with as many partitions as ``like`` (else ``partitions``).

    Best effort: a cluster that forbids topic creation by clients must have it created by its operators.
    """
    try:
        admin = KafkaAdminClient(client_id="tracecase-admin", **client)
    except KafkaError as exc:
        logger.warning("cannot check topic %s: %s", name, type(exc).__name__)
        return
    try:
        topics = set(admin.list_topics())
        if name in topics:
            return
        if like in topics:
            partitions = len(admin.describe_topics([like])[0]["partitions"])
        admin.create_topics([NewTopic(name, partitions, 1)])
        logger.info("created topic %s with %d partitions", name, partitions)
    except TopicAlreadyExistsError:
        pass
    except KafkaError as exc:
        logger.warning("cannot create topic %s (%s): create it before starting", name, type(exc).__name__)
    finally:
        admin.close()
