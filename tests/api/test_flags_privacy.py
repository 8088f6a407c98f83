"""Support flags through the API, the CLI and the flags-topic handler: notes redacted before they are
stored (planted PII canaries never reach the database file, PostgreSQL rows, logs or answers), flags
waiting for their trace, expiring visibly when it never comes."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import psycopg
import pytest
from api_support import Api, make_api
from case_feed import agent_trace, flag_record
from case_store import shared_redactor, store_traces
from click.testing import CliRunner

from casegen.cases import case_id_for
from casegen.flags import FlagHandler, prepare_flag, store_flag
from casegen.persist import get_case, list_flags
from casegen.stream import PromotionHook
from store import utcnow
from tracecase.api import create_token
from tracecase.cli import main

CANARIES = ("canary.ortiz@example.com", "+1 415 555 0199", "4111 1111 1111 1111")
NOTE = f"Customer wrote from {CANARIES[0]}, call back on {CANARIES[1]}, card {CANARIES[2]} was charged twice."


@pytest.fixture
def api(db_url: str) -> Iterator[Api]:
    made = make_api(db_url)
    yield made
    made.store.close()


def _database_text(api: Api) -> bytes:
    """Everything the database holds, as bytes: the SQLite files, or every row of every PostgreSQL table."""
    url = api.store.url
    if url.get_backend_name() == "sqlite":
        path = Path(str(url.database))
        return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
    out = []
    with psycopg.connect(dsn) as connection:
        tables = [r[0] for r in connection.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
        for table in tables:
            out += [str(row[0]) for row in connection.execute(f'SELECT t::text FROM "{table}" t')]
    return "\n".join(out).encode()


def test_no_raw_note_reaches_the_database_logs_or_answers(
    api: Api, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    early, stored, streamed = agent_trace(), agent_trace(), agent_trace()
    store_traces(api.store, [stored], tmp_path / "first", hooks=[PromotionHook()])
    answers = []
    # API: a flag before its trace (waiting), then the trace arrives and the flag is applied.
    waiting = api.client.post(
        "/flags", json={"trace_id": early.trace_id, "ticket_id": "T-1", "note": NOTE}, headers=api.auth("support")
    )
    assert waiting.status_code == 201 and waiting.json()["status"] == "waiting"
    answers.append(waiting.text)
    # CLI: a flag on a stored trace is applied at once.
    cli = CliRunner().invoke(
        main,
        ["flag", stored.trace_id, "--ticket", "T-2", "--note", NOTE, "--by", "desk", "--db", api.url],
        env={"TRACECASE_REDACTION_KEY": "tests-only"},
    )
    assert cli.exit_code == 0, cli.output
    assert '"status": "applied"' in cli.stdout
    answers.append(cli.output)
    # The flags topic's handler (what `tracecase ingest` runs per record).
    handler = FlagHandler(api.store, shared_redactor(), timedelta(hours=1))
    assert handler(flag_record(streamed.trace_id, "T-3", NOTE), None) is None
    store_traces(api.store, [early, streamed], tmp_path / "later", hooks=[PromotionHook()])

    reviewer = api.auth("reviewer")
    for trace, ticket in ((early, "T-1"), (stored, "T-2"), (streamed, "T-3")):
        case = api.client.get(f"/cases/{case_id_for(trace.trace_id)}", headers=reviewer)
        answers.append(case.text)
        (source,) = [s for s in case.json()["provenance"]["sources"] if s["kind"] == "ticket"]
        assert source["ticket_id"] == ticket and "<EMAIL_ADDRESS" in source["note"]
    flags = api.client.get("/flags", headers=api.auth("admin"))
    assert {(f["ticket_id"], f["status"]) for f in flags.json()} == {
        ("T-1", "applied"),
        ("T-2", "applied"),
        ("T-3", "applied"),
    }
    answers += [flags.text, api.client.get("/audit", headers=api.auth("admin")).text]

    everything = _database_text(api)
    assert b"charged twice" in everything  # the note is there, redacted
    for canary in CANARIES:
        assert canary.encode() not in everything, canary
        assert all(canary not in answer for answer in answers), canary
        assert canary not in caplog.text, canary


def test_a_flag_that_never_matches_expires_and_is_never_applied(api: Api, tmp_path: Path) -> None:
    trace = agent_trace()
    long_ago = utcnow() - timedelta(hours=5)
    with api.store.transaction() as session:
        flag = prepare_flag(
            trace_id=trace.trace_id,
            ticket_id="T-9",
            note="late",
            by="support-1",
            redactor=shared_redactor(),
            now=long_ago,
            ttl=timedelta(hours=1),
        )
        assert store_flag(session, flag, author="support-1", now=long_ago).status == "waiting"
    mine = api.client.get("/flags", headers=api.auth("support")).json()
    assert [(f["ticket_id"], f["status"]) for f in mine] == [("T-9", "expired")]
    store_traces(api.store, [trace], tmp_path / "otlp", hooks=[PromotionHook()])
    with api.store.transaction() as session:
        assert get_case(session, case_id_for(trace.trace_id)) is None
        assert [f.status for f in list_flags(session)] == ["expired"]
    with api.store.transaction() as session:
        other = create_token(session, "support-2", "support", by="tests", at=utcnow())
    assert api.client.get("/flags", headers={"Authorization": f"Bearer {other}"}).json() == []  # only their own
