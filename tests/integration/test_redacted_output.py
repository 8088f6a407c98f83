"""Privacy end to end: PII that real instrumentations captured never leaves ``tracecase normalize``.

The support-chat scenario plants fictitious PII in a prompt (the stub echoes it into the answer);
the emitted OTLP files must hold it (so the test can fail), and the command's stdout, stderr and
log records must not, while the redacted record still reads coherently: the same person gets the
same placeholder in the prompt and in the answer.
"""

from __future__ import annotations

import logging
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from tracecase_sampleapp import emit_scenarios
from tracecase_sampleapp.scenarios import PII_CANARIES

from schemas import TraceRecord
from tracecase.cli import main

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module", params=["otel-genai-latest", "otel-genai-legacy-events", "openinference", "traceloop"])
def emitted(request: pytest.FixtureRequest) -> Iterator[tuple[Path, str]]:
    with tempfile.TemporaryDirectory(prefix="tracecase-pii-") as root:
        manifest = emit_scenarios(request.param, Path(root), seed=3)
        trace_id = manifest.by_scenario()["support_chat_with_pii"].trace_id
        yield Path(root), trace_id


def _otlp_files(root: Path) -> list[str]:
    return [str(p) for p in sorted(root.iterdir()) if p.name != "manifest.json" and p.is_file()]


def test_canaries_are_in_the_emitted_spans(emitted: tuple[Path, str]) -> None:
    root, trace_id = emitted
    raw = CliRunner().invoke(main, ["normalize", "--raw", *_otlp_files(root)])
    record = next(TraceRecord.model_validate_json(line) for line in raw.stdout.splitlines() if trace_id in line)
    assert all(value in (record.input_messages[0].content or "") for value in PII_CANARIES.values())


def test_no_canary_reaches_any_sink(emitted: tuple[Path, str], caplog: pytest.LogCaptureFixture) -> None:
    root, trace_id = emitted
    caplog.set_level(logging.DEBUG)
    result = CliRunner().invoke(main, ["normalize", *_otlp_files(root)])
    assert result.exit_code == 0, result.stderr
    sinks = {"stdout": result.stdout, "stderr": result.stderr, "logs": caplog.text}
    leaks = [
        (sink, kind)
        for sink, text in sinks.items()
        for kind, value in PII_CANARIES.items()
        if value.lower() in text.lower() or "Okafor" in text
    ]
    assert leaks == []

    record = next(TraceRecord.model_validate_json(line) for line in result.stdout.splitlines() if trace_id in line)
    prompt = record.input_messages[0].content or ""
    for placeholder in ("<PERSON_1>", "<EMAIL_ADDRESS_1>", "<STREET_ADDRESS_1>"):
        assert placeholder in prompt
        assert placeholder in (record.output or ""), "the answer echoes the prompt: same value, same placeholder"
    assert re.search(r"ORD-88213", prompt), "an order number is not PII and must survive"
