"""Support staff in the browser: flag a ticket's trace and see the flag's status; see only their own flags
and nothing of the review queue; notes are redacted (planted PII canaries never shown)."""

from __future__ import annotations

from live_site import PII_CANARIES, SignIn, Site, screenshot
from playwright.sync_api import expect

from casegen.cases import case_id_for

NOTE = f"Customer wrote from {PII_CANARIES[0]}, call back on {PII_CANARIES[1]}; card {PII_CANARIES[2]} charged twice."
NOT_ARRIVED = "ab" * 16


def test_support_flags_a_ticket_and_sees_its_status(site: Site, sign_in: SignIn) -> None:
    page = sign_in("support-1")
    assert page.url.endswith("/ui/flags")
    nav = page.get_by_role("navigation", name="Pages")
    expect(nav.get_by_role("link")).to_have_count(1)
    expect(nav.get_by_role("link", name="Flag a ticket")).to_be_visible()

    trace_id = site.traces["flag_me"].trace_id
    page.get_by_label("Trace id").fill(trace_id)
    page.get_by_label("Ticket").fill("T-100")
    page.get_by_label("Note").fill(NOTE)
    page.get_by_role("button", name="Flag").click()
    page.wait_for_url(f"**/ui/flags/{trace_id}/T-100**")
    expect(page.get_by_role("status")).to_contain_text("Flag recorded")
    expect(page.locator(".flag-status")).to_contain_text("applied")
    expect(page.locator("main")).to_contain_text(case_id_for(trace_id)[:12])
    expect(page.locator("mark.pii").first).to_be_visible()  # the note as stored: placeholders, marked
    screenshot(page, "flag")
    for canary in PII_CANARIES:
        assert canary not in page.content()

    page.goto("/ui/flags")
    page.get_by_label("Trace id").fill(NOT_ARRIVED)
    page.get_by_label("Ticket").fill("T-101")
    page.get_by_role("button", name="Flag").click()
    expect(page.locator(".flag-status")).to_contain_text("waiting")
    page.goto("/ui/flags")
    rows = page.locator("table tbody tr")
    expect(rows.filter(has_text="T-100")).to_contain_text("applied")
    expect(rows.filter(has_text="T-101")).to_contain_text("waiting")
    screenshot(page, "flags")

    # A bad trace id is refused with the reason; the note is not echoed back.
    page.get_by_label("Trace id").fill("not-a-trace-id-but-32-characters")
    page.get_by_label("Ticket").fill("T-102")
    page.get_by_label("Note").fill(NOTE)
    page.evaluate("document.getElementById('flag-form').noValidate = true")
    with page.expect_navigation() as refused:
        page.get_by_role("button", name="Flag").click()
    assert refused.value is not None and refused.value.status == 422
    expect(page.get_by_role("alert")).to_contain_text("trace")
    expect(page.get_by_label("Note")).to_have_value("")


def test_support_sees_only_their_own_flags_and_not_the_review_pages(site: Site, sign_in: SignIn) -> None:
    first = sign_in("support-1")
    first.get_by_label("Trace id").fill("cd" * 16)
    first.get_by_label("Ticket").fill("T-200")
    first.get_by_role("button", name="Flag").click()
    expect(first.locator(".flag-status")).to_contain_text("waiting")
    own_flag = first.url

    other = sign_in("support-2")
    expect(other.locator("main")).not_to_contain_text("T-200")
    response = other.goto(own_flag)
    assert response is not None and response.status == 404
    for path in (
        "/ui/queue",
        f"/ui/cases/{case_id_for(site.traces['review'].trace_id)}",
        "/ui/coverage",
        "/ui/containment",
        "/ui/sets",
        "/ui/datasets",
    ):
        response = other.goto(path)
        assert response is not None and response.status == 403, path
        expect(other.get_by_role("alert")).to_contain_text("the support role cannot open this page")
    screenshot(other, "forbidden")
