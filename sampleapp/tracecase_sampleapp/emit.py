"""Run every scenario under one real instrumentation and write OTLP files plus a manifest.

``emit_scenarios`` starts ``python -m tracecase_sampleapp.emit`` in a fresh interpreter, because
the instrumentations patch the same ``openai`` methods and cannot be cleanly stacked or removed.
The child (:func:`run_scenarios`) serves the stub and runs the scenarios under a
:class:`~tracecase_sampleapp._emitter.Capture`, which writes them with :func:`write_otlp_files`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from tracecase_sampleapp._emitter import CHILD_TIMEOUT_S, SERVICE_PREFIX, STUB_API_KEY, Capture, cli, emit_in_child
from tracecase_sampleapp.instrumentations import INSTRUMENTATIONS, get_instrumentation
from tracecase_sampleapp.manifest import Manifest

__all__ = [
    "CHILD_TIMEOUT_S",
    "INSTRUMENTATIONS",
    "SERVICE_PREFIX",
    "STUB_API_KEY",
    "emit_scenarios",
    "main",
    "run_scenarios",
]


def run_scenarios(instrumentation: str, out_dir: Path, seed: int = 0, layout: str = "scattered") -> Manifest:
    """Run all scenarios in *this* process under ``instrumentation`` (patches ``openai`` for good)."""
    spec = get_instrumentation(instrumentation)
    os.environ.update(spec.env)
    os.environ.setdefault("OPENAI_API_KEY", STUB_API_KEY)

    # Imported here: the instrumentations read the environment set just above when they load.
    import openai

    from tracecase_sampleapp.app_spans import app_span_writer
    from tracecase_sampleapp.scenarios import SCENARIOS, ScenarioContext
    from tracecase_sampleapp.stub_openai import StubOpenAIServer

    capture = Capture(instrumentation, seed)
    spec.install(capture.tracer_provider, capture.logger_provider)
    app_spans = app_span_writer(spec.convention, capture.tracer_provider, capture.logger_provider)
    with (
        StubOpenAIServer() as stub,
        openai.OpenAI(base_url=stub.base_url, api_key=STUB_API_KEY, max_retries=0) as client,
    ):
        capture.run(SCENARIOS, ScenarioContext(client=client, spans=app_spans))
    return capture.write(out_dir, layout)


def emit_scenarios(instrumentation: str, out_dir: Path, seed: int = 0) -> Manifest:
    """Emit every scenario's trace under ``instrumentation`` into ``out_dir`` (in a subprocess)."""
    spec = get_instrumentation(instrumentation)  # fail fast, before paying for an interpreter
    return emit_in_child("tracecase_sampleapp.emit", spec.name, out_dir, seed)


def main(argv: list[str] | None = None) -> int:
    return cli(argv, "Emit scenario traces under one real instrumentation.", INSTRUMENTATIONS, run_scenarios)


if __name__ == "__main__":
    sys.exit(main())
