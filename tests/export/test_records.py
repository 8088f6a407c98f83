"""Cutting items into records (no broker): sizes, keys, splitting, and what cannot fit."""

from __future__ import annotations

from collections.abc import Sequence

from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue
from opentelemetry.proto.trace.v1.trace_pb2 import ResourceSpans, ScopeSpans, Span, TracesData

from ingest.export.records import KafkaRecord, RecordCutter

Item = tuple[int, int, int]
"""(trace id, span id, payload size)."""


def _encode(items: Sequence[Item]) -> TracesData:
    spans = [
        Span(
            trace_id=trace.to_bytes(16, "big"),
            span_id=span.to_bytes(8, "big"),
            name="s",
            attributes=[KeyValue(key="p", value=AnyValue(string_value="x" * size))],
        )
        for trace, span, size in items
    ]
    return TracesData(resource_spans=[ResourceSpans(scope_spans=[ScopeSpans(spans=spans)])])


def _cutter(limit: int, keyed: bool = False) -> RecordCutter[Item]:
    return RecordCutter(_encode, lambda m: m.SerializeToString(), lambda item: item[0], limit, keyed)


def _span_ids(records: list[KafkaRecord]) -> list[int]:
    ids = []
    for record in records:
        for rs in TracesData.FromString(record.value).resource_spans:
            for ss in rs.scope_spans:
                ids += [int.from_bytes(s.span_id, "big") for s in ss.spans]
    return sorted(ids)


def test_a_batch_under_the_limit_is_one_unkeyed_record() -> None:
    items = [(1, n + 1, 10) for n in range(5)]
    records = _cutter(10_000).cut(items, lambda *_: None)
    assert [(r.key, r.items) for r in records] == [(None, 5)]
    assert records[0].value == _encode(items).SerializeToString()


def test_a_batch_over_the_limit_is_split_into_parts_that_fit_and_lose_nothing() -> None:
    items = [(1 + n % 3, n + 1, 300 + 37 * n) for n in range(40)]
    whole = len(_encode(items).SerializeToString())
    limit = whole // 5
    records = _cutter(limit).cut(items, lambda *_: None)
    assert len(records) >= 5
    assert all(len(r.value) <= limit for r in records)
    assert sum(r.items for r in records) == 40
    assert _span_ids(records) == list(range(1, 41))


def test_keyed_records_group_by_trace_in_first_seen_order_and_count_the_key_in_the_size() -> None:
    items = [(0xB, 1, 10), (0xA, 2, 10), (0xB, 3, 10), (0, 4, 10)]
    records = _cutter(10_000, keyed=True).cut(items, lambda *_: None)
    assert [r.key for r in records] == [f"{0xB:032x}".encode(), f"{0xA:032x}".encode(), None]
    assert [r.items for r in records] == [2, 1, 1]

    one = [(0xA, 1, 10)]
    value_size = len(_encode(one).SerializeToString())
    assert _cutter(value_size + 32, keyed=True).cut(one, lambda *_: None) != []
    dropped: list[int] = []
    assert _cutter(value_size + 31, keyed=True).cut(one, lambda _item, size: dropped.append(size)) == []
    assert dropped == [value_size + 32]


def test_an_item_too_big_alone_is_reported_and_the_others_still_go() -> None:
    items = [(1, 1, 50), (1, 2, 5_000), (1, 3, 50)]
    dropped: list[tuple[Item, int]] = []
    records = _cutter(1_024).cut(items, lambda item, size: dropped.append((item, size)))
    assert [item for item, _ in dropped] == [(1, 2, 5_000)]
    assert dropped[0][1] > 5_000
    assert _span_ids(records) == [1, 3]


def test_nothing_to_cut_is_no_record() -> None:
    assert _cutter(1_024).cut([], lambda *_: None) == []
