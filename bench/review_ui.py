"""Review queue page at 100,000 cases: server time of ``/ui/queue`` (issue 9: first page under 300 ms).

A store is filled in bulk with ``--cases`` current case revisions (one real case, built by ``build_case``
from a real chat trace, cloned with other ids, services, models, statuses, labels, sources, near-duplicate
groups and creation times over 30 days), on SQLite and on PostgreSQL (a throwaway database on the local
server, made as the tests make theirs: ``TRACECASE_TEST_PG``). The pages run on the real app
(``create_app``: the API plus ``/ui``) in process; a reviewer signs in through the sign-in form, then
each page is requested ``--repeat`` times and its ``Server-Timing`` (measured by the pages' own
middleware: session check, queries, template) is reported as median and p95.

Baselines measured in the same run on the same store: the bare SQL of the page's list query (one indexed
``SELECT ... ORDER BY created_at DESC LIMIT 51`` over ``cases``) and ``casegen.persist.list_cases`` alone
(queries + case documents parsed), so the page's own cost (session, counts, filter options, template)
is the difference.

Run: ``.venv/bin/python -m bench.review_ui [--cases 100000] [--repeat 15] [--only sqlite|postgresql]``.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import insert, text

from casegen.cases import build_case
from casegen.persist import CaseFilter, list_cases
from ingest import build_trace
from schemas import Message, NormalizedSpan
from schemas.case import Case, RuleSource, TicketSource
from store import CaseRevisionRow, CaseRow, TraceStore, utcnow
from tracecase.api import create_app, create_token
from tracecase.settings import load_settings

sys.path.insert(0, str(Path(__file__).parents[1] / "tests" / "support"))
from databases import postgres_database

SERVICES = [f"service-{n:02d}" for n in range(20)]
MODELS = ["gpt-4o", "gpt-4o-mini", "claude-sonnet-4", "gemini-2.5-pro", "llama-3.1-70b"]
LABELS = ["hallucination", "missing_information", "wrong_tool_call", "refusal_error"]
BATCH = 5000


def _template() -> Case:
    """One real case: a redacted-looking chat trace through ``build_case``."""
    now = datetime(2026, 1, 1, tzinfo=UTC)
    span = NormalizedSpan(
        trace_id="0" * 32,
        span_id="1" * 16,
        name="chat gpt-4o",
        kind="llm",
        convention="otel_genai",
        service="service-00",
        model="gpt-4o",
        start_time=now,
        end_time=now + timedelta(seconds=2),
        input_messages=[
            Message(role="user", content="Hi, I am <PERSON_3f9a2c> (<EMAIL_ADDRESS_1b2c3d>). Where is order 1042? " * 3)
        ],
        output_messages=[Message(role="assistant", content="Order 1042 ships tomorrow from the Leeds depot. " * 4)],
    )
    record = build_trace([span])
    source = RuleSource(rule="errors", reason="1 span(s) with status ERROR (RateLimitError)", at=now)
    return build_case(record, [source], author="rule:errors", at=now)


def _rows(template: Case, count: int, seed: int) -> Iterator[tuple[list[dict[str, object]], list[dict[str, object]]]]:
    """Batches of (``cases`` rows, ``case_revisions`` rows)."""
    rng = random.Random(seed)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    groups = [uuid.UUID(int=rng.getrandbits(128)).hex for _ in range(max(1, count // 50))]
    pointers: list[dict[str, object]] = []
    revisions: list[dict[str, object]] = []
    for n in range(count):
        trace_id = uuid.UUID(int=rng.getrandbits(128)).hex
        case_id = str(uuid.UUID(int=rng.getrandbits(128)))
        status = rng.choices(["candidate", "accepted", "rejected", "duplicate"], [70, 20, 8, 2])[0]
        labels = tuple(sorted(rng.sample(LABELS, rng.randint(0, 2)))) if status == "accepted" else ()
        created = start + timedelta(seconds=n * 26 + rng.randint(0, 20))
        service, model = rng.choice(SERVICES), rng.choice(MODELS)
        group = rng.choice(groups) if rng.random() < 0.4 else uuid.UUID(int=rng.getrandbits(128)).hex
        sources: list[RuleSource | TicketSource] = [template.provenance.sources[0]]  # type: ignore[list-item]
        if rng.random() < 0.1:
            sources.append(
                TicketSource(ticket_id=f"T-{n}", note="Customer <PERSON_1> says the answer was wrong.", at=created)
            )
        case = template.model_copy(
            update={
                "id": case_id,
                "status": status,
                "created_at": created,
                "duplicate_group": group,
                "metadata": template.metadata.model_copy(
                    update={"service": service, "model": model, "started_at": created}
                ),
                "provenance": template.provenance.model_copy(update={"trace_id": trace_id, "sources": tuple(sources)}),
                "review": template.review.model_copy(update={"labels": labels}),
            }
        )
        common = {
            "case_id": case_id,
            "trace_id": trace_id,
            "status": status,
            "service": service,
            "model": model,
            "language": "en",
            "convention": "otel_genai",
            "duplicate_group": group,
        }
        pointers.append(
            {
                **common,
                "revision": 1,
                "source_kinds": " ".join(sorted({s.kind for s in sources})),
                "labels": " ".join(labels),
                "started_at": created,
                "created_at": created,
                "updated_at": created,
            }
        )
        revisions.append(
            {
                **common,
                "revision": 1,
                "change": "created",
                "author": "rule:errors",
                "created_at": created,
                "document": case.model_dump_json(),
            }
        )
        if len(pointers) == BATCH:
            yield pointers, revisions
            pointers, revisions = [], []
    if pointers:
        yield pointers, revisions


def fill(store: TraceStore, count: int) -> float:
    started = time.perf_counter()
    template = _template()
    for pointers, revisions in _rows(template, count, seed=9):
        with store.transaction() as session:
            session.execute(insert(CaseRow.__table__), pointers)  # type: ignore[attr-defined]
            session.execute(insert(CaseRevisionRow.__table__), revisions)  # type: ignore[attr-defined]
    with store.engine.begin() as connection:
        connection.execute(text("ANALYZE"))
    return time.perf_counter() - started


def _timed(repeat: int, call: Callable[[], float | None]) -> tuple[float, float]:
    """(median, p95) in ms of ``call`` (which returns its own ms, or None to be timed from outside)."""
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        own = call()
        samples.append(own if own is not None else (time.perf_counter() - started) * 1000)
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))]


def _signed_in(store: TraceStore, url: str) -> TestClient:
    with store.transaction() as session:
        token = create_token(session, f"bench-{uuid.uuid4().hex[:6]}", "reviewer", by="bench", at=utcnow())
    app = create_app(load_settings(db=url, redaction_key="bench-only"), store)
    client = TestClient(app, follow_redirects=False)
    nonce = re.search(r'name="nonce" value="([^"]+)"', client.get("/ui/signin").text)
    assert nonce is not None
    assert client.post("/ui/signin", data={"token": token, "nonce": nonce.group(1)}).status_code == 303
    return client


def measure(name: str, url: str, store: TraceStore, count: int, repeat: int) -> None:
    filled = fill(store, count)
    print(f"\n{name}: {count:,} cases filled in {filled:.1f} s")
    client = _signed_in(store, url)

    def page(path: str) -> Callable[[], float]:
        def call() -> float:
            answer = client.get(path)
            assert answer.status_code == 200, (path, answer.status_code)
            return float(answer.headers["server-timing"].split("dur=")[1])

        return call

    bare = text(
        "SELECT case_id, revision FROM cases WHERE status = 'candidate' ORDER BY created_at DESC, case_id DESC LIMIT 51"
    )

    def bare_sql() -> None:
        with store.engine.connect() as connection:
            connection.execute(bare).fetchall()

    def listed(collapse: bool) -> Callable[[], None]:
        def call() -> None:
            with store.transaction() as session:
                list_cases(session, CaseFilter(status="candidate"), limit=50, collapse=collapse)

        return call

    first_case = client.get("/ui/queue?collapse=0").text
    case_path = re.search(r'href="(/ui/cases/[^"?]+)', first_case)
    assert case_path is not None
    rows = [
        ("baseline: bare SQL of the list query", _timed(repeat, bare_sql)),
        ("baseline: list_cases, every case", _timed(repeat, listed(False))),
        ("baseline: list_cases, groups collapsed", _timed(repeat, listed(True))),
        ("/ui/queue (first page: candidates, groups collapsed)", _timed(repeat, page("/ui/queue"))),
        ("/ui/queue?collapse=0 (every case)", _timed(repeat, page("/ui/queue?collapse=0"))),
        ("/ui/queue?sort=largest_group", _timed(repeat, page("/ui/queue?sort=largest_group"))),
        ("/ui/queue?service=service-07&label=&status=", _timed(repeat, page("/ui/queue?service=service-07&status="))),
        ("/ui/cases/{id} (case page)", _timed(repeat, page(case_path.group(1)))),
    ]
    for label, (median, p95) in rows:
        print(f"  {label:<58} median {median:7.1f} ms   p95 {p95:7.1f} ms")


@contextmanager
def _sqlite() -> Iterator[str]:
    with tempfile.TemporaryDirectory() as folder:
        yield f"sqlite:///{Path(folder) / 'bench.db'}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--only", choices=["sqlite", "postgresql"])
    options = parser.parse_args()
    for name, database in (("SQLite", _sqlite), ("PostgreSQL", postgres_database)):
        if options.only and options.only != name.lower():
            continue
        with database() as url:
            store = TraceStore(url)
            try:
                measure(name, url, store, options.cases, options.repeat)
            finally:
                store.close()


if __name__ == "__main__":
    main()
