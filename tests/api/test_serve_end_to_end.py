"""The whole service as an operator runs it (embedded SQLite): ``tracecase ingest`` and ``tracecase serve`` as real
processes (uvicorn on a free port), spans and a support flag on the real broker, cases read over HTTP."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from case_feed import agent_trace, flag_record, publish, span_records
from kafka_feed import unique_topic
from tracecase_sampleapp.broker import LocalBroker

from casegen.cases import case_id_for

TRACECASE = str(Path(sys.executable).parent / "tracecase")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait(check, timeout_s: float = 60.0):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            result = check()
            if result:
                return result
        except httpx.HTTPError:
            pass
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.2)


def test_ingest_promotes_and_serve_shows_the_cases(broker: LocalBroker, tmp_path: Path) -> None:
    # SQLite only: the same promotion paths run on PostgreSQL in tests/casegen/test_stream_promotion.py.
    db_url = f"sqlite:///{tmp_path / 'tracecase.db'}"
    spans, flags, group = unique_topic("spans"), unique_topic("flags"), unique_topic("g")
    for topic in (spans, flags):
        broker.create_topic(topic, partitions=1)
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRACECASE_")}
    env.update(
        TRACECASE_DB=db_url,
        TRACECASE_BOOTSTRAP=broker.bootstrap,
        TRACECASE_TOPIC=spans,
        TRACECASE_LOGS_TOPIC="",
        TRACECASE_FLAGS_TOPIC=flags,
        TRACECASE_GROUP=group,
        TRACECASE_DLQ_TOPIC=unique_topic("dlq"),
        TRACECASE_QUIET_PERIOD_S="0.3",
        TRACECASE_REDACTION_KEY="tests-only",
    )
    token = subprocess.run(
        [TRACECASE, "tokens", "create", "ana", "--role", "admin"], env=env, capture_output=True, text=True, check=True
    ).stdout.strip()
    port = _free_port()
    log = (tmp_path / "serve.log").open("wb")
    ingest_log = (tmp_path / "ingest.log").open("wb")
    serve = subprocess.Popen([TRACECASE, "serve", "--port", str(port)], env=env, stdout=log, stderr=subprocess.STDOUT)
    ingest = subprocess.Popen([TRACECASE, "ingest"], env=env, stdout=ingest_log, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}"
        headers = {"Authorization": f"Bearer {token}"}
        _wait(lambda: httpx.get(f"{base}/health").status_code == 200)
        failing, unhappy, flagged = agent_trace(error=True), agent_trace(feedback="negative"), agent_trace()
        flag = httpx.post(f"{base}/flags", json={"trace_id": flagged.trace_id, "ticket_id": "T-7"}, headers=headers)
        assert flag.status_code == 201 and flag.json()["status"] == "waiting"
        publish(broker, flags, [flag_record(flagged.trace_id, "T-8", "also from the help desk")])
        publish(broker, spans, [r for t in (failing, unhappy, flagged) for r in span_records(t.spans)])

        def three_cases():  # type: ignore[no-untyped-def]
            items = httpx.get(f"{base}/cases", headers=headers).json()["items"]
            return items if len(items) == 3 else None

        items = {item["trace_id"]: item for item in _wait(three_cases)}
        assert items[failing.trace_id]["sources"][0]["rule"] == "errors"
        assert items[unhappy.trace_id]["sources"][0]["rule"] == "negative_feedback"
        tickets = _wait(
            lambda: (
                len(
                    httpx.get(f"{base}/cases/{case_id_for(flagged.trace_id)}", headers=headers).json()["provenance"][
                        "sources"
                    ]
                )
                == 2
            )
        )
        assert tickets
        assert httpx.get(f"{base}/cases").status_code == 401
        assert httpx.get(f"{base}/openapi.json").json()["info"]["title"] == "tracecase"
    finally:
        for process in (ingest, serve):
            process.terminate()
            process.wait(timeout=30)
        log.close()
        ingest_log.close()
    assert ingest.returncode == 0, (tmp_path / "ingest.log").read_text()[-2000:]
