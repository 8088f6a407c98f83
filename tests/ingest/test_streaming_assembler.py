"""``StreamingAssembler``: when a trace is due, bounded memory, and what a rebalance forgets."""

from __future__ import annotations

from rawspan_factory import T0, TRACE_ID, log, raw_span

from ingest.assemble import Origin, StreamingAssembler
from ingest.records import DecodedBatch

OTHER = "1" * 32


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _assembler(clock: Clock, max_pending_spans: int = 100) -> StreamingAssembler:
    return StreamingAssembler(quiet_period_s=5, max_wait_s=60, max_pending_spans=max_pending_spans, clock=clock)


def _record(partition: int, offset: int) -> Origin:
    return Origin("otlp_spans", partition, offset)


def test_a_trace_is_due_once_its_root_ended_and_it_went_quiet() -> None:
    clock = Clock()
    assembler = _assembler(clock)
    assembler.add(DecodedBatch(spans=[raw_span(span="00000000000000a1")]))
    clock.now = 4.9
    assert assembler.due() == []
    assembler.add(DecodedBatch(spans=[raw_span(span="00000000000000a2", parent="00000000000000a1")]))
    clock.now = 9.8  # 4.9 s after the last span
    assert assembler.due() == []
    clock.now = 10.0
    [due] = assembler.due()
    assert due.complete and sorted(due.piece.spans) == ["00000000000000a1", "00000000000000a2"]
    assert assembler.pending_spans == 0 and assembler.pending_traces == 0


def test_a_rootless_piece_waits_unless_the_store_knows_its_trace() -> None:
    clock = Clock()
    assembler = _assembler(clock)
    assembler.add(DecodedBatch(spans=[raw_span(span="00000000000000b2", parent="00000000000000b1")]))
    assembler.add(DecodedBatch(spans=[raw_span(span="00000000000000c2", parent="00000000000000c1", trace_id=OTHER)]))
    clock.now = 6
    asked: list[list[str]] = []

    def known(ids: list[str]) -> set[str]:
        asked.append(sorted(ids))
        return {OTHER}

    [due] = assembler.due(known)
    assert due.piece.trace_id == OTHER and not due.complete
    assert assembler.due(known) == [] and asked == [sorted([OTHER, TRACE_ID])]  # asked once per quiet period
    clock.now = 61
    [late] = assembler.due(known)
    assert late.piece.trace_id == TRACE_ID and not late.complete  # max wait: stored open


def test_memory_is_bounded_by_storing_the_oldest_traces_early() -> None:
    clock = Clock()
    assembler = _assembler(clock, max_pending_spans=3)
    for n, trace_id in enumerate(["a" * 32, "b" * 32, "c" * 32]):
        clock.now = n
        spans = [raw_span(span=f"{n:015x}{k}", parent="f" * 16, trace_id=trace_id) for k in range(2)]
        assembler.add(DecodedBatch(spans=spans))
    due = assembler.due()
    assert [d.piece.trace_id for d in due] == ["a" * 32, "b" * 32]
    assert assembler.pending_spans == 2


def test_a_rebalance_forgets_only_what_came_from_revoked_partitions() -> None:
    clock = Clock()
    assembler = _assembler(clock)
    root, child = raw_span(span="00000000000000d1"), raw_span(span="00000000000000d2", parent="00000000000000d1")
    assembler.add(DecodedBatch(spans=[root]), _record(0, 7))
    assembler.add(
        DecodedBatch(spans=[child], logs=[log("gen_ai.user.message", {"content": "hi"}, of=child)]), _record(1, 3)
    )
    assembler.drop_partitions({("otlp_spans", 1)})
    clock.now = 10
    [due] = assembler.due()
    assert list(due.piece.spans) == ["00000000000000d1"] and due.piece.logs == {}
    assert due.piece.origins == {_record(0, 7)}


def test_drain_returns_everything_complete_where_the_root_ended() -> None:
    clock = Clock()
    assembler = _assembler(clock)
    assembler.add(DecodedBatch(spans=[raw_span(span="00000000000000e1", start=T0)]))
    assembler.add(DecodedBatch(spans=[raw_span(span="00000000000000f2", parent="00000000000000f1", trace_id=OTHER)]))
    drained = {d.piece.trace_id: d.complete for d in assembler.drain()}
    assert drained == {TRACE_ID: True, OTHER: False}
    assert assembler.pending_traces == 0


def test_duplicates_count_once_and_log_records_without_trace_id_are_counted() -> None:
    assembler = _assembler(Clock())
    span = raw_span(span="00000000000000a1")
    assert assembler.add(DecodedBatch(spans=[span]), _record(0, 1)) == {TRACE_ID}
    assert assembler.add(DecodedBatch(spans=[span]), _record(0, 2)) == set()
    assembler.add(DecodedBatch(logs=[log("gen_ai.user.message", {"content": "x"}, trace_id=None)]))
    assert assembler.pending_spans == 1 and assembler.unjoined_logs == 1


def test_a_trace_waits_while_an_unread_partition_lags_behind_its_records() -> None:
    clock = Clock()
    assembler = _assembler(clock)
    root = raw_span(span="00000000000000a1")
    assembler.add(DecodedBatch(spans=[root]), _record(0, 1), record_time=100.0)
    clock.now = 10
    assert assembler.due(watermark=103.0) == []  # another partition was read only up to 103 s
    [due] = assembler.due(watermark=105.0)
    assert due.complete and due.piece.last_record_time == 100.0


def test_with_every_partition_read_to_its_end_only_the_clock_counts() -> None:
    clock = Clock()
    assembler = _assembler(clock)
    assembler.add(DecodedBatch(spans=[raw_span(span="00000000000000a1")]), _record(0, 1), record_time=100.0)
    clock.now = 10
    assert [d.piece.trace_id for d in assembler.due(watermark=None)] == [TRACE_ID]
