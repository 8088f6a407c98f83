"""What every page must hold to, in the browser and on the wire: a strict CSP and the other headers,
span text escaped (a planted ``<script>`` shows as text and never runs), no PII canary on any page, forms
refused without their CSRF token or from another origin, sessions ended by sign-out and by revoking the
token."""

from __future__ import annotations

import httpx
from live_site import PII_CANARIES, SCRIPT, SignIn, Site, screenshot
from playwright.sync_api import Page, expect

from casegen.cases import case_id_for
from store import utcnow
from tracecase.api import create_token, revoke_token

PAGES = [
    "/ui/queue",
    "/ui/queue?status=&collapse=0",
    "/ui/sets",
    "/ui/datasets",
    "/ui/coverage",
    "/ui/containment",
    "/ui/flags",
]


def _session_cookie(page: Page) -> str:
    return next(c["value"] for c in page.context.cookies() if c["name"] == "tracecase_session")


def test_every_page_sends_a_strict_content_security_policy(site: Site, sign_in: SignIn) -> None:
    page = sign_in("admin-1")
    for path in [*PAGES, "/ui/signin", f"/ui/cases/{case_id_for(site.traces['xss'].trace_id)}"]:
        response = page.goto(path)
        assert response is not None and response.ok, path
        headers = response.headers
        policy = headers["content-security-policy"]
        assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy, path
        assert "unsafe-inline" not in policy and "default-src 'none'" in policy, path
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "same-origin"
        assert headers["cache-control"] == "no-store"
        assert float(headers["server-timing"].split("dur=")[1]) >= 0
        assert page.locator("script:not([src])").count() == 0, f"inline script on {path}"
    static = httpx.get(f"{site.url}/ui/static/app.js")
    assert static.status_code == 200 and "content-security-policy" in static.headers


def test_a_script_planted_in_a_span_shows_as_text(site: Site, sign_in: SignIn) -> None:
    page = sign_in("reviewer-1")
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"/ui/cases/{case_id_for(site.traces['xss'].trace_id)}")
    conversation = page.locator("section[aria-labelledby=conv-h]")
    expect(conversation).to_contain_text(SCRIPT)
    expect(page.locator("section[aria-labelledby=out-h]")).to_contain_text("<img src=x onerror=")
    expect(page.locator("section[aria-labelledby=tools-h]")).to_contain_text("<b>track</b>_order")
    assert page.title().startswith("Case ") and "pwned" not in page.title()
    assert page.locator("main script, main img, main b").count() == 0
    assert not dialogs
    # The email in the same message is a redaction placeholder, marked with its entity type.
    marked = conversation.locator("mark.pii")
    expect(marked.first).to_contain_text("EMAIL_ADDRESS")
    expect(marked.first).to_have_attribute("title", "redacted EMAIL_ADDRESS")
    screenshot(page, "case-escaped")
    queue = page.goto("/ui/queue?service=web-xss")
    assert queue is not None and queue.ok
    assert "pwned" not in page.title()


def test_no_pii_canary_appears_on_any_page(site: Site, sign_in: SignIn) -> None:
    flagger = sign_in("support-1")
    flagger.get_by_label("Trace id").fill(site.traces["xss"].trace_id)
    flagger.get_by_label("Ticket").fill("T-300")
    flagger.get_by_label("Note").fill(f"Reach her at {PII_CANARIES[0]} or {PII_CANARIES[1]}, card {PII_CANARIES[2]}.")
    flagger.get_by_role("button", name="Flag").click()
    expect(flagger.locator(".flag-status")).to_contain_text("applied")
    page = sign_in("admin-1")
    seen = set(PAGES)
    page.goto("/ui/queue?status=&collapse=0")
    cases = page.locator("a.case-link").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    pages = [*PAGES, *cases, f"/ui/flags/{site.traces['xss'].trace_id}/T-300"]
    for path in pages:
        seen.add(path)
        response = page.goto(path)
        assert response is not None and response.ok, path
        html = page.content()
        for canary in PII_CANARIES:
            assert canary not in html, (canary, path)
    assert len(seen) > 10


def test_forms_need_their_csrf_token_and_this_origin(site: Site, sign_in: SignIn) -> None:
    page = sign_in("reviewer-1")
    case_id = case_id_for(site.traces["xss"].trace_id)
    page.goto(f"/ui/cases/{case_id}")
    csrf = page.locator("#review-form input[name=csrf]").input_value()
    cookies = {"tracecase_session": _session_cookie(page)}
    url = f"{site.url}/ui/cases/{case_id}/claim"
    with httpx.Client(cookies=cookies, follow_redirects=False) as client:
        assert client.post(url, data={}).status_code == 403
        assert client.post(url, data={"csrf": "x" * 43}).status_code == 403
        foreign = client.post(url, data={"csrf": csrf}, headers={"Origin": "https://evil.example"})
        assert foreign.status_code == 403 and "another site" in foreign.text
        assert client.post(url, data={"csrf": csrf}, headers={"Origin": site.url}).status_code == 303
        assert client.post(f"{site.url}/ui/cases/{case_id}/release", data={"csrf": csrf}).status_code == 303
    session_cookie = next(c for c in page.context.cookies() if c["name"] == "tracecase_session")
    assert session_cookie["httpOnly"] and session_cookie["sameSite"] == "Strict" and session_cookie["path"] == "/ui"
    assert "tracecase_session" not in page.evaluate("document.cookie")


def test_sign_out_and_a_revoked_token_end_the_session(site: Site, sign_in: SignIn) -> None:
    page = sign_in("reviewer-2")
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url("**/ui/signin")
    page.goto("/ui/queue")
    assert "/ui/signin?next=" in page.url
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    screenshot(page, "signin")

    store = site.store()
    with store.transaction() as session:
        site.tokens["reviewer-temp"] = create_token(session, "reviewer-temp", "reviewer", by="tests", at=utcnow())
    temp = sign_in("reviewer-temp")
    temp.goto("/ui/sets")
    assert temp.url.endswith("/ui/sets")
    with store.transaction() as session:
        revoke_token(session, "reviewer-temp", by="tests", at=utcnow())
    store.close()
    temp.goto("/ui/sets")
    assert "/ui/signin" in temp.url

    wrong = page.context.new_page()
    wrong.goto("/ui/signin")
    wrong.get_by_label("API token").fill("tc_0123456789abcdef_" + "x" * 43)
    with wrong.expect_navigation() as refused:
        wrong.get_by_role("button", name="Sign in").click()
    assert refused.value is not None and refused.value.status == 401
    expect(wrong.get_by_role("alert")).to_contain_text("not valid")
