"""``fewer_collections``: the gen-0 threshold is raised for bulk builds and always comes back."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest
from rawspan_factory import raw_span

from ingest import DecodedBatch, normalize_batches
from ingest._gc import BULK_GEN0_THRESHOLD, fewer_collections


@pytest.fixture(autouse=True)
def default_thresholds() -> Iterator[None]:
    saved = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*saved)


def test_raised_inside_restored_after() -> None:
    with fewer_collections():
        assert gc.get_threshold() == (BULK_GEN0_THRESHOLD, 10, 10)
    assert gc.get_threshold() == (700, 10, 10)


def test_restored_when_the_block_raises() -> None:
    with pytest.raises(RuntimeError), fewer_collections():
        raise RuntimeError("boom")
    assert gc.get_threshold() == (700, 10, 10)


def test_nested_blocks_restore_once_at_the_outermost() -> None:
    with fewer_collections():
        with fewer_collections():
            pass
        assert gc.get_threshold()[0] == BULK_GEN0_THRESHOLD
    assert gc.get_threshold() == (700, 10, 10)


def test_overlapping_threads_leave_the_original_thresholds() -> None:
    inside, release = threading.Barrier(2), threading.Event()

    def worker() -> None:
        with fewer_collections():
            inside.wait()
            release.wait()

    thread = threading.Thread(target=worker)
    thread.start()
    with fewer_collections():
        inside.wait()  # both blocks are open now
    assert gc.get_threshold()[0] == BULK_GEN0_THRESHOLD  # the worker's block is still open
    release.set()
    thread.join()
    assert gc.get_threshold() == (700, 10, 10)


@pytest.mark.parametrize(
    ("before", "during", "retuned_to", "after"),
    [
        # A process that already runs with a higher threshold is left alone.
        ((200_000, 10, 10), (200_000, 10, 10), None, (200_000, 10, 10)),
        # Someone re-tuning the collector inside the block wins over our restore.
        ((700, 10, 10), (BULK_GEN0_THRESHOLD, 10, 10), (5_000, 20, 20), (5_000, 20, 20)),
    ],
)
def test_never_lowers_or_overrides_another_setting(
    before: tuple[int, int, int],
    during: tuple[int, int, int],
    retuned_to: tuple[int, int, int] | None,
    after: tuple[int, int, int],
) -> None:
    gc.set_threshold(*before)
    with fewer_collections():
        assert gc.get_threshold() == during
        if retuned_to is not None:
            gc.set_threshold(*retuned_to)
    assert gc.get_threshold() == after


def test_bulk_loads_collect_less_while_they_buffer() -> None:
    # normalize_batches (and load_traces, which shares the pattern) keeps every batch until the
    # end: the raised threshold must already hold while lazily produced batches are decoded.
    seen: list[int] = []

    def batches() -> Iterator[DecodedBatch]:
        for _ in range(2):
            seen.append(gc.get_threshold()[0])
            yield DecodedBatch(spans=[raw_span({"gen_ai.request.model": "m"})])

    traces = normalize_batches(batches())
    assert seen == [BULK_GEN0_THRESHOLD, BULK_GEN0_THRESHOLD]
    assert gc.get_threshold() == (700, 10, 10)
    assert [len(trace.spans) for trace in traces] == [2]
