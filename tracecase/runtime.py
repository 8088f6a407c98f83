"""Process-wide tuning that every ``tracecase`` command applies before it runs."""

from __future__ import annotations

import gc

GC_THRESHOLDS = (20_000, 50, 100)
"""Young-generation collection every 20,000 net allocations (CPython's default: 700)."""


def tune_gc() -> None:
    """Collect garbage less often.

    tracecase builds many small, acyclic pydantic objects (spans, messages, cases). At CPython's default
    threshold the cyclic collector runs every 700 allocations and its older-generation passes walk a heap
    that keeps growing with what a batch holds: in ``bench/`` that was ~30% of a consumer's CPU per span
    and 80% of building 10,000 cases for an export. Reference counting still frees everything at once;
    only garbage in reference cycles waits a little longer.
    """
    gc.set_threshold(*GC_THRESHOLDS)
