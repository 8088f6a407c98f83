"""Reviewers' claims on stored cases (both databases): one holder at a time, renewed by its holder, lapsing
by itself; decisions and edits by anyone else refused while it runs; a decision ends the decider's claim;
"review next" skips claimed cases and those the reviewer already reviewed; two reviewers racing for one
case: exactly one gets it."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

import pytest
from case_feed import agent_trace
from case_store import store_traces

from casegen.cases import case_id_for
from casegen.exceptions import CaseClaimedError
from casegen.persist import CaseFilter, claim_case, next_unclaimed, release_claim, running_claim, running_claims
from casegen.queue import accept_case, add_to_set, create_review_set, edit_case, label_case, reject_case
from casegen.stream import PromotionHook
from store import TraceStore, utcnow

TTL = timedelta(minutes=15)


@pytest.fixture
def store(db_url: str) -> TraceStore:
    opened = TraceStore(db_url)
    yield opened  # type: ignore[misc]
    opened.close()


def _cases(store: TraceStore, tmp_path: Path, count: int) -> list[str]:
    traces = [agent_trace(error=True, question=f"Question number {n} about order {n}?") for n in range(count)]
    store_traces(store, traces, tmp_path / "otlp", hooks=[PromotionHook()])
    return [case_id_for(t.trace_id) for t in traces]


def test_a_claim_keeps_others_from_deciding_until_it_lapses(store: TraceStore, tmp_path: Path) -> None:
    (case_id,) = _cases(store, tmp_path, 1)
    now = utcnow()
    with store.transaction() as session:
        claim = claim_case(session, case_id, by="ana", at=now, ttl=TTL)
    assert claim.reviewer == "ana" and claim.expires_at == now + TTL
    with store.transaction() as session, pytest.raises(CaseClaimedError) as taken:
        claim_case(session, case_id, by="ben", at=now, ttl=TTL)
    assert taken.value.reviewer == "ana" and taken.value.expires_at == now + TTL
    assert "claimed by ana" in str(taken.value)
    for operation in (
        lambda s: accept_case(s, case_id, by="ben", at=now),
        lambda s: reject_case(s, case_id, by="ben", at=now, reason="no"),
        lambda s: edit_case(s, case_id, by="ben", at=now, expected_output="x"),
        lambda s: label_case(s, case_id, ["hallucination"], by="ben", at=now),
    ):
        with store.transaction() as session, pytest.raises(CaseClaimedError):
            operation(session)
    later = now + timedelta(minutes=5)
    with store.transaction() as session:  # the holder renews
        assert claim_case(session, case_id, by="ana", at=later, ttl=TTL).expires_at == later + TTL
        edit_case(session, case_id, by="ana", at=later, expected_output="It ships tomorrow.")
    lapsed = later + TTL + timedelta(seconds=1)
    with store.transaction() as session:
        assert running_claim(session, case_id, lapsed) is None
        assert claim_case(session, case_id, by="ben", at=lapsed, ttl=TTL).reviewer == "ben"
        assert set(running_claims(session, [case_id, "other"], lapsed)) == {case_id}


def test_a_decision_ends_the_deciders_claim_and_release_is_the_holders(store: TraceStore, tmp_path: Path) -> None:
    first, second = _cases(store, tmp_path, 2)
    now = utcnow()
    with store.transaction() as session:
        claim_case(session, first, by="ana", at=now, ttl=TTL)
        claim_case(session, second, by="ana", at=now, ttl=TTL)
        outcome = accept_case(session, first, by="ana", at=now)
        assert outcome.case.status == "accepted"
        assert running_claim(session, first, now) is None
        assert not release_claim(session, second, by="ben")  # not ben's to release
        assert running_claim(session, second, now) is not None
        assert release_claim(session, second, by="ana")
        assert running_claim(session, second, now) is None


def test_review_next_skips_claimed_and_already_reviewed_cases(store: TraceStore, tmp_path: Path) -> None:
    oldest, middle, newest = _cases(store, tmp_path, 3)
    now = utcnow()
    everything = CaseFilter()
    with store.transaction() as session:
        create_review_set(session, "double", required_reviews=2, by="ana", at=now)
        add_to_set(session, "double", [oldest, middle, newest], by="ana", at=now)
        first = next_unclaimed(session, everything, by="ana", now=now)
        claim_case(session, first, by="ana", at=now, ttl=TTL)  # type: ignore[arg-type]
        second = next_unclaimed(session, everything, by="ben", now=now)
        assert first != second and {first, second} <= {oldest, middle, newest}
        assert next_unclaimed(session, everything, by="ana", now=now) == first  # one's own claim is no obstacle
        assert accept_case(session, first, by="ana", at=now).state == "pending"  # type: ignore[arg-type]
        # ana reviewed it (one of two reviews): it is ben's to take next, no longer ana's.
        assert next_unclaimed(session, everything, by="ana", now=now) != first
        assert next_unclaimed(session, everything, by="ben", now=now) == first
        assert next_unclaimed(session, CaseFilter(service="nobody"), by="ana", now=now) is None


def test_two_reviewers_racing_for_one_case_one_gets_it(store: TraceStore, tmp_path: Path) -> None:
    (case_id,) = _cases(store, tmp_path, 1)
    barrier = threading.Barrier(2)
    results: dict[str, object] = {}

    def take(name: str) -> None:
        barrier.wait()
        try:
            with store.transaction() as session:
                results[name] = claim_case(session, case_id, by=name, at=utcnow(), ttl=TTL).reviewer
        except CaseClaimedError as exc:
            results[name] = exc

    threads = [threading.Thread(target=take, args=(name,)) for name in ("ana", "ben")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    won = [name for name, result in results.items() if result == name]
    lost = [result for result in results.values() if isinstance(result, CaseClaimedError)]
    assert len(won) == 1 and len(lost) == 1 and lost[0].reviewer == won[0]
