"""The review API on both databases: the queue with pages and filters, decisions with optimistic
concurrency (409 with the current revision), audit authors, bad and oversized payloads, containment
and sets through HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from api_support import Api, make_api
from case_feed import agent_trace
from case_store import store_traces

from casegen.cases import case_id_for
from casegen.stream import PromotionHook


@pytest.fixture
def api(db_url: str) -> Iterator[Api]:
    made = make_api(db_url, api_max_body_bytes=4096)
    yield made
    made.store.close()


def test_the_queue_pages_filters_and_shows_cases(api: Api, tmp_path: Path) -> None:
    traces = [agent_trace(error=True, service=f"svc-{n % 2}") for n in range(5)]
    store_traces(api.store, traces, tmp_path / "otlp", hooks=[PromotionHook()])
    headers = api.auth("reviewer")
    seen, after = [], None
    while True:
        page = api.client.get("/cases", params={"limit": 2, **({"after": after} if after else {})}, headers=headers)
        assert page.status_code == 200
        body = page.json()
        seen += [item["id"] for item in body["items"]]
        after = body["next"]
        if after is None:
            break
    assert sorted(seen) == sorted(case_id_for(t.trace_id) for t in traces) and len(seen) == 5
    only = api.client.get("/cases", params={"service": "svc-0", "source": "rule"}, headers=headers).json()["items"]
    assert len(only) == 3 and {i["service"] for i in only} == {"svc-0"}
    assert api.client.get("/cases", params={"limit": 201}, headers=headers).status_code == 422
    assert api.client.get("/cases", params={"after": "garbage"}, headers=headers).status_code == 422
    case = api.client.get(f"/cases/{seen[0]}", headers=headers).json()
    assert case["provenance"]["sources"][0]["rule"] == "errors"
    trace = api.client.get(f"/traces/{case['provenance']['trace_id']}", headers=headers).json()
    assert trace["state"] == "complete" and len(trace["trace"]["spans"]) == 4
    assert api.client.get("/cases/nope", headers=headers).status_code == 404


def test_two_reviewers_one_case_the_second_gets_409_with_the_current_revision(api: Api, tmp_path: Path) -> None:
    trace = agent_trace(error=True)
    store_traces(api.store, [trace], tmp_path / "otlp", hooks=[PromotionHook()])
    case_id = case_id_for(trace.trace_id)
    with api.store.transaction() as session:
        from store import utcnow
        from tracecase.api import create_token

        second = create_token(session, "reviewer-2", "reviewer", by="tests", at=utcnow())
    first = api.client.post(
        f"/cases/{case_id}/edit", json={"revision": 1, "expected_output": "A"}, headers=api.auth("reviewer")
    )
    assert first.status_code == 200 and first.json()["revision"] == 2
    late = api.client.post(
        f"/cases/{case_id}/accept",
        json={"revision": 1, "expected_output": "B"},
        headers={"Authorization": f"Bearer {second}"},
    )
    assert late.status_code == 409 and late.json()["current_revision"] == 2
    retried = api.client.post(
        f"/cases/{case_id}/accept",
        json={"revision": 2, "labels": ["hallucination"]},
        headers={"Authorization": f"Bearer {second}"},
    )
    assert retried.status_code == 200
    decided = retried.json()["case"]
    assert decided["status"] == "accepted" and decided["review"]["expected_output"] == "A"  # kept, not lost
    history = api.client.get(f"/cases/{case_id}/history", headers=api.auth("reviewer")).json()
    assert [(h["revision"], h["author"]) for h in history] == [(1, "rule:errors"), (2, "reviewer-1"), (3, "reviewer-2")]
    audit = api.client.get("/audit", headers=api.auth("admin")).json()
    assert [(e["author"], e["action"]) for e in audit[:2]] == [
        ("reviewer-2", "case.accept"),
        ("reviewer-1", "case.edit"),
    ]
    bad_label = api.client.post(f"/cases/{case_id}/labels", json={"labels": ["nonsense"]}, headers=api.auth("reviewer"))
    assert bad_label.status_code == 400 and "unknown label 'nonsense'" in bad_label.json()["detail"]


def test_malformed_and_oversized_payloads_get_a_clear_4xx(api: Api) -> None:
    headers = api.auth("support")
    broken = api.client.post(
        "/flags", content=b'{"trace_id": ', headers={**headers, "content-type": "application/json"}
    )
    assert broken.status_code == 422
    unknown = api.client.post(
        "/flags", json={"trace_id": "a" * 32, "ticket_id": "T-1", "colour": "red"}, headers=headers
    )
    assert unknown.status_code == 422 and unknown.json()["detail"][0]["loc"] == ["body", "colour"]
    secret = "jane.doe@example.com"
    wrong = api.client.post("/flags", json={"trace_id": secret, "ticket_id": "T-1"}, headers=headers)
    assert wrong.status_code == 422 and secret not in wrong.text  # the input is never echoed
    bad_id = api.client.post("/flags", json={"trace_id": "g" * 32, "ticket_id": "T-1"}, headers=headers)
    assert bad_id.status_code == 422 and "trace_id" in bad_id.json()["detail"]
    huge = api.client.post(
        "/flags", json={"trace_id": "a" * 32, "ticket_id": "T-1", "note": "x" * 5000}, headers=headers
    )
    assert huge.status_code == 413 and "4096" in huge.json()["detail"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit still holds
        yield b'{"trace_id": "' + b"a" * 32 + b'", "ticket_id": "T-1", "note": "'
        yield b"y" * 5000
        yield b'"}'

    streamed = api.client.post("/flags", content=chunks(), headers={**headers, "content-type": "application/json"})
    assert streamed.status_code == 413


def test_sets_and_containment_over_http(api: Api, tmp_path: Path) -> None:
    traces = [agent_trace(error=True, tool="refund"), agent_trace(error=True, tool="lookup")]
    store_traces(api.store, traces, tmp_path / "otlp", hooks=[PromotionHook()])
    reviewer, responder = api.auth("reviewer"), api.auth("responder")
    assert api.client.post("/sets", json={"name": "golden", "required_reviews": 2}, headers=reviewer).status_code == 201
    ids = [case_id_for(t.trace_id) for t in traces]
    assert api.client.post("/sets/golden/members", json={"case_ids": ids}, headers=reviewer).json()["added"] == ids
    pending = api.client.post(f"/cases/{ids[0]}/accept", json={}, headers=reviewer).json()
    assert pending["state"] == "pending" and pending["case"]["status"] == "candidate"
    agreement = api.client.get("/sets/golden/agreement", headers=reviewer).json()
    assert agreement["required_reviews"] == 2 and set(agreement["pending"]) == set(ids)

    window = {"since": "2000-01-01T00:00:00Z", "until": "2100-01-01T00:00:00Z"}
    preview = api.client.post("/containment/preview", json={**window, "where": {"tool": ["refund"]}}, headers=responder)
    assert preview.json() == {"count": 1, "sample": [traces[0].trace_id]}
    made = api.client.post(
        "/containment", json={"name": "refunds", **window, "where": {"tool": ["refund"]}}, headers=responder
    )
    assert made.status_code == 201 and made.json()["version"] == 1 and made.json()["created"]
    wider = api.client.post(
        "/containment", json={"name": "refunds", **window, "where": {"status": ["error"]}}, headers=responder
    )
    assert wider.json()["version"] == 2
    diff = api.client.get("/containment/refunds/diff", params={"from_version": 1, "to_version": 2}, headers=responder)
    assert diff.json()["added"] == [traces[1].trace_id] and diff.json()["removed"] == []
    version = api.client.get("/containment/refunds/versions/1", headers=responder).json()
    assert version["members"] == [{"trace_id": traces[0].trace_id, "case_id": ids[0]}]
    bad = api.client.post("/containment", json={"name": "x", **window, "where": {"colour": ["red"]}}, headers=responder)
    assert bad.status_code == 422 and "unknown field 'colour'" in bad.json()["detail"]
