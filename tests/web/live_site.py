"""A running tracecase site for browser tests: a store filled through the real pipeline, a real
``tracecase serve`` (uvicorn) on a free port, one token per person, and Debian's chromium.

The store gets the captured spans of every instrumentation (``tracecase ingest --from-file``, the real
CLI) and agent turns made for the journeys, published to the real broker and consumed by the consumer
loop of ``tracecase ingest`` in this process (so its own counters reach ``consumer_stats``).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from case_feed import AgentTrace, agent_trace, publish, span_records
from case_store import shared_redactor
from kafka_feed import unique_topic
from kafka_loop import run_loop
from playwright.sync_api import Page
from tracecase_sampleapp.broker import LocalBroker

from store import TraceStore, utcnow
from tracecase.api import create_token
from tracecase.service import build_processor, build_promotion_hook
from tracecase.settings import load_settings

ROOT = Path(__file__).resolve().parents[2]
TRACECASE = str(Path(sys.executable).parent / "tracecase")
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = ROOT / "test-output" / "screenshots"
PEOPLE = {
    "support-1": "support",
    "support-2": "support",
    "reviewer-1": "reviewer",
    "reviewer-2": "reviewer",
    "responder-1": "responder",
    "admin-1": "admin",
}
PII_CANARIES = ("mia.canary@example.com", "+1 415 555 0187", "4111 1111 1111 1111")
"""Planted in a ticket note (and the first in a span): no page may ever show them."""
SCRIPT = "<script>document.title='pwned'</script>"
"""Planted in span text: every page must show it as text."""


SignIn = Callable[[str], Page]
"""``sign_in("reviewer-1")`` (a fixture): a page of a new browser context, signed in as that person."""


def screenshot(page: Page, name: str, *, full_page: bool = True) -> None:
    """Save the page (whole, or what the window shows) under test-output/screenshots/ (kept out of git)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=full_page)


@dataclass
class Site:
    url: str
    db_url: str
    tokens: dict[str, str]
    traces: dict[str, AgentTrace] = field(default_factory=dict)
    """Agent turns by journey: review, conflict, double_a, double_b, xss, flag_me, group_*."""

    def store(self) -> TraceStore:
        return TraceStore(self.db_url)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _journey_traces() -> dict[str, AgentTrace]:
    return {
        "review": agent_trace(
            service="web-review",
            error=True,
            question="Hi, this is Maria Lopez (maria.lopez@example.org). Where is my parcel 77? It was due Monday.",
            answer="Sorry Maria, parcel 77 is delayed; I have emailed maria.lopez@example.org the new date.",
        ),
        "conflict": agent_trace(service="web-conflict", error=True, question="Cancel order 9001 please."),
        "double_a": agent_trace(service="web-double", error=True, question="Is the shop open on Sunday?"),
        "double_b": agent_trace(service="web-double", error=True, question="Do you ship to Norway?"),
        "xss": agent_trace(
            service="web-xss",
            error=True,
            question=f"{SCRIPT} My email is {PII_CANARIES[0]}; where is order 1042?",
            answer="<img src=x onerror=\"document.title='pwned'\"> Order 1042 ships tomorrow.",
            tool="<b>track</b>_order",
        ),
        "flag_me": agent_trace(service="web-flag", question="The bot was rude to me."),
    }


def _ingest_captured(env: dict[str, str]) -> None:
    files = [str(p) for p in sorted((ROOT / "tests/data/captured").rglob("*.json")) if p.name != "manifest.json"]
    args = [TRACECASE, "ingest"]
    for path in files:
        args += ["--from-file", path]
    subprocess.run(args, env=env, check=True, capture_output=True, timeout=300)


def _consume(broker: LocalBroker, db_url: str, traces: dict[str, AgentTrace]) -> None:
    topic = unique_topic("web-spans")
    broker.create_topic(topic, partitions=1)
    publish(broker, topic, [r for t in traces.values() for r in span_records(t.spans)])
    settings = load_settings(db=db_url)
    store = TraceStore(db_url)
    processor = build_processor(settings, store, [build_promotion_hook(settings)], shared_redactor())
    run_loop(broker, processor, [topic], unique_topic("web-group"), dlq_topic=unique_topic("web-dlq"))
    store.close()


def _wait_ready(url: str, process: subprocess.Popen[bytes], timeout_s: float = 90.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        assert process.poll() is None, "tracecase serve exited"
        try:
            if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise AssertionError("tracecase serve did not become ready")


def running_site(broker: LocalBroker, folder: Path) -> Iterator[Site]:
    db_url = f"sqlite:///{folder / 'tracecase.db'}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRACECASE_")}
    env.update(TRACECASE_DB=db_url, TRACECASE_REDACTION_KEY="tests-only", TRACECASE_LOG_LEVEL="WARNING")
    store = TraceStore(db_url)
    with store.transaction() as session:
        tokens = {name: create_token(session, name, role, by="tests", at=utcnow()) for name, role in PEOPLE.items()}
    store.close()
    _ingest_captured(env)
    traces = _journey_traces()
    _consume(broker, db_url, traces)
    port = free_port()
    log = (folder / "serve.log").open("wb")
    server = subprocess.Popen([TRACECASE, "serve", "--port", str(port)], env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_ready(url, server)
        yield Site(url, db_url, tokens, traces)
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
