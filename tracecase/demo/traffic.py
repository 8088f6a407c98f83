"""The demo's traffic: the sample app under every instrumentation, a support ticket and a user's thumbs-down."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from tracecase.settings import Settings


def run_sample_app(bootstrap: str, out: Path, instrumentations: tuple[str, ...]) -> tuple[int, list[Any]]:
    import os

    from tracecase_sampleapp._emitter import KAFKA_ENV
    from tracecase_sampleapp.emit import emit_scenarios

    os.environ[KAFKA_ENV] = bootstrap
    spans, manifests = 0, []
    try:
        for name in instrumentations:
            manifest = emit_scenarios(name, out / "emitted" / name, seed=0)
            manifests.append(manifest)
            spans += manifest.span_count
            click.echo(
                f"   {name:<26} {len(manifest.scenarios)} traces, {manifest.span_count} spans, "
                f"{manifest.log_count} log records",
                err=True,
            )
    finally:
        os.environ.pop(KAFKA_ENV, None)
    return spans, manifests


def support_and_feedback(settings: Settings, manifests: list[Any]) -> None:
    """A help desk flags the support chat's trace (the note names the customer: it is redacted before it is
    stored), and the app records a user's thumbs-down on a multi-turn chat as a GenAI evaluation event."""
    import json

    from kafka import KafkaProducer

    def trace_of(scenario: str) -> str:
        return next(s.trace_id for m in manifests for s in m.scenarios if s.scenario == scenario)

    ticket = {
        "trace_id": trace_of("support_chat_with_pii"),
        "ticket_id": "SUP-1042",
        "by": "help-desk",
        "note": "Jane Roe (jane.roe@example.com) says order ORD-88213 never arrived and the bot ignored it.",
    }
    producer = KafkaProducer(**settings.kafka_client_options(), acks="all")
    producer.send(settings.flags_topic, value=json.dumps(ticket).encode()).get(timeout=30)
    producer.close()
    click.echo(
        f"   ticket {ticket['ticket_id']} on trace {ticket['trace_id']} (flags topic {settings.flags_topic})", err=True
    )
    disliked = trace_of("multi_turn")
    _thumbs_down(settings, disliked)
    click.echo(f"   user.feedback=negative on trace {disliked} (a gen_ai.evaluation.result log record)", err=True)


def _thumbs_down(settings: Settings, trace_id: str) -> None:
    """The evaluation event an app emits after the fact, through the OTel SDK and tracecase's log exporter."""
    from opentelemetry._logs import LogRecord
    from opentelemetry.sdk._logs import LoggerProvider
    from opentelemetry.sdk._logs.export import SimpleLogRecordProcessor

    from ingest.export import KafkaLogExporter

    provider = LoggerProvider()
    provider.add_log_record_processor(SimpleLogRecordProcessor(KafkaLogExporter(settings.bootstrap)))
    feedback = {"gen_ai.evaluation.name": "user.feedback", "gen_ai.evaluation.score.label": "negative"}
    # The whole trace is judged: a trace id and no span id (tracecase attaches it to the root span).
    record = LogRecord(  # type: ignore[call-overload]  # event_name exists at run time, not in the stubs
        trace_id=int(trace_id, 16), span_id=0, event_name="gen_ai.evaluation.result", attributes=feedback
    )
    provider.get_logger("sample-app.feedback").emit(record)
    provider.shutdown()
