"""``tracecase redact`` in both formats, as a user runs it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tracecase.cli import main

pytestmark = pytest.mark.slow

EMAIL = "zq.canary.4471@example.org"


def test_text_mode_reads_stdin_as_one_text() -> None:
    result = CliRunner().invoke(main, ["redact"], input=f"Hi, I'm Kwame Mensah.\nMail {EMAIL}\n")
    assert result.exit_code == 0, result.output
    assert result.output == "Hi, I'm <PERSON_1>.\nMail <EMAIL_ADDRESS_1>\n"


def test_jsonl_mode_redacts_text_and_keeps_other_fields(tmp_path: Path) -> None:
    lines = [
        {"id": 1, "trace_id": "t1", "text": f"mail {EMAIL}", "meta": {"email": EMAIL}},
        {"id": 2, "trace_id": "t1", "text": f"again {EMAIL}"},
        {"id": 3, "text": None},
        {"id": 4, "trace_id": "t2", "text": f"other trace {EMAIL}"},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n\n")
    result = CliRunner().invoke(main, ["redact", "--input", str(path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.output.splitlines()]
    assert [o["id"] for o in out] == [1, 2, 3, 4]
    assert out[0]["text"] == "mail <EMAIL_ADDRESS_1>" and out[1]["text"] == "again <EMAIL_ADDRESS_1>"
    assert out[0]["meta"] == {"email": EMAIL}  # only `text` is redacted
    assert out[2]["text"] is None
    assert out[3]["text"] == "other trace <EMAIL_ADDRESS_1>"


def test_jsonl_mode_bad_line_reports_line_number_only() -> None:
    result = CliRunner().invoke(main, ["redact", "--format", "jsonl"], input=f'{{"text": "ok"}}\n{{broken {EMAIL}\n')
    assert result.exit_code != 0
    assert "line 2" in result.output and EMAIL not in result.output


def test_bad_config_names_the_key(tmp_path: Path) -> None:
    config = tmp_path / "r.toml"
    config.write_text("score_threshold = 7")
    result = CliRunner().invoke(main, ["redact", "--config", str(config)], input="x")
    assert result.exit_code == 2 and "score_threshold" in result.output
