"""The coverage dashboard in the browser: required-field shares per service x scope x kind (a table and
SVG charts) and ingest health from the consumer's own counters."""

from __future__ import annotations

from live_site import SignIn, Site, screenshot
from playwright.sync_api import expect


def test_coverage_and_ingest_health(site: Site, sign_in: SignIn) -> None:
    page = sign_in("responder-1")
    page.goto("/ui/coverage")
    glance = page.locator("table.glance")
    row = glance.locator("tbody tr", has_text="web-review").filter(has_text="llm")
    expect(row).to_contain_text("tracecase.tests")
    expect(row).to_contain_text("input_messages 100%")
    expect(row).to_contain_text("usage.input_tokens 0%")  # the agent turns carry no token usage
    expect(row.locator(".chip.low").first).to_contain_text("⚠")
    charts = page.locator("svg.chart")
    assert charts.count() > 2
    expect(page.locator("svg.chart polyline, svg.chart .marker").first).to_be_attached()

    health = page.locator("section.health")
    expect(health.locator("tbody tr").first).to_contain_text("stopped")  # the test's consumer ran and stopped
    expect(health).to_contain_text("dead letters")
    records = health.locator("tbody tr").first.locator("td").nth(2).inner_text()
    assert int(records.replace(",", "")) >= sum(len(t.spans) for t in site.traces.values())
    screenshot(page, "coverage")

    page.get_by_label("Service", exact=True).select_option("web-review")
    page.get_by_label("Per", exact=True).select_option("day")
    page.get_by_role("button", name="Show").click()
    expect(glance.locator("tbody tr")).to_have_count(2)  # llm and tool spans of web-review
