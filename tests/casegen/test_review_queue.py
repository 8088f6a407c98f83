"""Reviewing stored cases (both databases): decisions and edits as new revisions with their authors,
concurrent reviewers (the second gets a conflict with the current revision, nothing is lost), double
review with agreement and adjudication, near-duplicate groups decided at once, and the CLI's queue."""

from __future__ import annotations

import json
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from case_feed import agent_trace
from case_store import store_traces
from click.testing import CliRunner

from casegen.cases import case_id_for
from casegen.exceptions import CaseConflictError, ReviewError
from casegen.persist import CaseFilter, audit_entries, case_history, claim_case, list_cases, require_case
from casegen.queue import (
    accept_case,
    add_to_set,
    create_review_set,
    decide_group,
    edit_case,
    label_case,
    near_duplicate_groups,
    reject_case,
    set_agreement,
)
from casegen.stream import PromotionHook
from store import TraceStore, utcnow
from tracecase.cli import main


@pytest.fixture
def store(db_url: str, tmp_path: Path) -> TraceStore:
    opened = TraceStore(db_url)
    yield opened  # type: ignore[misc]
    opened.close()


def _promoted(store: TraceStore, tmp_path: Path, *traces) -> list[str]:  # type: ignore[no-untyped-def]
    store_traces(store, list(traces), tmp_path / f"otlp-{traces[0].trace_id}", hooks=[PromotionHook()])
    return [case_id_for(t.trace_id) for t in traces]


def test_two_reviewers_editing_one_case_lose_nothing(store: TraceStore, tmp_path: Path) -> None:
    (case_id,) = _promoted(store, tmp_path, agent_trace(error=True))
    barrier = threading.Barrier(2)
    outcomes: dict[str, object] = {}

    def review(name: str, text: str) -> None:
        barrier.wait()
        try:
            with store.transaction() as session:
                outcomes[name] = edit_case(session, case_id, by=name, at=utcnow(), revision=1, expected_output=text)
        except CaseConflictError as exc:
            outcomes[name] = exc

    threads = [threading.Thread(target=review, args=(n, f"answer by {n}")) for n in ("ana", "ben")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    conflicts = [o for o in outcomes.values() if isinstance(o, CaseConflictError)]
    assert len(conflicts) == 1 and conflicts[0].current == 2 and conflicts[0].expected == 1
    with store.transaction() as session:
        history = case_history(session, case_id)
    assert [c.revision for c in history] == [1, 2]
    winner = history[-1].author
    assert history[-1].review.expected_output == f"answer by {winner}"
    # The loser re-reads and edits on top: both edits are in the history.
    loser = "ben" if winner == "ana" else "ana"
    with store.transaction() as session:
        edit_case(session, case_id, by=loser, at=utcnow(), revision=2, notes="checked")
        label_case(session, case_id, ["hallucination"], by=loser, at=utcnow())
        entries = audit_entries(session, author=loser)
    assert [e.action for e in entries] == ["case.label", "case.edit"]


def test_double_review_decides_on_agreement_and_queues_disagreement(store: TraceStore, tmp_path: Path) -> None:
    agreed, disputed, pending = _promoted(
        store,
        tmp_path,
        agent_trace(error=True),
        agent_trace(error=True, question="Cancel it"),
        agent_trace(error=True, question="Refund me"),
    )
    now = utcnow()
    with store.transaction() as session:
        create_review_set(session, "golden", required_reviews=2, by="lead", at=now)
        add_to_set(session, "golden", [agreed, disputed, pending], by="lead", at=now)
        first = accept_case(session, agreed, by="ana", at=now, labels=["hallucination"])
        assert (first.state, first.case.status, first.reviews) == ("pending", "candidate", 1)
        second = accept_case(session, agreed, by="ben", at=now, labels=["hallucination"])
        assert (second.state, second.case.status) == ("decided", "accepted")
        accept_case(session, disputed, by="ana", at=now)
        split = reject_case(session, disputed, by="ben", at=now, reason="not a failure")
        assert (split.state, split.case.status) == ("disagreement", "candidate")
        accept_case(session, pending, by="ana", at=now)
        report = set_agreement(session, "golden")
    assert report.reviewers == ("ana", "ben") and report.decision.metric == "cohen_kappa"
    assert report.decision.units == 2 and report.decision.observed == 0.5
    assert [d.case_id for d in report.adjudication] == [disputed] and report.adjudication[0].on[0] == "decision"
    assert report.pending == (pending,)
    with store.transaction() as session:  # adjudication: a final decision settles it
        final = reject_case(session, disputed, by="lead", at=now, reason="not a failure", final=True)
    assert (final.state, final.case.status) == ("decided", "rejected")
    result = CliRunner().invoke(main, ["cases", "agreement", "golden", "--db", store.url.render_as_string(False)])
    assert result.exit_code == 0, result.output
    assert "cohen_kappa" in result.output and "adjudication queue: 0" in result.output


LONG = (
    "Where is my order 1042? I ordered it last week, paid for express delivery, and the tracking page "
    "has not changed since Monday. Can you check with the warehouse and tell me when it will arrive?"
)


def test_near_duplicates_are_one_group_and_share_a_decision(store: TraceStore, tmp_path: Path) -> None:
    ids = _promoted(
        store,
        tmp_path,
        agent_trace(error=True, question=LONG),
        agent_trace(error=True, question=LONG.upper().replace(" ", "  ")),  # the same once normalized
        agent_trace(error=True, question=LONG.replace("Monday", "Tuesday")),  # very similar (MinHash)
        agent_trace(error=True, question="Do you sell gift cards in Norway?"),
    )
    with store.transaction() as session:
        groups = near_duplicate_groups(session)
        assert [g.size for g in groups] == [3, 1]
        assert set(groups[0].members) == set(ids[:3])
        representative = groups[0].representative
        with pytest.raises(ReviewError, match="accept or reject it first"):
            decide_group(session, representative, by="ana", at=utcnow())
        reject_case(session, representative, by="ana", at=utcnow(), reason="rate limit, not the model")
        others = sorted(set(ids[:3]) - {representative})
        claim_case(session, others[0], by="ben", at=utcnow(), ttl=timedelta(minutes=15))
        decided = decide_group(session, representative, by="ana", at=utcnow())
        # Ben's claimed member is his to decide; the rest of the group gets Ana's decision.
        assert {c.id for c in decided} == set(others[1:])
        assert {c.status for c in decided} == {"rejected"}
        assert require_case(session, others[0]).status == "candidate"
        collapsed = list_cases(session, CaseFilter(), collapse=True)
    # Exact duplicates (same input once normalized) collapse in the queue with their size.
    sizes = sorted(item.group_size for item in collapsed.items)
    assert sum(sizes) == 4 and sizes[-1] >= 2


def test_the_cli_lists_shows_and_decides_cases(store: TraceStore, tmp_path: Path) -> None:
    failing, unhappy = agent_trace(error=True), agent_trace(feedback="negative")
    _promoted(store, tmp_path, failing, unhappy)
    db = ["--db", store.url.render_as_string(False)]
    runner = CliRunner()
    listed = runner.invoke(main, ["cases", "list", "--format", "json", "--status", "candidate", *db])
    assert listed.exit_code == 0, listed.output
    cases = json.loads(listed.stdout)
    assert len(cases) == 2
    assert all({"id", "trace_id", "status", "sources", "revision"} <= set(c) for c in cases)
    by_trace = {c["trace_id"]: c for c in cases}
    assert by_trace[failing.trace_id]["sources"][0]["rule"] == "errors"
    case_id = by_trace[failing.trace_id]["id"]
    expected = tmp_path / "expected.txt"
    expected.write_text("Your order ships tomorrow.")
    accepted = runner.invoke(
        main,
        [
            "cases",
            "accept",
            case_id,
            "--by",
            "ana",
            "--expected",
            f"@{expected}",
            "--label",
            "other",
            "--revision",
            "1",
            *db,
        ],
    )
    assert accepted.exit_code == 0, accepted.output
    stale = runner.invoke(main, ["cases", "reject", case_id, "--by", "ben", "--reason", "dup", "--revision", "1", *db])
    assert stale.exit_code == 3 and "is at revision 2" in stale.output
    shown = json.loads(runner.invoke(main, ["cases", "show", case_id, *db]).stdout)
    assert shown["status"] == "accepted" and shown["review"]["expected_output"] == "Your order ships tomorrow."
    history = runner.invoke(main, ["cases", "history", case_id, *db])
    assert "ana" in history.output and "review.expected_output" in history.output
    table = runner.invoke(main, ["cases", "list", "--source", "rule", "--status", "accepted", *db])
    assert case_id in table.output and "rule:errors" in table.output
    rejected = runner.invoke(main, ["cases", "reject", case_id, "--by", "ben", "--reason", "", *db])
    assert rejected.exit_code != 0 and "needs a reason" in rejected.output
