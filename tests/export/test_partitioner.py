"""The collector's default key → partition mapping (Sarama-compatible FNV-1a), reproduced."""

from __future__ import annotations

import math

import pytest

from ingest.export.partitioner import fnv1a_32, sarama_partition


@pytest.mark.parametrize(
    ("data", "expected"),
    # Published FNV-1a 32-bit test vectors.
    [(b"", 0x811C9DC5), (b"a", 0xE40C292C), (b"foobar", 0xBF9CF968)],
)
def test_fnv1a_32_matches_the_reference_vectors(data: bytes, expected: int) -> None:
    assert fnv1a_32(data) == expected


def _go_partition(key: bytes, partitions: int) -> int:
    """Go's int32(h) % n (truncated toward zero), negated when negative: written the long way."""
    h = fnv1a_32(key)
    signed = h - (1 << 32) if h >= 1 << 31 else h
    remainder = int(math.fmod(signed, partitions))
    return -remainder if remainder < 0 else remainder


@pytest.mark.parametrize("partitions", [1, 3, 6, 7, 12, 100])
def test_trace_id_keys_land_where_sarama_puts_them(partitions: int) -> None:
    keys = [format(n * 0x9E3779B97F4A7C15 % (1 << 128), "032x").encode() for n in range(1, 200)]
    assert any(fnv1a_32(k) >= 1 << 31 for k in keys)  # the negative int32 branch is exercised
    for key in keys:
        assert sarama_partition(key, partitions) == _go_partition(key, partitions)
        assert 0 <= sarama_partition(key, partitions) < partitions
