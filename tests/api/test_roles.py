"""Role enforcement on every endpoint: a table of endpoint x role -> allowed, checked against the app's
own routes (a route missing from the table fails), with no token (401), a revoked or forged token (401),
each role (403 when outside it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from api_support import make_api

from store import utcnow
from tracecase.api import ROLES, revoke_token

SUPPORT, REVIEWER, RESPONDER, ADMIN = "support", "reviewer", "responder", "admin"
ANY = set(ROLES)
PUBLIC = "public"

# (method, path) -> roles allowed (admin is allowed everywhere). PUBLIC: no token needed.
TABLE: dict[tuple[str, str], set[str] | str] = {
    ("GET", "/health"): PUBLIC,
    ("GET", "/me"): ANY,
    ("GET", "/taxonomy"): {SUPPORT, REVIEWER, RESPONDER},
    ("GET", "/cases"): {REVIEWER},
    ("GET", "/cases/{case_id}"): {REVIEWER},
    ("GET", "/cases/{case_id}/revisions/{revision}"): {REVIEWER},
    ("GET", "/cases/{case_id}/history"): {REVIEWER},
    ("POST", "/cases/{case_id}/accept"): {REVIEWER},
    ("POST", "/cases/{case_id}/reject"): {REVIEWER},
    ("POST", "/cases/{case_id}/edit"): {REVIEWER},
    ("POST", "/cases/{case_id}/labels"): {REVIEWER},
    ("POST", "/cases/{case_id}/claim"): {REVIEWER},
    ("DELETE", "/cases/{case_id}/claim"): {REVIEWER},
    ("GET", "/groups"): {REVIEWER},
    ("POST", "/groups/{representative_id}/decision"): {REVIEWER},
    ("GET", "/sets"): {REVIEWER},
    ("POST", "/sets"): {REVIEWER},
    ("GET", "/sets/{name}"): {REVIEWER},
    ("POST", "/sets/{name}/members"): {REVIEWER},
    ("GET", "/sets/{name}/agreement"): {REVIEWER},
    ("GET", "/datasets"): {REVIEWER},
    ("POST", "/datasets"): {REVIEWER},
    ("GET", "/datasets/{name}"): {REVIEWER},
    ("POST", "/datasets/{name}/members"): {REVIEWER},
    ("DELETE", "/datasets/{name}/members/{case_id}"): {REVIEWER},
    ("POST", "/datasets/{name}/versions"): {REVIEWER},
    ("GET", "/datasets/{name}/versions/{version}"): {REVIEWER},
    ("GET", "/datasets/{name}/versions/{version}/card"): {REVIEWER},
    ("GET", "/datasets/{name}/versions/{version}/export"): {REVIEWER},
    ("GET", "/datasets/{name}/diff"): {REVIEWER},
    ("GET", "/traces/{trace_id}"): {REVIEWER},
    ("POST", "/flags"): {SUPPORT},
    ("GET", "/flags"): {SUPPORT},
    ("GET", "/containment"): {RESPONDER},
    ("POST", "/containment"): {RESPONDER},
    ("POST", "/containment/preview"): {RESPONDER},
    ("GET", "/containment/{name}"): {RESPONDER},
    ("GET", "/containment/{name}/versions/{version}"): {RESPONDER},
    ("GET", "/containment/{name}/diff"): {RESPONDER},
    ("GET", "/coverage"): {REVIEWER, RESPONDER},
    ("GET", "/ingest/health"): {REVIEWER, RESPONDER},
    ("GET", "/tokens"): {ADMIN},
    ("POST", "/tokens"): {ADMIN},
    ("DELETE", "/tokens/{name}"): {ADMIN},
    ("GET", "/rules"): {ADMIN},
    ("POST", "/rules/backfill"): {ADMIN},
    ("GET", "/audit"): {ADMIN},
}
SAMPLE = {
    "case_id": "no-such-case",
    "revision": "1",
    "representative_id": "no-such-case",
    "name": "nothing",
    "trace_id": "0" * 32,
    "version": "1",
}


def _routes(app) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Every (method, path) the application serves, from its own OpenAPI description."""
    return [(method.upper(), path) for path, operations in app.openapi()["paths"].items() for method in operations]


def test_every_endpoint_checks_its_roles(tmp_path: Path) -> None:
    api = make_api(f"sqlite:///{tmp_path / 'roles.db'}")
    routes = _routes(api.client.app)
    assert sorted(routes) == sorted(TABLE), "every route needs a row in TABLE (and every row a route)"
    for method, path in routes:
        url = path.format(**SAMPLE)
        allowed = TABLE[(method, path)]
        anonymous = api.client.request(method, url, json={})
        if allowed == PUBLIC:
            assert anonymous.status_code == 200, (method, path)
            continue
        assert anonymous.status_code == 401, (method, path)
        assert anonymous.headers["www-authenticate"] == "Bearer"
        forged = api.client.request(
            method, url, json={}, headers={"Authorization": "Bearer tc_0123456789abcdef_" + "x" * 43}
        )
        assert forged.status_code == 401, (method, path)
        for role in ROLES:
            status = api.client.request(method, url, json={}, headers=api.auth(role)).status_code
            if role == ADMIN or role in allowed:
                assert status not in (401, 403), (method, path, role, status)
            else:
                assert status == 403, (method, path, role, status)
    api.store.close()


def test_a_revoked_token_no_longer_authenticates(tmp_path: Path) -> None:
    api = make_api(f"sqlite:///{tmp_path / 'revoke.db'}")
    assert api.client.get("/me", headers=api.auth(REVIEWER)).json() == {"name": "reviewer-1", "role": "reviewer"}
    revoked = api.client.delete("/tokens/reviewer-1", headers=api.auth(ADMIN))
    assert revoked.status_code == 200 and revoked.json()["revoked_at"] is not None
    assert api.client.get("/me", headers=api.auth(REVIEWER)).status_code == 401
    with api.store.transaction() as session:
        revoke_token(session, "support-1", by="tests", at=utcnow())
    assert api.client.get("/me", headers=api.auth(SUPPORT)).status_code == 401
    listed = {t["name"]: t for t in api.client.get("/tokens", headers=api.auth(ADMIN)).json()}
    assert listed["reviewer-1"]["revoked_at"] and listed["admin-1"]["last_used_at"]
    assert all("digest" not in t and "salt" not in t and "token" not in t for t in listed.values())
    api.store.close()


@pytest.mark.parametrize("header", ["Basic abc", "Bearer", "Bearer not-a-token", "tc_x"])
def test_malformed_authorization_is_401(tmp_path: Path, header: str) -> None:
    api = make_api(f"sqlite:///{tmp_path / 'auth.db'}")
    assert api.client.get("/me", headers={"Authorization": header}).status_code == 401
    api.store.close()
