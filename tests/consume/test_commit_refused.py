"""A commit that Kafka refuses (a rebalance in progress, a generation gone, a coordinator away) is
never fatal: the offsets stay uncommitted, to be committed later or re-read by the partition's next
owner. Raised from the revocation callback it would fail kafka-python's ``close``, so the consumer
would exit non-zero on a shutdown racing a rebalance (seen with two consumers stopping together)."""

from __future__ import annotations

from typing import Any

import pytest
from kafka import TopicPartition
from kafka.errors import (
    CommitFailedError,
    CoordinatorNotAvailableError,
    IllegalGenerationError,
    KafkaError,
    RebalanceInProgressError,
)

from ingest.assemble import Origin
from ingest.consume import DeadLetters
from ingest.consume.partitions import Partitions


class _Consumer:
    """kafka-python's consumer as far as ``Partitions.commit`` uses it, refusing commits with ``error``."""

    def __init__(self, error: KafkaError | None) -> None:
        self.error = error
        self.committed: list[dict[TopicPartition, Any]] = []

    def assignment(self) -> set[TopicPartition]:
        return {TopicPartition("spans", 0)}

    def commit(self, offsets: dict[TopicPartition, Any]) -> None:
        if self.error is not None:
            raise self.error
        self.committed.append(offsets)


class _Producer:
    def flush(self) -> None:
        pass


@pytest.mark.parametrize(
    "error", [RebalanceInProgressError(), CommitFailedError(), IllegalGenerationError(), CoordinatorNotAvailableError()]
)
def test_a_refused_commit_is_retried_later(error: KafkaError) -> None:
    consumer = _Consumer(error)
    partitions = Partitions(consumer, DeadLetters(_Producer(), "spans.dlq"), clock=lambda: 100.0)
    partitions.offsets.seen(Origin("spans", 0, 41))
    partitions.commit(force=True, only=[TopicPartition("spans", 0)])  # as the revocation callback calls it
    assert partitions.offsets.committable() == {("spans", 0): 42}  # still to commit
    consumer.error = None
    partitions.commit(force=True)
    assert [{tp.partition: meta.offset for tp, meta in c.items()} for c in consumer.committed] == [{0: 42}]
    assert partitions.offsets.committable() == {}
