"""Stores with traces in them, made by the real pipeline (real redaction, real store), for case tests."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

from case_feed import AgentTrace, write_otlp_file

from ingest.pipeline import StoredHook, TraceProcessor, process_files
from schemas import RequiredFieldPolicy
from store import TraceStore


@cache
def shared_redactor():  # type: ignore[no-untyped-def]
    """One real redactor per test session (loading spaCy takes a second or two)."""
    from redaction import Redactor

    return Redactor()


def processor(store: TraceStore | None, hooks: Sequence[StoredHook] = ()) -> TraceProcessor:
    return TraceProcessor(RequiredFieldPolicy.default(), shared_redactor(), store, hooks)


def store_traces(
    store: TraceStore,
    traces: Sequence[AgentTrace],
    folder: Path,
    hooks: Sequence[StoredHook] = (),
    *,
    late: bool = False,
) -> None:
    """Run the traces through the file pipeline into ``store`` (with ``late``: each trace without its
    ``late`` span)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, trace in enumerate(traces):
        spans = trace.without("late")[0] if late else trace.spans
        paths.append(write_otlp_file(folder / f"{trace.trace_id}-{number}.json", spans))
    run = process_files(paths, processor(store, hooks))
    assert not run.errors and not run.processed.failures
