"""The demo's ``tracecase ingest``, in-process, with progress lines while it runs."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click

from tracecase.settings import Settings


def ingest(settings: Settings, expected_spans: int) -> Any:
    from ingest.assemble import StreamingAssembler
    from ingest.consume import DeadLetters, IngestLoop, LoopOptions, dead_letter_producer, kafka_consumer
    from tracecase.service import (
        build_flag_handler,
        build_processor,
        build_promotion_hook,
        build_redactor,
        open_store,
    )

    client = settings.kafka_client_options()
    store = open_store(settings)
    redactor = build_redactor(settings)
    loop = IngestLoop(
        kafka_consumer(client, f"tracecase-demo-{time.time_ns()}"),
        build_processor(settings, store, [build_promotion_hook(settings)], redactor),
        DeadLetters(dead_letter_producer(client, settings.max_record_bytes), settings.dead_letter_topic),
        StreamingAssembler(settings.quiet_period_s, settings.max_trace_wait_s, settings.max_pending_spans),
        LoopOptions(
            settings.topics,
            handlers={settings.flags_topic: build_flag_handler(settings, store, redactor)}
            if settings.flags_topic
            else {},
            stop_when_idle_s=2.0,
        ),
    )
    with _progress(
        lambda: f"{loop.summary.spans}/{expected_spans} spans read, {loop.summary.traces_stored} traces stored"
    ):
        return loop.run()


@contextmanager
def _progress(describe: Callable[[], str]) -> Iterator[None]:
    done = threading.Event()

    def report() -> None:
        while not done.wait(1.0):
            click.echo(f"   … {describe()}", err=True)

    thread = threading.Thread(target=report, daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()
