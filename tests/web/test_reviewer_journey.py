"""A reviewer's journey in the browser: filter the queue, take the next case (a claim), write the expected
output, label and accept it with the keyboard; a second reviewer meets the claim and a stale revision."""

from __future__ import annotations

from live_site import SignIn, Site, screenshot
from playwright.sync_api import Page, expect

from casegen.cases import case_id_for
from casegen.persist import audit_entries, get_case


def _queue_for(page: Page, service: str) -> None:
    page.goto("/ui/queue")
    page.get_by_label("Service").select_option(service)
    page.get_by_role("button", name="Apply filters").click()


def test_a_reviewer_takes_the_next_case_and_accepts_it_with_the_keyboard(site: Site, sign_in: SignIn) -> None:
    page = sign_in("reviewer-1")
    assert page.url.endswith("/ui/queue")
    nav = page.get_by_role("navigation", name="Pages")
    expect(nav.get_by_role("link", name="Review queue")).to_be_visible()
    expect(nav.get_by_role("link", name="Flag a ticket")).to_have_count(0)
    expect(page.locator("table.queue tbody tr").first).to_be_visible()
    screenshot(page, "queue", full_page=False)
    _queue_for(page, "web-review")
    rows = page.locator("table.queue tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("rule: errors")
    expect(rows.first).to_contain_text("free")

    page.keyboard.press("j")  # the first row's link has the focus
    expect(page.locator("a.case-link").first).to_be_focused()
    page.keyboard.press("n")  # review next: claims the oldest free candidate under these filters
    page.wait_for_url("**/ui/cases/**")
    expect(page.locator(".claimed-mine")).to_contain_text("You hold the claim")
    expect(page.get_by_role("status")).to_contain_text("You claimed this case")

    page.keyboard.press("e")
    expect(page.get_by_label("Expected output")).to_be_focused()
    page.keyboard.type("Parcel 77 left the depot today; it arrives tomorrow.")
    page.keyboard.press("Escape")
    page.keyboard.press("l")
    expect(page.get_by_role("checkbox", name="hallucination")).to_be_focused()
    page.keyboard.press("Space")
    screenshot(page, "case", full_page=False)
    screenshot(page, "case-full")
    page.keyboard.press("a")
    page.wait_for_load_state()
    expect(page.get_by_role("status")).to_contain_text("Case accepted")
    expect(page.locator(".meta")).to_contain_text("accepted")
    expect(page.locator("ol.history")).to_contain_text("/review/expected_output")
    expect(page.locator(".claim-bar")).to_contain_text("Nobody has claimed")  # a decision ends the claim

    case_id = case_id_for(site.traces["review"].trace_id)
    store = site.store()
    with store.transaction() as session:
        case = get_case(session, case_id)
        actions = [(e.author, e.action) for e in audit_entries(session, limit=500) if e.target == case_id]
    store.close()
    assert case is not None and case.status == "accepted" and case.author == "reviewer-1"
    assert case.review.expected_output == "Parcel 77 left the depot today; it arrives tomorrow."
    assert case.review.labels == ("hallucination",)
    assert ("reviewer-1", "case.claim") in actions and ("reviewer-1", "case.accept") in actions


def test_a_second_reviewer_meets_the_claim_and_then_the_newer_revision(site: Site, sign_in: SignIn) -> None:
    case_id = case_id_for(site.traces["conflict"].trace_id)
    first, second = sign_in("reviewer-1"), sign_in("reviewer-2")
    first.goto(f"/ui/cases/{case_id}")
    first.keyboard.press("c")
    first.wait_for_load_state()
    expect(first.locator(".claimed-mine")).to_be_visible()

    second.goto(f"/ui/cases/{case_id}")
    expect(second.locator(".claimed-other")).to_contain_text("Claimed by reviewer-1")
    with second.expect_navigation() as refused:
        second.keyboard.press("a")
    assert refused.value is not None and refused.value.status == 409
    expect(second.get_by_role("alert")).to_contain_text("is claimed by reviewer-1")
    screenshot(second, "case-claimed-by-another")

    # The first reviewer saves an expected output (a new revision) and lets the case go; the second
    # reviewer's page still shows the older revision: their accept is refused with the current one.
    stale_revision = second.locator("#review-form input[name=revision]").input_value()
    first.get_by_label("Expected output").fill("The order was cancelled.")
    first.keyboard.press("Control+Enter")
    first.wait_for_load_state()
    expect(first.get_by_role("status")).to_contain_text("Saved")
    first.keyboard.press("u")
    first.wait_for_load_state()
    expect(first.locator(".claim-bar")).to_contain_text("Nobody has claimed")
    with second.expect_navigation() as conflict:
        second.keyboard.press("a")
    assert conflict.value is not None and conflict.value.status == 409
    expect(second.get_by_role("alert")).to_contain_text(f"based on revision {stale_revision}")
    current = second.locator("#review-form input[name=revision]").input_value()
    assert int(current) > int(stale_revision)
    expect(second.get_by_label("Expected output")).to_have_value("The order was cancelled.")
    second.keyboard.press("a")  # now on the current revision
    second.wait_for_load_state()
    expect(second.get_by_role("status")).to_contain_text("Case accepted")


def test_double_review_shows_agreement_and_the_adjudication_queue(site: Site, sign_in: SignIn) -> None:
    one, two = sign_in("reviewer-1"), sign_in("reviewer-2")
    one.goto("/ui/sets")
    one.get_by_label("Name").fill("web-double-check")
    one.get_by_label("Independent reviews per case").fill("2")
    one.get_by_role("button", name="Create").click()
    expect(one.get_by_role("status")).to_contain_text("Review set created")
    cases = [case_id_for(site.traces[k].trace_id) for k in ("double_a", "double_b")]
    for case_id in cases:
        one.goto(f"/ui/cases/{case_id}")
        one.get_by_label("Add to review set").select_option("web-double-check")
        one.get_by_role("button", name="Add", exact=True).click()
        expect(one.get_by_role("status")).to_contain_text("added to the review set")

    # Case a: both accept, with different labels. Case b: one accepts, the other rejects.
    one.goto(f"/ui/cases/{cases[0]}")
    one.get_by_role("checkbox", name="missing_information").check()
    one.keyboard.press("a")
    one.wait_for_load_state()
    expect(one.get_by_role("status")).to_contain_text("waits for the other reviews")
    two.goto(f"/ui/cases/{cases[0]}")
    expect(two.locator(".review-panel")).to_contain_text("needs 2 independent reviews (1 so far)")
    two.keyboard.press("a")
    two.wait_for_load_state()
    expect(two.get_by_role("status")).to_contain_text("went to adjudication")
    one.goto(f"/ui/cases/{cases[1]}")
    one.keyboard.press("a")
    one.wait_for_load_state()
    two.goto(f"/ui/cases/{cases[1]}")
    two.keyboard.press("r")
    two.keyboard.type("Not a real failure: the shop is closed on Sundays.")
    two.keyboard.press("Enter")
    two.wait_for_load_state()
    expect(two.get_by_role("status")).to_contain_text("went to adjudication")

    one.goto("/ui/sets/web-double-check")
    expect(one.locator("#agreement-h")).to_be_visible()
    expect(one.locator("main")).to_contain_text("Cohen's kappa")
    expect(one.locator("#adjudication-h")).to_contain_text("(2)")
    adjudication = one.locator("section[aria-labelledby=adjudication-h]")
    expect(adjudication).to_contain_text("reviewer-1: ✓ accepted")
    expect(adjudication).to_contain_text("reviewer-2: ✗ rejected")
    screenshot(one, "review-set")
    adjudication.get_by_role("link", name="Adjudicate").first.click()
    expect(one.get_by_label("Adjudicate: decide now, whatever the review set requires")).to_be_checked()
    one.keyboard.press("a")
    one.wait_for_load_state()
    expect(one.get_by_role("status")).to_contain_text("Case accepted")
    one.goto("/ui/sets/web-double-check")
    expect(one.locator("#adjudication-h")).to_contain_text("(1)")
