"""The emitter machinery shared by :mod:`tracecase_sampleapp.emit` and :mod:`tracecase_sampleapp.frameworks.emit`.

The parent side (:func:`emit_in_child`) starts ``python -m MODULE`` in a fresh interpreter, because
instrumentations patch client classes for good and cannot be cleanly stacked or removed. The child side
(:class:`Capture`) collects spans and log records in memory while scenarios run and writes them as OTLP
files plus a manifest; :func:`cli` is the child's command line.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from tracecase_sampleapp.exceptions import ScenarioError
from tracecase_sampleapp.manifest import MANIFEST_FILE, Manifest
from tracecase_sampleapp.otlp_files import LAYOUTS, write_otlp_files

if TYPE_CHECKING:
    from tracecase_sampleapp.scenarios import Observed

SERVICE_PREFIX = "tracecase-scenarios"
KAFKA_ENV = "TRACECASE_SAMPLEAPP_KAFKA"
"""Bootstrap servers: when set, the child also publishes its spans and log records to Kafka
(``otlp_spans``/``otlp_logs``, keyed by trace id) through tracecase's Kafka exporters, as an app
without a collector would."""
CHILD_TIMEOUT_S = 120
STUB_API_KEY = "sk-stub-not-a-secret"

Context = TypeVar("Context")
Runner = Callable[[str, Path, int, str], Manifest]
"""``run(instrumentation, out_dir, seed, layout)``: the child's work, in its own process."""


class Capture:
    """In-memory tracer and logger providers for one run, and the manifest of the traces they caught."""

    def __init__(self, instrumentation: str, seed: int) -> None:
        # Imported here, not at module level: callers set the instrumentation's environment first.
        from opentelemetry.sdk._logs import LoggerProvider
        from opentelemetry.sdk._logs.export import InMemoryLogRecordExporter, SimpleLogRecordProcessor
        from opentelemetry.sdk.resources import Resource
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import SimpleSpanProcessor
        from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

        resource = Resource.create({"service.name": f"{SERVICE_PREFIX}-{instrumentation}"})
        self.span_exporter, self.log_exporter = InMemorySpanExporter(), InMemoryLogRecordExporter()
        self.tracer_provider = TracerProvider(resource=resource)
        self.tracer_provider.add_span_processor(SimpleSpanProcessor(self.span_exporter))
        self.logger_provider = LoggerProvider(resource=resource)
        self.logger_provider.add_log_record_processor(SimpleLogRecordProcessor(self.log_exporter))
        self.manifest = Manifest(instrumentation=instrumentation, seed=seed)
        self._labels: dict[int, str] = {}
        if os.environ.get(KAFKA_ENV):
            self._publish_to_kafka(os.environ[KAFKA_ENV])

    def _publish_to_kafka(self, bootstrap: str) -> None:
        from opentelemetry.sdk._logs.export import BatchLogRecordProcessor
        from opentelemetry.sdk.trace.export import BatchSpanProcessor

        from ingest.export import KafkaLogExporter, KafkaSpanExporter

        spans = KafkaSpanExporter(bootstrap, partition_by_trace_id=True)
        self.tracer_provider.add_span_processor(BatchSpanProcessor(spans))
        logs = KafkaLogExporter(bootstrap, partition_by_trace_id=True)
        self.logger_provider.add_log_record_processor(BatchLogRecordProcessor(logs))

    def run(self, scenarios: Mapping[str, Callable[[Context], Observed]], context: Context) -> None:
        """Run each scenario, which must leave exactly one trace; record what it observed under its trace id."""
        instrumentation = self.manifest.instrumentation
        for name, run in scenarios.items():
            before = len(self.span_exporter.get_finished_spans())
            observed = run(context)
            trace_ids = {s.context.trace_id for s in self.span_exporter.get_finished_spans()[before:]}
            if len(trace_ids) != 1:
                raise ScenarioError(f"scenario {name} under {instrumentation} produced {len(trace_ids)} traces")
            self._labels[trace_id := trace_ids.pop()] = name
            self.manifest.scenarios.append(observed.expectation(name, format(trace_id, "032x")))

    def write(self, out_dir: Path, layout: str) -> Manifest:
        """Write the caught spans and log records as OTLP files, then the manifest naming them."""
        manifest = self.manifest
        self.tracer_provider.shutdown()  # flushes every exporter (Kafka included) before the child exits
        self.logger_provider.shutdown()
        spans, logs = self.span_exporter.get_finished_spans(), self.log_exporter.get_finished_logs()
        manifest.files = write_otlp_files(out_dir, spans, logs, manifest.seed, layout=layout, labels=self._labels)
        manifest.span_count, manifest.log_count = len(spans), len(logs)
        (out_dir / MANIFEST_FILE).write_text(manifest.model_dump_json(indent=2))
        return manifest


def emit_in_child(
    module: str,
    instrumentation: str,
    out_dir: Path,
    seed: int,
    layout: str | None = None,
    *,
    path_first: Path | None = None,
) -> Manifest:
    """Run ``python -m module`` for ``instrumentation`` into ``out_dir`` and return the manifest it wrote.

    ``path_first`` goes first on the child's ``PYTHONPATH``: a producer installed apart from this
    environment (a framework version that cannot share it) shadows the packages installed here.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    command = [
        sys.executable,
        "-m",
        module,
        "--instrumentation",
        instrumentation,
        "--out",
        str(out_dir),
        "--seed",
        str(seed),
        *(() if layout is None else ("--layout", layout)),
    ]
    try:
        done = subprocess.run(  # noqa: S603 (our own interpreter and module)
            command,
            capture_output=True,
            timeout=CHILD_TIMEOUT_S,
            check=False,
            env=_child_env(path_first),
        )
    except subprocess.TimeoutExpired as exc:
        raise ScenarioError(f"emitting {instrumentation} timed out after {CHILD_TIMEOUT_S}s") from exc
    if done.returncode != 0:
        # The child's stderr may quote prompts: keep it in a file, out of the exception message.
        log = out_dir / "emit.stderr.log"
        log.write_bytes(done.stderr)
        raise ScenarioError(f"emitting {instrumentation} failed with exit code {done.returncode}; see {log}")
    return Manifest.model_validate_json((out_dir / MANIFEST_FILE).read_text())


def _child_env(path_first: Path | None) -> dict[str, str] | None:
    if path_first is None:
        return None
    if not path_first.is_dir():
        raise ScenarioError(f"{path_first} is missing: run `make .venv/.installed` to install the isolated producers")
    current = os.environ.get("PYTHONPATH")
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(path_first), current)))}


def cli(argv: list[str] | None, description: str, instrumentations: Sequence[str], run: Runner) -> int:
    """The child's command line: ``--instrumentation NAME --out DIR [--seed N] [--layout L]``."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--instrumentation", required=True, choices=instrumentations)
    parser.add_argument("--out", required=True, type=Path, help="output directory")
    parser.add_argument("--seed", type=int, default=0, help="seed of the batch shuffling")
    parser.add_argument(
        "--layout",
        choices=sorted(LAYOUTS),
        default="scattered",
        help="scattered: shuffled mixed-encoding batches; per-trace: one OTLP/JSON file per trace",
    )
    args = parser.parse_args(argv)
    manifest = run(args.instrumentation, args.out, args.seed, args.layout)
    print(
        f"{len(manifest.scenarios)} traces, {manifest.span_count} spans, {manifest.log_count} log records, "
        f"{len(manifest.files)} files in {args.out}"
    )
    return 0
