"""``tracecase ingest``: the streaming consumer (or a backfill from OTLP files)."""

from __future__ import annotations

import logging
import signal
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

import click

from tracecase.commands._settings import settings_options, settings_or_exit, start_up

logger = logging.getLogger("tracecase.ingest")


def _retention(store: Any, days: float | None) -> Any:
    """The hourly purge of traces older than ``retention_days`` (none when it is unset)."""
    if days is None:
        return None
    from datetime import timedelta

    from store import purge_traces, utcnow

    def purge() -> None:
        with store.transaction() as session:
            traces, spans = purge_traces(session, utcnow() - timedelta(days=days))
        if traces:
            logger.info("retention: purged %d traces (%d spans) older than %g days", traces, spans, days)

    return purge


@click.command()
@settings_options("bootstrap", "topic", "logs_topic", "group", "db", "dlq_raw")
@click.option(
    "--stop-when-idle",
    type=click.FloatRange(min=0),
    metavar="SECONDS",
    help="Exit 0 once every partition is read and nothing arrived for this long; traces whose root ended are "
    "stored complete first, the rest stored open.",
)
@click.option(
    "--from-file",
    "from_files",
    multiple=True,
    type=click.Path(exists=True, path_type=Path),
    help="Read OTLP files (or directories) instead of Kafka; repeatable.",
)
def ingest(stop_when_idle: float | None, from_files: tuple[Path, ...], **options: Any) -> None:
    """Consume OTLP spans (and GenAI log records) from Kafka, redact them, and store spans and assembled
    traces. Runs until SIGTERM/SIGINT, then stores what is due, commits and exits 0."""
    from tracecase.service import build_processor, configure_logging, configure_telemetry, open_store

    settings = settings_or_exit(options)
    configure_logging(settings)
    configure_telemetry("tracecase-ingest")
    with start_up():
        store = open_store(settings)
        processor = build_processor(settings, store)
    if from_files:
        from ingest.pipeline import process_files

        run = process_files(from_files, processor)
        for error in run.errors:
            logger.warning("skipped %s", error)
        for failure in run.processed.failures:
            logger.warning("trace %s: %s", failure.trace_id, failure.reason)
        click.echo(f"stored {len(run.processed.traces)} traces from {len(from_files)} path(s)", err=True)
        sys.exit(1 if run.errors or run.processed.failures else 0)

    from ingest.assemble import StreamingAssembler
    from ingest.consume import DeadLetters, IngestLoop, LoopOptions, dead_letter_producer, ensure_topic, kafka_consumer

    client = settings.kafka_client_options()
    ensure_topic(client, settings.dead_letter_topic, like=settings.topic)
    loop = IngestLoop(
        kafka_consumer(
            client,
            settings.group,
            session_timeout_ms=settings.session_timeout_ms,
            heartbeat_interval_ms=settings.heartbeat_interval_ms,
            max_record_bytes=settings.max_record_bytes,
            max_poll_records=settings.max_poll_records,
        ),
        processor,
        DeadLetters(
            dead_letter_producer(client, settings.max_record_bytes), settings.dead_letter_topic, raw=settings.dlq_raw
        ),
        StreamingAssembler(settings.quiet_period_s, settings.max_trace_wait_s, settings.max_pending_spans),
        LoopOptions(
            settings.topics,
            max_record_bytes=settings.max_record_bytes,
            max_poll_records=settings.max_poll_records,
            stop_when_idle_s=stop_when_idle,
            maintenance=_retention(store, settings.retention_days),
        ),
    )
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: loop.stop())
    logger.info("consuming %s as group %s into %s", ",".join(settings.topics), settings.group, store.safe_url)
    summary = loop.run()
    logger.info(
        "stopped: %d records, %d spans, %d traces stored, %d dead letters, %d store retries",
        summary.records,
        summary.spans,
        summary.traces_stored,
        summary.dead_letters,
        summary.store_retries,
        extra={"summary": asdict(summary)},
    )
