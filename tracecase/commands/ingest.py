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


def _maintenance(store: Any, days: float | None) -> Any:
    """The hourly chores: expire support flags whose trace never came, purge traces older than
    ``retention_days`` (when it is set) and counters of consumers gone for a week."""
    from datetime import timedelta

    from casegen.persist import expire_flags
    from store import purge_consumer_stats, purge_traces, utcnow

    def maintain() -> None:
        with store.transaction() as session:
            expired = expire_flags(session, utcnow())
            traces, spans = purge_traces(session, utcnow() - timedelta(days=days)) if days is not None else (0, 0)
            purge_consumer_stats(session, timedelta(days=7), utcnow())  # stopped consumers' rows
        if expired:
            logger.info("flags: %d expired without their trace", expired)
        if traces:
            logger.info("retention: purged %d traces (%d spans) older than %g days", traces, spans, days)

    return maintain


@click.command()
@settings_options("bootstrap", "topic", "logs_topic", "flags_topic", "group", "db", "dlq_raw", "rules")
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
    traces; promote completed traces to candidate cases (rules, support-ticket flags from the flags
    topic). Runs until SIGTERM/SIGINT, then stores what is due, commits and exits 0."""
    from tracecase.service import (
        build_flag_handler,
        build_processor,
        build_promotion_hook,
        build_redactor,
        configure_logging,
        configure_telemetry,
        open_store,
    )

    settings = settings_or_exit(options)
    configure_logging(settings)
    configure_telemetry("tracecase-ingest")
    with start_up():
        hook = build_promotion_hook(settings)
        store = open_store(settings)
        redactor = build_redactor(settings)
        processor = build_processor(settings, store, [hook], redactor)
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
    from ingest.consume import (
        DeadLetters,
        IngestLoop,
        LoopOptions,
        RecordHandler,
        dead_letter_producer,
        ensure_topic,
        kafka_consumer,
    )

    client = settings.kafka_client_options()
    ensure_topic(client, settings.dead_letter_topic, like=settings.topic)
    handlers: dict[str, RecordHandler] = {}
    if settings.flags_topic:
        ensure_topic(client, settings.flags_topic, like=settings.topic)
        handlers[settings.flags_topic] = build_flag_handler(settings, store, redactor)
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
            handlers=handlers,
            max_record_bytes=settings.max_record_bytes,
            max_poll_records=settings.max_poll_records,
            stop_when_idle_s=stop_when_idle,
            maintenance=_maintenance(store, settings.retention_days),
            group=settings.group,
        ),
    )
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: loop.stop())
    consumed = ",".join([*settings.topics, *handlers])
    logger.info("consuming %s as group %s into %s", consumed, settings.group, store.safe_url)
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
