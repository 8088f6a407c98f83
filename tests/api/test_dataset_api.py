"""``/datasets`` over HTTP on both databases: create from a query, curate, freeze, read versions, cards and
diffs, download exports that Inspect AI loads; names with a namespace; errors as 404 / 422; writes audited."""

from __future__ import annotations

from pathlib import Path

from api_support import make_api
from dataset_cases import CANARIES, store_reviewed_cases
from inspect_ai.dataset import json_dataset

from casegen.datasets import case_matches, make_query, member_of, version_id
from casegen.persist import audit_entries


def test_curate_freeze_and_download_over_http(db_url: str, tmp_path: Path) -> None:
    api = make_api(db_url)
    cases = store_reviewed_cases(api.store)
    accepted = sorted(
        (c for c in cases if case_matches(c, make_query(["accepted"], ["source=ticket"]))), key=lambda c: c.id
    )
    auth = api.auth("reviewer")

    created = api.client.post(
        "/datasets",
        json={
            "name": "regression/tickets",
            "from_status": ["accepted"],
            "where": ["source=ticket"],
            "description": "x",
        },
        headers=auth,
    )
    assert created.status_code == 201, created.text
    assert created.json()["members"] == len(accepted) > 0
    frozen = api.client.post("/datasets/regression/tickets/versions", json={"message": "v1"}, headers=auth)
    assert frozen.status_code == 200 and frozen.json()["created"] is True
    assert frozen.json()["id"] == version_id(map(member_of, accepted)) and frozen.json()["cases"] == len(accepted)

    removed = api.client.delete(f"/datasets/regression/tickets/members/{accepted[0].id}", headers=auth)
    assert removed.json() == {"removed": [accepted[0].id]}
    api.client.post("/datasets/regression/tickets/members", json={"case_ids": [accepted[0].id]}, headers=auth)
    unchanged = api.client.post("/datasets/regression/tickets/versions", json={}, headers=auth).json()
    assert unchanged["created"] is False and unchanged["number"] == 1

    shown = api.client.get("/datasets/regression/tickets", headers=auth).json()
    assert shown["case_ids"] == [c.id for c in accepted] and shown["version_list"][0]["cases"] == len(accepted)
    version = api.client.get("/datasets/regression/tickets/versions/1", headers=auth).json()
    assert [m["case_id"] for m in version["members"]] == [c.id for c in accepted]
    assert {e["change"] for e in version["changelog"]} == {"added"}
    card = api.client.get("/datasets/regression/tickets/versions/v1/card", headers=auth)
    assert card.headers["content-type"].startswith("text/markdown") and "# regression/tickets — version 1" in card.text
    diff = api.client.get("/datasets/regression/tickets/diff", params={"base": 1, "target": 1}, headers=auth).json()
    assert diff["added"] == diff["removed"] == diff["changed"] == []

    download = api.client.get(
        "/datasets/regression/tickets/versions/1/export", params={"format": "inspect"}, headers=auth
    )
    assert download.status_code == 200 and download.headers["x-version-id"] == frozen.json()["id"]
    assert 'filename="regression-tickets-v1-inspect.jsonl"' in download.headers["content-disposition"]
    assert not any(canary.encode() in download.content for canary in CANARIES)
    (tmp_path / "inspect.jsonl").write_bytes(download.content)
    assert {s.id for s in json_dataset(str(tmp_path / "inspect.jsonl"))} <= {c.id for c in accepted}

    with api.store.transaction() as session:
        actions = [e.action for e in audit_entries(session, author="reviewer-1")]
    assert {"dataset.create", "dataset.version", "dataset.remove", "dataset.add"} <= set(actions)
    api.store.close()


def test_bad_requests_are_named(tmp_path: Path) -> None:
    api = make_api(f"sqlite:///{tmp_path / 'api.db'}")
    auth = api.auth("reviewer")
    assert api.client.get("/datasets/missing", headers=auth).status_code == 404
    assert api.client.get("/datasets/missing/versions/1", headers=auth).status_code == 404
    bad = api.client.post("/datasets", json={"name": "x", "where": ["colour=red"]}, headers=auth)
    assert bad.status_code == 422 and "unknown field 'colour'" in bad.json()["detail"]
    api.client.post("/datasets", json={"name": "empty"}, headers=auth)
    assert api.client.get("/datasets/empty/versions/1", headers=auth).status_code == 404
    fmt = api.client.get("/datasets/empty/versions/1/export", params={"format": "csv"}, headers=auth)
    assert fmt.status_code == 422 and "format: one of" in fmt.json()["detail"]
    api.store.close()
