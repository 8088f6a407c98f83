"""Datasets in the browser: a reviewer makes a dataset from a query, freezes a version, curates and edits,
freezes the next, reads the changelog, card and diff, filters the queue by it, and downloads an export."""

from __future__ import annotations

import json
from pathlib import Path

from live_site import SignIn, Site, screenshot
from playwright.sync_api import expect

from casegen.cases import case_id_for


def test_a_reviewer_makes_and_exports_a_dataset_version(site: Site, sign_in: SignIn) -> None:
    page = sign_in("reviewer-2")
    first, second = (case_id_for(site.traces[k].trace_id) for k in ("double_a", "double_b"))
    added = case_id_for(site.traces["review"].trace_id)
    page.goto("/ui/datasets")
    page.get_by_label("Name", exact=True).fill("web-golden")
    page.get_by_label("Purpose").fill("Shop questions the assistant got wrong.")
    for status in ("candidate", "accepted", "rejected"):
        page.get_by_role("checkbox", name=status, exact=True).check()
    page.get_by_label("And where").fill("service=web-double")
    page.get_by_role("button", name="Create").click()
    page.wait_for_url("**/ui/datasets/web-golden**")
    expect(page.get_by_role("status")).to_contain_text("Dataset created")
    expect(page.locator(".meta")).to_contain_text("2 members now")

    page.get_by_label("Message for the next version").fill("first cut")
    page.get_by_role("button", name="Freeze a version").click()
    expect(page.get_by_role("status")).to_contain_text("Version frozen")
    expect(page.locator("#versions tbody tr")).to_have_count(1)
    expect(page.locator("table.changelog tbody tr")).to_have_count(2)

    # Curate: edit one member, remove the other, add another case; then the next version.
    page.goto(f"/ui/cases/{first}")
    page.get_by_label("Expected output").fill("We are open 10:00-16:00 on Sundays.")
    page.get_by_role("button", name="Save without deciding").click()
    expect(page.get_by_role("status")).to_contain_text("Saved")
    page.goto("/ui/datasets/web-golden")
    page.get_by_label("Remove a case (id)").fill(second)
    page.get_by_role("button", name="Remove").click()
    expect(page.get_by_role("status")).to_contain_text("Case removed")
    page.get_by_label("Add cases").fill(added)
    page.get_by_role("button", name="Add", exact=True).click()
    expect(page.get_by_role("status")).to_contain_text("Cases added")
    page.get_by_label("Message for the next version").fill("second cut")
    page.get_by_role("button", name="Freeze a version").click()
    expect(page.locator("#versions tbody tr")).to_have_count(2)
    changelog = page.locator("table.changelog tbody")
    expect(changelog.locator("tr", has_text="added")).to_contain_text(added[:12])
    expect(changelog.locator("tr", has_text="removed")).to_contain_text(second[:12])
    expect(changelog.locator("tr", has_text="changed")).to_contain_text("review.expected_output")
    expect(page.locator("table.counts").first).to_be_visible()  # the card's counts

    page.get_by_label("From version").select_option("1")
    page.get_by_label("To version").select_option("2")
    page.get_by_role("button", name="Compare").click()
    diff = page.locator("#diff")
    expect(diff).to_contain_text("1 added, 1 removed, 1 changed")
    expect(diff.locator("table.changes")).to_contain_text("/review/expected_output")
    expect(diff.locator("table.changes")).to_contain_text("We are open 10:00-16:00 on Sundays.")
    screenshot(page, "dataset")

    with page.expect_download() as downloading:
        page.get_by_role("link", name="Export jsonl").click()
    download = downloading.value
    assert download.suggested_filename == "web-golden-v2-jsonl.jsonl"
    lines = Path(download.path()).read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    assert sorted(r["id"] for r in records) == sorted([first, added])
    with page.expect_download() as card:
        page.get_by_role("link", name="Card (Markdown)").click()
    assert "# web-golden — version 2" in Path(card.value.path()).read_text(encoding="utf-8")

    page.goto("/ui/queue?status=&dataset=web-golden&collapse=0")
    expect(page.locator("table.queue tbody tr")).to_have_count(2)
    page.goto("/ui/datasets")
    expect(page.locator("#datasets")).to_contain_text("web-golden")
    screenshot(page, "datasets")
