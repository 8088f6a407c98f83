"""The emitter's entry points and their errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from opentelemetry.sdk.trace import TracerProvider
from tracecase_sampleapp import (
    INSTRUMENTATIONS,
    UnknownInstrumentationError,
    emit_scenarios,
    get_instrumentation,
)
from tracecase_sampleapp.app_spans import APP_SPAN_WRITERS, app_span_writer
from tracecase_sampleapp.emit import main


@pytest.mark.parametrize("name", ["", "openai", "OPENINFERENCE", "otel-genai"])
def test_unknown_instrumentation_fails_before_spawning(tmp_path: Path, name: str) -> None:
    with pytest.raises(UnknownInstrumentationError, match="known: "):
        emit_scenarios(name, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_cli_rejects_unknown_instrumentation(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--instrumentation", "nope", "--out", str(tmp_path)])
    assert exited.value.code == 2


@pytest.mark.parametrize("name", INSTRUMENTATIONS)
def test_every_instrumentation_has_a_writer_for_its_app_spans(name: str) -> None:
    spec = get_instrumentation(name)
    assert spec.name == name
    writer = app_span_writer(spec.convention, TracerProvider())
    assert writer.convention == spec.convention


def test_unknown_convention_has_no_writer() -> None:
    assert "langsmith" not in APP_SPAN_WRITERS
    with pytest.raises(LookupError, match="langsmith"):
        app_span_writer("langsmith", TracerProvider())
