"""Less frequent cyclic garbage collection while many objects are built and kept.

Assembling traces keeps every normalized span alive until its trace is returned: a few dozen
container objects per span (models, their field sets, lists). CPython 3.11 runs a young
collection every 700 net allocations and a full one each time the old generation has grown by a
quarter, so buffering N spans rescans the live ones over and over; measured on the ingest
benchmark (4,096 chat spans) this was ~35 µs per span, more than normalizing it, and ~8 µs with
the threshold below (with collection disabled altogether: ~0; 50,000 gave ~11 µs).

Nothing built here forms reference cycles (records and pydantic models reference plain values),
so reference counting frees all of it and the collections find nothing. :func:`fewer_collections`
raises the young-generation threshold for the duration of a bulk build; collection still runs,
about 140 times less often, so cyclic garbage made meanwhile by other code is still reclaimed. Nested
and concurrent users share one raise (a counter under a lock): the original thresholds come back
when the last one leaves, whatever order they leave in.

A long-running process can instead tune once at start-up (``gc.freeze()`` after imports, then a
higher threshold); this module only covers the library's own bulk paths.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

BULK_GEN0_THRESHOLD = 100_000
"""Young-generation threshold during bulk builds (CPython's default is 700)."""


class _Raised:
    """How many blocks currently want the raised threshold, and what to restore after the last."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.users = 0
        self.saved: tuple[int, ...] = ()


_raised = _Raised()


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Raise the gen-0 collection threshold while the block runs (never lowers a higher one)."""
    with _raised.lock:
        if _raised.users == 0:
            _raised.saved = gc.get_threshold()
            if _raised.saved[0] < BULK_GEN0_THRESHOLD:
                gc.set_threshold(BULK_GEN0_THRESHOLD, *_raised.saved[1:])
        _raised.users += 1
    try:
        yield
    finally:
        with _raised.lock:
            _raised.users -= 1
            saved = _raised.saved
            if _raised.users == 0 and gc.get_threshold()[0] == max(BULK_GEN0_THRESHOLD, saved[0]):
                # Restore only what we changed: someone may have re-tuned the collector meanwhile.
                gc.set_threshold(*saved)
