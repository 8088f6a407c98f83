"""``tracecase normalize`` / ``report coverage`` / ``schema`` as a user runs them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from otlp_factory import otlp_json_bytes, record_spans, traces_request

from schemas import TraceRecord
from tracecase.cli import main

CAPTURED = Path(__file__).resolve().parents[1] / "data" / "captured"
CANARY_EMAIL = "zq.canary.4471@example.org"
CANARY_KEY = "sk-proj-Zx9QpL2mVb7RtY4nKc8WsA1dFh6JgE3u"


def _traces_only(tmp_path: Path) -> Path:
    """The captured OTel spans and logs, without the scenario manifests."""
    target = tmp_path / "otlp"
    shutil.copytree(CAPTURED / "otel-genai-latest", target, ignore=shutil.ignore_patterns("manifest.json"))
    return target


def _canary_file(tmp_path: Path) -> Path:
    def scenario(tracer):  # type: ignore[no-untyped-def]
        with tracer.start_as_current_span("chat gpt-4o-mini") as span:
            span.set_attribute("gen_ai.operation.name", "chat")
            span.set_attribute("gen_ai.request.model", "gpt-4o-mini")
            span.set_attribute(
                "gen_ai.input.messages",
                json.dumps(
                    [
                        {
                            "role": "user",
                            "parts": [
                                {"type": "text", "content": f"My email is {CANARY_EMAIL} and my key is {CANARY_KEY}"}
                            ],
                        }
                    ]
                ),
            )

    path = tmp_path / "canary.json"
    path.write_bytes(otlp_json_bytes(traces_request(record_spans(scenario))))
    return path


def test_normalize_prints_sorted_trace_records(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["normalize", "--raw", str(_traces_only(tmp_path))])
    assert result.exit_code == 0, result.stderr
    records = [TraceRecord.model_validate_json(line) for line in result.stdout.splitlines()]
    manifest = json.loads((CAPTURED / "otel-genai-latest" / "manifest.json").read_text())
    assert len(records) == len(manifest["scenarios"])
    assert sum(len(r.spans) for r in records) == manifest["span_count"]
    assert [r.trace_id for r in records] == sorted(r.trace_id for r in records)
    assert all(r.spans for r in records)


def test_pretty_format_is_indented_json(tmp_path: Path) -> None:
    path = _traces_only(tmp_path) / "chat_system_prompt.traces.json"
    result = CliRunner().invoke(main, ["normalize", "--raw", "--format", "pretty", str(path)])
    assert result.exit_code == 0
    assert result.stdout.startswith("{\n  ")
    assert TraceRecord.model_validate_json(result.stdout).system


def test_bad_file_is_reported_and_good_traces_still_printed(tmp_path: Path) -> None:
    folder = _traces_only(tmp_path)
    (folder / "broken.pb").write_bytes(b"\x0a\xff\xff\xff\x0f garbage")
    result = CliRunner().invoke(main, ["normalize", "--raw", str(folder)])
    assert result.exit_code == 1
    assert "broken.pb" in result.stderr
    assert "truncated_protobuf" in result.stderr or "invalid_protobuf" in result.stderr
    good = CliRunner().invoke(main, ["normalize", "--raw", str(_traces_only(tmp_path / "again"))])
    assert result.stdout == good.stdout


@pytest.mark.slow
def test_normalize_redacts_by_default(tmp_path: Path) -> None:
    path = _canary_file(tmp_path)
    raw = CliRunner().invoke(main, ["normalize", "--raw", str(path)])
    assert CANARY_EMAIL in raw.stdout and CANARY_KEY in raw.stdout
    redacted = CliRunner().invoke(main, ["normalize", str(path)])
    assert redacted.exit_code == 0, redacted.stderr
    assert CANARY_EMAIL not in redacted.stdout + redacted.stderr
    assert CANARY_KEY not in redacted.stdout + redacted.stderr
    record = TraceRecord.model_validate_json(redacted.stdout)
    assert "<EMAIL_ADDRESS_1>" in (record.input_messages[0].content or "")


def test_malformed_policy_fails_at_start_naming_the_key(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text('[required]\nllm = ["model", "prompt_text"]\n')
    result = CliRunner().invoke(main, ["normalize", "--raw", "--policy", str(policy), str(tmp_path)])
    assert result.exit_code == 2
    assert "required.llm" in result.stderr and "prompt_text" in result.stderr


def test_user_policy_changes_violations(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text('[required]\nagent = ["session_id"]\n')
    folder = _traces_only(tmp_path)
    result = CliRunner().invoke(main, ["normalize", "--raw", "--policy", str(policy), str(folder)])
    records = [TraceRecord.model_validate_json(line) for line in result.stdout.splitlines()]
    fields = {v.field for r in records for v in r.violations}
    assert fields == {"session_id"}


@pytest.mark.parametrize("fmt", ["json", "csv", "markdown"])
def test_coverage_report_formats(tmp_path: Path, fmt: str) -> None:
    result = CliRunner().invoke(main, ["report", "coverage", "--format", fmt, str(_traces_only(tmp_path))])
    assert result.exit_code == 0, result.stderr
    if fmt == "json":
        groups = json.loads(result.stdout)
        llm = [g for g in groups if g["kind"] == "llm"]
        assert llm and all(0.0 <= share <= 1.0 for g in llm for share in g["fields"].values())
        assert {"service", "scope", "kind", "spans", "fields", "top_violations"} <= set(groups[0])
    elif fmt == "csv":
        assert result.stdout.splitlines()[0] == "service,scope,kind,spans,field,share"
    else:
        assert result.stdout.startswith("| service | scope | kind | spans |")


@pytest.mark.parametrize("record", ["trace", "span"])
def test_schema_prints_json_schema(record: str) -> None:
    result = CliRunner().invoke(main, ["schema", record])
    schema = json.loads(result.stdout)
    assert "schema_version" in schema["properties"]
    assert "trace_id" in schema["properties"]
