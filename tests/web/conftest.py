"""Fixtures of the browser tests: one running site per session, Debian's chromium driven by Playwright
(never a browser of Playwright's own), a fresh browser context (cookies) per person."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from live_site import CHROMIUM, CHROMIUM_ARGS, SignIn, Site, running_site
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright
from tracecase_sampleapp.broker import LocalBroker


@pytest.fixture(scope="session")
def site(broker: LocalBroker, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    yield from running_site(broker, tmp_path_factory.mktemp("site"))


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y --no-install-recommends chromium (.ci/run does)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def contexts(browser: Browser) -> Iterator[list[BrowserContext]]:
    opened: list[BrowserContext] = []
    yield opened
    for context in opened:
        context.close()


@pytest.fixture
def sign_in(site: Site, browser: Browser, contexts: list[BrowserContext]) -> SignIn:
    """``sign_in("reviewer-1")``: a page of a new browser context, signed in through the sign-in form."""

    def open_as(person: str) -> Page:
        context = browser.new_context(viewport={"width": 1360, "height": 900}, base_url=site.url)
        contexts.append(context)
        page = context.new_page()
        page.goto("/ui/signin")
        page.get_by_label("API token").fill(site.tokens[person])
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_load_state()
        assert "/ui/signin" not in page.url, page.content()
        return page

    return open_as
