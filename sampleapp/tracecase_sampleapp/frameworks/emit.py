"""Run a framework suite under one instrumentation and write OTLP files plus a manifest.

Same machinery as :mod:`tracecase_sampleapp.emit` (:mod:`tracecase_sampleapp._emitter`):
``emit_framework`` starts ``python -m tracecase_sampleapp.frameworks`` in a fresh interpreter, whose
:func:`run_framework` serves the suite's stub and runs its scenarios under a ``Capture``.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path

from tracecase_sampleapp._emitter import STUB_API_KEY, Capture, cli, emit_in_child
from tracecase_sampleapp.frameworks._base import FrameworkContext, Suite
from tracecase_sampleapp.frameworks.instrumentations import (
    FRAMEWORK_INSTRUMENTATIONS,
    SUITES,
    get_framework_instrumentation,
)
from tracecase_sampleapp.manifest import Manifest


def load_suite(name: str) -> Suite:
    module_name, attr = SUITES[name].split(":")
    suite: Suite = getattr(importlib.import_module(module_name), attr)
    return suite


def run_framework(instrumentation: str, out_dir: Path, seed: int = 0, layout: str = "scattered") -> Manifest:
    """Run the suite's scenarios in *this* process under ``instrumentation`` (patches for good)."""
    spec = get_framework_instrumentation(instrumentation)
    os.environ.update(spec.env)
    # Frameworks read these at import or client creation; no request may leave for the real APIs.
    for key in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GOOGLE_API_KEY"):
        os.environ.setdefault(key, STUB_API_KEY)
    os.environ.setdefault("LANGSMITH_TRACING", "false")

    from tracecase_sampleapp.app_spans import app_span_writer

    capture = Capture(instrumentation, seed)
    tracer_provider = capture.tracer_provider
    spec.install(tracer_provider, capture.logger_provider)
    suite = load_suite(spec.suite)  # after install: some instrumentations must patch before the import
    app_spans = app_span_writer(spec.convention, tracer_provider, capture.logger_provider) if spec.convention else None
    with suite.stub() as stub:
        context = FrameworkContext(stub.base_url, STUB_API_KEY, spec, tracer_provider, app_spans, stub)
        context.client = suite.make_client(context)
        capture.run(suite.scenarios, context)
    return capture.write(out_dir, layout)


def emit_framework(instrumentation: str, out_dir: Path, seed: int = 0, layout: str = "scattered") -> Manifest:
    """Emit every scenario of the instrumentation's suite into ``out_dir`` (in a subprocess)."""
    spec = get_framework_instrumentation(instrumentation)
    return emit_in_child(
        "tracecase_sampleapp.frameworks", spec.name, out_dir, seed, layout, path_first=spec.isolated_path()
    )


def main(argv: list[str] | None = None) -> int:
    return cli(
        argv,
        "Emit framework scenario traces under one real instrumentation.",
        FRAMEWORK_INSTRUMENTATIONS,
        run_framework,
    )
