"""An incident responder in the browser: preview a window and filters, freeze a containment set, freeze
its next version with a changed filter, and read the difference."""

from __future__ import annotations

from live_site import SignIn, Site, screenshot
from playwright.sync_api import expect


def test_a_responder_builds_a_containment_set_and_diffs_its_versions(site: Site, sign_in: SignIn) -> None:
    page = sign_in("responder-1")
    assert page.url.endswith("/ui/containment")
    nav = page.get_by_role("navigation", name="Pages")
    expect(nav.get_by_role("link", name="Review queue")).to_have_count(0)

    page.get_by_label("Service").fill("web-conflict")
    page.get_by_role("button", name="Preview").click()
    preview = page.locator("#preview")
    expect(preview).to_contain_text("1 stored trace match")
    expect(preview).to_contain_text(site.traces["conflict"].trace_id)
    expect(page.get_by_label("Service")).to_have_value("web-conflict")  # the form comes back as typed
    screenshot(page, "containment-builder")

    page.get_by_label("Set name").fill("web-incident")
    page.get_by_role("button", name="Freeze a version").click()
    page.wait_for_url("**/ui/containment/web-incident**")
    expect(page.get_by_role("status")).to_contain_text("Containment version frozen")
    expect(page.locator("#versions tbody tr")).to_have_count(1)

    page.goto("/ui/containment")
    page.get_by_label("Service").fill("web-conflict, web-double")
    page.get_by_label("Set name").fill("web-incident")
    page.get_by_role("button", name="Freeze a version").click()
    page.wait_for_url("**/ui/containment/web-incident**")
    versions = page.locator("#versions tbody tr")
    expect(versions).to_have_count(2)
    expect(versions.nth(1)).to_contain_text("service = web-conflict | web-double")
    expect(versions.nth(1)).to_contain_text("3")

    page.get_by_label("From version").select_option("1")
    page.get_by_label("To version").select_option("2")
    page.get_by_role("button", name="Compare").click()
    diff = page.locator("#diff")
    expect(diff).to_contain_text("2 added, 0 removed")
    for key in ("double_a", "double_b"):
        expect(diff.locator("ul.added")).to_contain_text(site.traces[key].trace_id)
    expect(diff.locator("ul.removed")).to_contain_text("none")
    screenshot(page, "containment-set")

    # Freezing the same definition again makes no new version.
    page.goto("/ui/containment")
    page.get_by_label("Service").fill("web-double,web-conflict")
    page.get_by_label("Set name").fill("web-incident")
    page.get_by_role("button", name="Freeze a version").click()
    expect(page.get_by_role("status")).to_contain_text("no new version")
    expect(page.locator("#versions tbody tr")).to_have_count(2)

    response = page.goto("/ui/queue")
    assert response is not None and response.status == 403
