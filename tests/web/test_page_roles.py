"""Which role may open which page and send which form: a table of every ``/ui`` route x role, checked
against the app's own routes (a page missing from the table fails), signed out (-> sign-in), and for
each role (403 outside it; admin everywhere). No browser: the server's answers are what is checked."""

from __future__ import annotations

import re
from pathlib import Path

from api_support import Api, make_api
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from tracecase.api import ROLES
from tracecase.web.pages import ROUTERS

SUPPORT, REVIEWER, RESPONDER = "support", "reviewer", "responder"
ANY = set(ROLES)
PUBLIC = "public"

TABLE: dict[tuple[str, str], set[str] | str] = {
    ("GET", "/ui/signin"): PUBLIC,
    ("POST", "/ui/signin"): PUBLIC,
    ("POST", "/ui/signout"): ANY,
    ("GET", "/ui"): PUBLIC,
    ("GET", "/ui/"): PUBLIC,
    ("GET", "/ui/queue"): {REVIEWER},
    ("POST", "/ui/queue/next"): {REVIEWER},
    ("GET", "/ui/cases/{case_id}"): {REVIEWER},
    ("POST", "/ui/cases/{case_id}/claim"): {REVIEWER},
    ("POST", "/ui/cases/{case_id}/release"): {REVIEWER},
    ("POST", "/ui/cases/{case_id}/accept"): {REVIEWER},
    ("POST", "/ui/cases/{case_id}/reject"): {REVIEWER},
    ("POST", "/ui/cases/{case_id}/save"): {REVIEWER},
    ("POST", "/ui/cases/{case_id}/group"): {REVIEWER},
    ("POST", "/ui/cases/{case_id}/sets"): {REVIEWER},
    ("GET", "/ui/sets"): {REVIEWER},
    ("POST", "/ui/sets"): {REVIEWER},
    ("GET", "/ui/sets/{name}"): {REVIEWER},
    ("GET", "/ui/datasets"): {REVIEWER},
    ("POST", "/ui/datasets"): {REVIEWER},
    ("GET", "/ui/datasets/{name:path}"): {REVIEWER},
    ("POST", "/ui/datasets/{name:path}/versions"): {REVIEWER},
    ("POST", "/ui/datasets/{name:path}/members"): {REVIEWER},
    ("POST", "/ui/datasets/{name:path}/remove"): {REVIEWER},
    ("GET", "/ui/datasets/{name:path}/versions/{version}/export"): {REVIEWER},
    ("GET", "/ui/datasets/{name:path}/versions/{version}/card.md"): {REVIEWER},
    ("GET", "/ui/flags"): {SUPPORT},
    ("POST", "/ui/flags"): {SUPPORT},
    ("GET", "/ui/flags/{trace_id}/{ticket_id:path}"): {SUPPORT},
    ("GET", "/ui/containment"): {RESPONDER},
    ("POST", "/ui/containment/preview"): {RESPONDER},
    ("POST", "/ui/containment"): {RESPONDER},
    ("GET", "/ui/containment/{name}"): {RESPONDER},
    ("GET", "/ui/coverage"): {REVIEWER, RESPONDER},
}
SAMPLE = {
    "case_id": "no-such-case",
    "name": "nothing",
    "name:path": "nothing",
    "version": "1",
    "trace_id": "0" * 32,
    "ticket_id:path": "T-1",
}


def _pages() -> list[tuple[str, str]]:
    """Every (method, path) of the pages' own routers."""
    routes = [route for router in ROUTERS for route in router.routes if isinstance(route, APIRoute)]
    return sorted((method, route.path) for route in routes for method in route.methods - {"HEAD"})


def sign_in(api: Api, role: str) -> tuple[TestClient, str]:
    """A client with a session for ``role``'s token, and its CSRF token (read from a page's form)."""
    client = TestClient(api.client.app, follow_redirects=False)
    form = client.get("/ui/signin")
    nonce = re.search(r'name="nonce" value="([^"]+)"', form.text)
    assert nonce is not None
    signed = client.post("/ui/signin", data={"token": api.tokens[role], "nonce": nonce.group(1)})
    assert signed.status_code == 303, signed.text
    home = client.get(signed.headers["location"])
    csrf = re.search(r'name="csrf" value="([^"]+)"', home.text)
    assert csrf is not None
    return client, csrf.group(1)


def test_every_page_checks_its_roles(tmp_path: Path) -> None:
    api = make_api(f"sqlite:///{tmp_path / 'pages.db'}")
    routes = _pages()
    assert routes == sorted(TABLE), "every page needs a row in TABLE (and every row a page)"
    anonymous = TestClient(api.client.app, follow_redirects=False)
    sessions = {role: sign_in(api, role) for role in ROLES}
    for method, path in routes:
        if path == "/ui/signout":
            continue  # last: it ends the sessions
        url = re.sub(r"\{([^}]+)\}", lambda m: SAMPLE[m.group(1)], path)
        allowed = TABLE[(method, path)]
        if allowed == PUBLIC:
            assert anonymous.request(method, url).status_code in (200, 303, 403), (method, path)
            continue
        signed_out = anonymous.request(method, url, data={})
        assert signed_out.status_code == 303, (method, path)
        assert signed_out.headers["location"].startswith("/ui/signin"), (method, path)
        for role, (client, csrf) in sessions.items():
            data = {"csrf": csrf} if method == "POST" else None
            answer = client.request(method, url, data=data)
            if role == "admin" or role in allowed:
                assert answer.status_code not in (401, 403), (method, path, role, answer.status_code)
                assert not answer.headers.get("location", "").startswith("/ui/signin"), (method, path, role)
            else:
                assert answer.status_code == 403, (method, path, role, answer.status_code)
                assert "cannot open this page" in answer.text
            if method == "POST" and (role == "admin" or role in allowed):
                assert client.request(method, url, data={}).status_code == 403, ("no csrf", method, path)
    for role, (client, csrf) in sessions.items():
        assert client.post("/ui/signout", data={}).status_code == 403  # no csrf: still signed in
        assert client.post("/ui/signout", data={"csrf": csrf}).headers["location"] == "/ui/signin"
        assert client.get("/ui/flags").headers["location"].startswith("/ui/signin"), role
    api.store.close()


def test_the_next_page_after_sign_in_stays_on_this_site(tmp_path: Path) -> None:
    api = make_api(f"sqlite:///{tmp_path / 'next.db'}")
    client = TestClient(api.client.app, follow_redirects=False)
    for next_path, expected in (
        ("/ui/coverage", "/ui/coverage"),
        ("//evil.example/ui/", "/ui/queue"),
        ("https://evil.example/", "/ui/queue"),
    ):
        nonce = re.search(r'name="nonce" value="([^"]+)"', client.get("/ui/signin").text)
        assert nonce is not None
        form = {"token": api.tokens["reviewer"], "nonce": nonce.group(1), "next": next_path}
        answer = client.post("/ui/signin", data=form)
        assert answer.headers["location"] == expected
    stale = client.post("/ui/signin", data={"token": api.tokens["reviewer"], "nonce": "forged"})
    assert stale.status_code == 403
    api.store.close()
