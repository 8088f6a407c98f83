"""The collector's default record partitioner, for kafka-python.

The collector's kafka exporter (franz-go) places keyed records with ``StickyKeyPartitioner`` and a
Sarama-compatible FNV-1a hash: ``abs(int32(fnv1a_32(key)) % partitions)`` with Go's truncating
modulo. kafka-python's default hashes keys with murmur2 (the Java client's choice), which would put a
trace on a different partition than the collector puts the same trace; with this partitioner an app
exporting directly and a collector exporting for other services agree on each trace's partition.
Records without a key stick to one partition until a batch fills, as in both clients.
"""

from __future__ import annotations

from typing import Any

from kafka.partitioner import StickyPartitioner

_FNV_OFFSET = 0x811C9DC5
_FNV_PRIME = 0x01000193
_UINT32 = 0xFFFFFFFF
_INT32_SIGN = 0x80000000


def fnv1a_32(data: bytes) -> int:
    """32-bit FNV-1a, as Go's ``hash/fnv.New32a``."""
    value = _FNV_OFFSET
    for byte in data:
        value = ((value ^ byte) * _FNV_PRIME) & _UINT32
    return value


def sarama_partition(key: bytes, partitions: int) -> int:
    """The partition index Sarama's hash partitioner (and franz-go's ``SaramaCompatHasher``) picks."""
    signed = fnv1a_32(key)
    if signed & _INT32_SIGN:
        signed -= 1 << 32
    # Go: int32(h) % n truncates toward zero, then a negative result is negated.
    return abs(signed) % partitions


class SaramaCompatPartitioner(StickyPartitioner):
    """kafka-python partitioner that hashes keys like the collector's default ``sticky_key`` partitioner."""

    def partition(  # noqa: PLR0917 - kafka-python's Partitioner signature
        self, topic: str, key: Any, serialized_key: bytes | None, value: Any, serialized_value: Any, cluster: Any
    ) -> int:
        if serialized_key is None:
            partition: int = super().partition(topic, key, serialized_key, value, serialized_value, cluster)
            return partition
        if topic not in cluster.topics():
            raise ValueError(f"Topic {topic} not found in ClusterMetadata")
        all_partitions = sorted(cluster.partitions_for_topic(topic))
        return int(all_partitions[sarama_partition(serialized_key, len(all_partitions))])
