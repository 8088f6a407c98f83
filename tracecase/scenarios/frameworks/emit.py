"""Run a framework suite under one instrumentation and write OTLP files plus a manifest.

Mirrors :mod:`tracecase.scenarios.emit`: ``emit_framework`` starts
``python -m tracecase.scenarios.frameworks`` in a fresh interpreter, whose :func:`run_framework`
serves the suite's stub, collects spans and log records in memory and writes them.
"""

from __future__ import annotations

import argparse
import importlib
import os
import subprocess
import sys
from pathlib import Path

from tracecase.scenarios.emit import SERVICE_PREFIX
from tracecase.scenarios.exceptions import ScenarioError
from tracecase.scenarios.frameworks._base import STUB_API_KEY, FrameworkContext, Suite
from tracecase.scenarios.frameworks.instrumentations import (
    FRAMEWORK_INSTRUMENTATIONS,
    SUITES,
    get_framework_instrumentation,
)
from tracecase.scenarios.manifest import MANIFEST_FILE, Manifest
from tracecase.scenarios.otlp_files import LAYOUTS, write_otlp_files

CHILD_TIMEOUT_S = 120


def load_suite(name: str) -> Suite:
    module_name, attr = SUITES[name].split(":")
    suite: Suite = getattr(importlib.import_module(module_name), attr)
    return suite


def run_framework(instrumentation: str, out_dir: Path, seed: int = 0, layout: str = "scattered") -> Manifest:
    """Run the suite's scenarios in *this* process under ``instrumentation`` (patches for good)."""
    spec = get_framework_instrumentation(instrumentation)
    os.environ.update(spec.env)
    # Frameworks read these at import or client creation; no request may leave for the real APIs.
    for key in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY"):
        os.environ.setdefault(key, STUB_API_KEY)
    os.environ.setdefault("LANGSMITH_TRACING", "false")

    from opentelemetry.sdk._logs import LoggerProvider
    from opentelemetry.sdk._logs.export import InMemoryLogRecordExporter, SimpleLogRecordProcessor
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    from tracecase.scenarios.app_spans import app_span_writer

    resource = Resource.create({"service.name": f"{SERVICE_PREFIX}-{instrumentation}"})
    span_exporter, log_exporter = InMemorySpanExporter(), InMemoryLogRecordExporter()
    tracer_provider = TracerProvider(resource=resource)
    tracer_provider.add_span_processor(SimpleSpanProcessor(span_exporter))
    logger_provider = LoggerProvider(resource=resource)
    logger_provider.add_log_record_processor(SimpleLogRecordProcessor(log_exporter))
    spec.install(tracer_provider, logger_provider)
    suite = load_suite(spec.suite)  # after install: some instrumentations must patch before the import
    app_spans = app_span_writer(spec.convention, tracer_provider, logger_provider) if spec.convention else None

    manifest = Manifest(instrumentation=instrumentation, seed=seed)
    labels: dict[int, str] = {}
    with suite.stub() as stub:
        context = FrameworkContext(stub.base_url, STUB_API_KEY, spec, tracer_provider, app_spans, stub)
        context.client = suite.make_client(context)
        for name, run in suite.scenarios.items():
            before = len(span_exporter.get_finished_spans())
            observed = run(context)
            trace_ids = {s.context.trace_id for s in span_exporter.get_finished_spans()[before:]}
            if len(trace_ids) != 1:
                raise ScenarioError(f"scenario {name} under {instrumentation} produced {len(trace_ids)} traces")
            labels[trace_id := trace_ids.pop()] = name
            manifest.scenarios.append(observed.expectation(name, format(trace_id, "032x")))

    spans, logs = span_exporter.get_finished_spans(), log_exporter.get_finished_logs()
    manifest.files = write_otlp_files(out_dir, spans, logs, seed, layout=layout, labels=labels)
    manifest.span_count, manifest.log_count = len(spans), len(logs)
    (out_dir / MANIFEST_FILE).write_text(manifest.model_dump_json(indent=2))
    return manifest


def emit_framework(instrumentation: str, out_dir: Path, seed: int = 0, layout: str = "scattered") -> Manifest:
    """Emit every scenario of the instrumentation's suite into ``out_dir`` (in a subprocess)."""
    spec = get_framework_instrumentation(instrumentation)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "tracecase.scenarios.frameworks", "--instrumentation", spec.name,
               "--out", str(out_dir), "--seed", str(seed), "--layout", layout]
    try:
        done = subprocess.run(command, capture_output=True, timeout=CHILD_TIMEOUT_S, check=False)  # noqa: S603
    except subprocess.TimeoutExpired as exc:
        raise ScenarioError(f"emitting {instrumentation} timed out after {CHILD_TIMEOUT_S}s") from exc
    if done.returncode != 0:
        # The child's stderr may quote prompts: keep it in a file, out of the exception message.
        log = out_dir / "emit.stderr.log"
        log.write_bytes(done.stderr)
        raise ScenarioError(f"emitting {instrumentation} failed with exit code {done.returncode}; see {log}")
    return Manifest.model_validate_json((out_dir / MANIFEST_FILE).read_text())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Emit framework scenario traces under one real instrumentation.")
    parser.add_argument("--instrumentation", required=True, choices=FRAMEWORK_INSTRUMENTATIONS)
    parser.add_argument("--out", required=True, type=Path, help="output directory")
    parser.add_argument("--seed", type=int, default=0, help="seed of the batch shuffling")
    parser.add_argument("--layout", choices=sorted(LAYOUTS), default="scattered",
                        help="scattered: shuffled mixed-encoding batches; per-trace: one OTLP/JSON file per trace")
    args = parser.parse_args(argv)
    manifest = run_framework(args.instrumentation, args.out, args.seed, args.layout)
    print(f"{len(manifest.scenarios)} traces, {manifest.span_count} spans, {manifest.log_count} log records, "
          f"{len(manifest.files)} files in {args.out}")
    return 0
