"""Accessibility in the browser: a label on every control, a visible focus order starting with the skip
link, no page-wide horizontal scrolling at 200% zoom, and statuses as text as well as colour."""

from __future__ import annotations

from live_site import SignIn, Site
from playwright.sync_api import Browser, BrowserContext

from casegen.cases import case_id_for

UNLABELLED = """() => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
  .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
  .map(e => e.outerHTML)"""
NAMELESS_BUTTONS = """() => [...document.querySelectorAll('button, a[href]')]
  .filter(e => !e.textContent.trim() && !e.getAttribute('aria-label')).map(e => e.outerHTML)"""


def _pages(site: Site) -> list[str]:
    case = case_id_for(site.traces["review"].trace_id)
    return [
        "/ui/queue",
        f"/ui/cases/{case}",
        "/ui/sets",
        "/ui/datasets",
        "/ui/coverage",
        "/ui/containment",
        "/ui/flags",
    ]


def test_every_control_has_a_label_and_focus_is_visible(site: Site, sign_in: SignIn) -> None:
    page = sign_in("admin-1")
    for path in _pages(site):
        page.goto(path)
        assert page.evaluate(UNLABELLED) == [], path
        assert page.evaluate(NAMELESS_BUTTONS) == [], path
        statuses = page.locator(".status").all_inner_texts()
        assert all(any(ch.isalpha() for ch in text) for text in statuses), path  # words, not colour alone
    page.goto("/ui/queue")
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "() => [document.activeElement.className, getComputedStyle(document.activeElement).outlineStyle]"
    )
    assert focused[0] == "skip-link" and focused[1] != "none"
    page.keyboard.press("Enter")  # the skip link moves the focus to the content
    page.keyboard.press("Tab")
    inside_main = page.evaluate("() => !!document.activeElement.closest('main')")
    assert inside_main
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineWidth")
    assert outline not in ("0px", "")


def test_pages_reflow_at_200_percent_zoom(site: Site, browser: Browser, contexts: list[BrowserContext]) -> None:
    # 200 % zoom of a 1280-pixel-wide window leaves 640 CSS pixels.
    context = browser.new_context(viewport={"width": 640, "height": 800}, device_scale_factor=2, base_url=site.url)
    contexts.append(context)
    page = context.new_page()
    page.goto("/ui/signin")
    page.get_by_label("API token").fill(site.tokens["admin-1"])
    page.get_by_role("button", name="Sign in").click()
    for path in _pages(site):
        page.goto(path)
        overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, (path, overflow)
