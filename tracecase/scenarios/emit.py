"""Run every scenario under one real instrumentation and write OTLP files plus a manifest.

``emit_scenarios`` starts ``python -m tracecase.scenarios.emit`` in a fresh interpreter, because
the instrumentations patch the same ``openai`` methods and cannot be cleanly stacked or removed.
The child (:func:`run_scenarios`) serves the stub, collects spans and log records in memory and
writes them with :func:`write_otlp_files`.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from tracecase.scenarios.exceptions import ScenarioError
from tracecase.scenarios.instrumentations import INSTRUMENTATIONS, get_instrumentation
from tracecase.scenarios.manifest import MANIFEST_FILE, Manifest
from tracecase.scenarios.otlp_files import LAYOUTS, write_otlp_files

SERVICE_PREFIX = "tracecase-scenarios"
CHILD_TIMEOUT_S = 120
STUB_API_KEY = "sk-stub-not-a-secret"


def run_scenarios(instrumentation: str, out_dir: Path, seed: int = 0, layout: str = "scattered") -> Manifest:
    """Run all scenarios in *this* process under ``instrumentation`` (patches ``openai`` for good)."""
    spec = get_instrumentation(instrumentation)
    os.environ.update(spec.env)
    os.environ.setdefault("OPENAI_API_KEY", STUB_API_KEY)

    # Imported here: the instrumentations read the environment set just above when they load.
    import openai
    from opentelemetry.sdk._logs import LoggerProvider
    from opentelemetry.sdk._logs.export import InMemoryLogRecordExporter, SimpleLogRecordProcessor
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    from tracecase.scenarios.app_spans import app_span_writer
    from tracecase.scenarios.scenarios import SCENARIOS, ScenarioContext
    from tracecase.scenarios.stub_openai import StubOpenAIServer

    resource = Resource.create({"service.name": f"{SERVICE_PREFIX}-{instrumentation}"})
    span_exporter, log_exporter = InMemorySpanExporter(), InMemoryLogRecordExporter()
    tracer_provider = TracerProvider(resource=resource)
    tracer_provider.add_span_processor(SimpleSpanProcessor(span_exporter))
    logger_provider = LoggerProvider(resource=resource)
    logger_provider.add_log_record_processor(SimpleLogRecordProcessor(log_exporter))
    spec.install(tracer_provider, logger_provider)
    app_spans = app_span_writer(spec.convention, tracer_provider, logger_provider)

    manifest = Manifest(instrumentation=instrumentation, seed=seed)
    labels: dict[int, str] = {}
    with StubOpenAIServer() as stub, openai.OpenAI(base_url=stub.base_url, api_key=STUB_API_KEY,
                                                   max_retries=0) as client:
        context = ScenarioContext(client=client, spans=app_spans)
        for name, run in SCENARIOS.items():
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


def emit_scenarios(instrumentation: str, out_dir: Path, seed: int = 0) -> Manifest:
    """Emit every scenario's trace under ``instrumentation`` into ``out_dir`` (in a subprocess)."""
    spec = get_instrumentation(instrumentation)  # fail fast, before paying for an interpreter
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "tracecase.scenarios.emit",
               "--instrumentation", spec.name, "--out", str(out_dir), "--seed", str(seed)]
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
    parser = argparse.ArgumentParser(description="Emit scenario traces under one real instrumentation.")
    parser.add_argument("--instrumentation", required=True, choices=INSTRUMENTATIONS)
    parser.add_argument("--out", required=True, type=Path, help="output directory")
    parser.add_argument("--seed", type=int, default=0, help="seed of the batch shuffling")
    parser.add_argument("--layout", choices=sorted(LAYOUTS), default="scattered",
                        help="scattered: shuffled mixed-encoding batches; per-trace: one OTLP/JSON file per trace")
    args = parser.parse_args(argv)
    manifest = run_scenarios(args.instrumentation, args.out, args.seed, args.layout)
    print(f"{len(manifest.scenarios)} traces, {manifest.span_count} spans, {manifest.log_count} log records, "
          f"{len(manifest.files)} files in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
