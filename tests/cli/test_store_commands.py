"""``tracecase ingest --from-file``, ``traces list|show|export``, ``db upgrade|purge`` and ``status``."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from kafka import KafkaProducer
from kafka_feed import CAPTURED
from tracecase_sampleapp.broker import LocalBroker

from tracecase.cli import main

ADDED = {"state", "revision", "revised", "stored_at", "updated_at", "completed_at"}


@pytest.fixture
def ingested(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("TRACECASE_REDACTION_KEY", "cli-tests-key")
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    files = [str(path) for path in sorted((CAPTURED / "openinference").glob("*.traces.json"))]
    result = CliRunner().invoke(main, ["ingest", "--db", db, *(f"--from-file={path}" for path in files)])
    assert result.exit_code == 0 and f"stored {len(files)} traces" in result.output
    return db


def test_export_is_the_normalize_record_plus_the_store_fields(ingested: str) -> None:
    runner = CliRunner()
    exported = [
        json.loads(line) for line in runner.invoke(main, ["traces", "export", "--db", ingested]).stdout.splitlines()
    ]
    normalized = runner.invoke(main, ["normalize", str(CAPTURED / "openinference")])
    expected = {r["trace_id"]: r for r in map(json.loads, normalized.stdout.splitlines())}
    assert len(exported) == len(expected) == 7
    for item in exported:
        assert set(item) >= ADDED and item["state"] == "complete" and item["revised"] is False
        assert {k: v for k, v in item.items() if k not in ADDED} == expected[item["trace_id"]]


def test_list_and_show(ingested: str) -> None:
    runner = CliRunner()
    listed = json.loads(runner.invoke(main, ["traces", "list", "--db", ingested, "--format", "json"]).output)
    assert len(listed) == 7 and {t["state"] for t in listed} == {"complete"}
    one = json.loads(runner.invoke(main, ["traces", "show", listed[0]["trace_id"], "--db", ingested]).output)
    assert one["trace_id"] == listed[0]["trace_id"] and one["spans"]
    missing = runner.invoke(main, ["traces", "show", "0" * 32, "--db", ingested])
    assert missing.exit_code == 1 and "no stored trace" in missing.output
    table = runner.invoke(main, ["traces", "list", "--db", ingested, "--service", "nobody"]).output
    assert table.splitlines()[1:] == []


def test_db_upgrade_and_purge(ingested: str) -> None:
    runner = CliRunner()
    assert "schema at revision" in runner.invoke(main, ["db", "upgrade", "--db", ingested]).output
    refused = runner.invoke(main, ["db", "purge", "--db", ingested])
    assert refused.exit_code == 2 and "retention_days" in refused.output
    purged = runner.invoke(main, ["db", "purge", "--db", ingested, "--retention-days", "0.0001"])
    assert "purged 7 traces" in purged.output  # the captured traces are days old
    assert json.loads(runner.invoke(main, ["traces", "list", "--db", ingested, "--format", "json"]).output) == []


def test_status_shows_lag_per_partition(broker: LocalBroker, tmp_path: Path) -> None:
    topic = f"status-{time.time_ns()}"
    broker.create_topic(topic, partitions=2)
    producer = KafkaProducer(bootstrap_servers=broker.bootstrap, linger_ms=0)
    for n in range(5):  # one batch per record: tansu reports a batch's base offset + 1 as the end offset
        producer.send(topic, value=b"x", partition=n % 2).get(timeout=10)
    producer.close()
    db = f"sqlite:///{tmp_path / 'status.db'}"
    CliRunner().invoke(main, ["db", "upgrade", "--db", db])
    result = CliRunner().invoke(
        main,
        [
            "status",
            "--bootstrap",
            broker.bootstrap,
            "--topic",
            topic,
            "--logs-topic",
            "",
            "--group",
            "g",
            "--db",
            db,
            "--format",
            "json",
        ],
    )
    status = json.loads(result.output)
    assert [(p["partition"], p["committed"], p["lag"]) for p in status["partitions"]] == [(0, None, 3), (1, None, 2)]
    assert status["store"]["spans"] == 0
