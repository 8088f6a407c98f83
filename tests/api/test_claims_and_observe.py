"""Claims, coverage over time and ingest health through the HTTP API (both databases): a second reviewer
gets 409 with who holds the claim, on claiming and on deciding; the coverage answer counts each stored
span's required fields once (revisions included); ingest health sums the consumers' own counters."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from api_support import Api, make_api
from case_feed import agent_trace
from case_store import store_traces

from casegen.cases import case_id_for
from casegen.stream import PromotionHook
from ingest.validate import CoverageHook
from schemas import RequiredFieldPolicy
from store import ConsumerStats, utcnow, write_consumer_stats
from tracecase.api import create_token


@pytest.fixture
def api(db_url: str) -> Iterator[Api]:
    made = make_api(db_url)
    yield made
    made.store.close()


def test_a_claim_turns_the_second_reviewer_away(api: Api, tmp_path: Path) -> None:
    trace = agent_trace(error=True)
    store_traces(api.store, [trace], tmp_path / "otlp", hooks=[PromotionHook()])
    case_id = case_id_for(trace.trace_id)
    with api.store.transaction() as session:
        other = create_token(session, "reviewer-2", "reviewer", by="tests", at=utcnow())
    ben = {"Authorization": f"Bearer {other}"}
    taken = api.client.post(f"/cases/{case_id}/claim", headers=api.auth("reviewer"))
    assert taken.status_code == 200 and taken.json()["claimed_by"] == "reviewer-1"
    refused = api.client.post(f"/cases/{case_id}/claim", headers=ben)
    assert refused.status_code == 409
    assert refused.json()["claimed_by"] == "reviewer-1" and refused.json()["expires_at"] == taken.json()["expires_at"]
    decided = api.client.post(f"/cases/{case_id}/accept", json={"revision": 1}, headers=ben)
    assert decided.status_code == 409 and decided.json()["claimed_by"] == "reviewer-1"
    assert api.client.delete(f"/cases/{case_id}/claim", headers=ben).json()["released"] is False
    assert api.client.delete(f"/cases/{case_id}/claim", headers=api.auth("reviewer")).json()["released"] is True
    assert api.client.post(f"/cases/{case_id}/accept", json={"revision": 1}, headers=ben).status_code == 200
    assert api.client.post("/cases/no-such-case/claim", headers=ben).status_code == 404
    actions = [e["action"] for e in api.client.get("/audit", headers=api.auth("admin")).json()]
    assert "case.claim" in actions and "case.release" in actions


def test_coverage_counts_each_span_once_per_field(api: Api, tmp_path: Path) -> None:
    hooks = [PromotionHook(), CoverageHook(RequiredFieldPolicy.default())]
    traces = [agent_trace(service="cov-a"), agent_trace(service="cov-a", error=True), agent_trace(service="cov-b")]
    store_traces(api.store, traces, tmp_path / "early", hooks, late=True)  # without their late span
    store_traces(api.store, traces, tmp_path / "all", hooks)  # the late span revises each trace
    answer = api.client.get("/coverage", params={"days": 1}, headers=api.auth("responder"))
    assert answer.status_code == 200
    groups = {(g["service"], g["kind"]): g for g in answer.json()["groups"]}
    llm = groups[("cov-a", "llm")]
    assert llm["scope"] == "tracecase.tests"
    assert llm["spans"] == 4  # two traces x (chat + late chat), each counted once across revisions
    assert llm["fields"]["input_messages"] == 1.0 and llm["fields"]["usage.input_tokens"] == 0.0
    assert [share for _, share in llm["series"]["model"]] == [1.0]
    assert sum(n for _, n in llm["spans_per_bucket"]) == 4
    assert groups[("cov-b", "tool")]["fields"] == {"tool.arguments": 1.0, "tool.name": 1.0}
    day = api.client.get("/coverage", params={"days": 1, "bucket": "day"}, headers=api.auth("reviewer")).json()
    assert {g["service"] for g in day["groups"]} == {"cov-a", "cov-b"}
    assert api.client.get("/coverage", params={"days": 0}, headers=api.auth("reviewer")).status_code == 422


def test_ingest_health_sums_the_consumers_counters(api: Api) -> None:
    now = utcnow()

    def stats(consumer: str, updated_s_ago: float, *, stopped: bool = False, lag: int = 0) -> ConsumerStats:
        return ConsumerStats(
            consumer_id=consumer,
            group_id="tracecase",
            host="host-1",
            started_at=now - timedelta(seconds=100),
            updated_at=now - timedelta(seconds=updated_s_ago),
            stopped=stopped,
            records=1000,
            spans=900,
            dead_letters=3,
            traces_stored=100,
            store_retries=1,
            pending_spans=5,
            lag={"otlp_spans/0": lag},
        )

    with api.store.transaction() as session:
        write_consumer_stats(session, stats("running", 2, lag=40))
        write_consumer_stats(session, stats("quiet", 600, lag=7))
        write_consumer_stats(session, stats("done", 1, stopped=True))
    body = api.client.get("/ingest/health", headers=api.auth("reviewer")).json()
    states = {c["consumer_id"]: c["state"] for c in body["consumers"]}
    assert states == {"running": "running", "quiet": "stale", "done": "stopped"}
    assert body["dead_letters"] == 9 and body["records"] == 3000
    assert body["lag"] == 40  # running consumers only
    running = next(c for c in body["consumers"] if c["consumer_id"] == "running")
    assert running["records_per_s"] == pytest.approx(1000 / 98, rel=0.01)
    assert api.client.get("/ingest/health", headers=api.auth("support")).status_code == 403
