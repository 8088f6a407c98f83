"""Agreement figures checked against values computed by hand (worked in the comments)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from conftest import NOW

from casegen.review import agreement_report, figure
from schemas.case import ReviewDecision


def review(case: str, reviewer: str, decision: str, *labels: str, minutes: int = 0) -> ReviewDecision:
    return ReviewDecision(
        case_id=case,
        revision=1,
        reviewer=reviewer,
        decision=decision,  # type: ignore[arg-type]
        labels=labels,
        at=NOW + timedelta(minutes=minutes),
    )


def test_cohen_kappa_for_two_reviewers() -> None:
    # 10 cases: both accept 5, A accepts/B rejects 1, A rejects/B accepts 1, both reject 3.
    # p_o = 8/10 = 0.8; each reviewer accepts 6/10, so p_e = 0.6*0.6 + 0.4*0.4 = 0.52;
    # kappa = (0.8 - 0.52) / (1 - 0.52) = 0.28 / 0.48 = 0.58333...
    pairs = [("accept", "accept")] * 5 + [("accept", "reject"), ("reject", "accept")] + [("reject", "reject")] * 3
    decisions = [review(f"c{i}", "A", a) for i, (a, _) in enumerate(pairs)]
    decisions += [review(f"c{i}", "B", b) for i, (_, b) in enumerate(pairs)]
    report = agreement_report(decisions)
    assert report.reviewers == ("A", "B")
    assert report.decision.metric == "cohen_kappa" and report.decision.units == 10
    assert report.decision.value == pytest.approx(0.28 / 0.48)
    assert report.decision.observed == pytest.approx(0.8)
    assert [d.case_id for d in report.adjudication] == ["c5", "c6"]
    assert report.adjudication[0].decisions == {"A": "accept", "B": "reject"}
    assert report.pending == ()


def test_kappa_per_label() -> None:
    # Label "hallucination" on 4 cases: A yes,yes,no,no; B yes,no,no,no.
    # p_o = 3/4; P(A yes) = 0.5, P(B yes) = 0.25; p_e = 0.5*0.25 + 0.5*0.75 = 0.5; kappa = 0.25/0.5 = 0.5.
    a = [("hallucination",), ("hallucination",), (), ()]
    b = [("hallucination",), (), (), ()]
    decisions = [review(f"c{i}", "A", "accept", *x) for i, x in enumerate(a)]
    decisions += [review(f"c{i}", "B", "accept", *x) for i, x in enumerate(b)]
    report = agreement_report(decisions, labels=["hallucination", "pii_leak"])
    assert report.labels["hallucination"].value == pytest.approx(0.5)
    assert report.labels["pii_leak"].value is None and report.labels["pii_leak"].observed == 1.0  # nobody used it
    assert report.decision.value is None and report.decision.observed == 1.0  # all accepted: kappa undefined
    [disagreement] = report.adjudication
    assert disagreement.case_id == "c1" and disagreement.on == ("hallucination",)


def test_krippendorff_alpha_beyond_two_reviewers_with_a_missing_review() -> None:
    # c1: a a a   c2: a a r   c3: r r r   c4: a r (C did not review it)
    # Coincidences (each ordered pair of a unit weighted 1/(m_u - 1)):
    #   c1 -> o_aa += 3; c2 -> o_aa += 1, o_ar += 1, o_ra += 1; c3 -> o_rr += 3; c4 -> o_ar += 1, o_ra += 1
    #   o_aa = 4, o_ar = o_ra = 2, o_rr = 3; n_a = 6, n_r = 5, n = 11
    # D_o = (2 + 2) / 11; D_e = 2 * 6 * 5 / (11 * 10) = 6/11; alpha = 1 - (4/11) / (6/11) = 1/3
    rows = {"c1": "aaa", "c2": "aar", "c3": "rrr", "c4": "ar"}
    word = {"a": "accept", "r": "reject"}
    decisions = [
        review(case, reviewer, word[letter])
        for case, letters in rows.items()
        for reviewer, letter in zip("ABC", letters, strict=False)
    ]
    report = agreement_report(decisions, required_reviews=3)
    assert report.decision.metric == "krippendorff_alpha" and report.decision.units == 4
    assert report.decision.value == pytest.approx(1 / 3)
    assert report.decision.observed == pytest.approx(2 / 4)
    assert report.pending == ("c4",)
    assert [d.case_id for d in report.adjudication] == ["c2", "c4"]


def test_only_each_reviewers_latest_decision_counts() -> None:
    decisions = [
        review("c1", "A", "reject", minutes=0),
        review("c1", "A", "accept", minutes=5),
        review("c1", "B", "accept"),
        review("c2", "A", "reject"),
        review("c2", "B", "reject"),
    ]
    report = agreement_report(decisions)
    assert report.adjudication == () and report.decision.value == pytest.approx(1.0)


def test_cases_with_one_review_are_pending_not_units() -> None:
    report = agreement_report([review("c1", "A", "accept"), review("c2", "B", "reject")])
    assert report.pending == ("c1", "c2") and report.decision.units == 0 and report.decision.value is None


def test_perfect_disagreement_is_minus_one() -> None:
    # A: accept, reject; B: reject, accept. p_o = 0, p_e = 0.5*0.5 + 0.5*0.5 = 0.5, kappa = -0.5/0.5 = -1.
    answers = {"c1": {"A": "accept", "B": "reject"}, "c2": {"A": "reject", "B": "accept"}}
    assert figure(["A", "B"], answers).value == pytest.approx(-1.0)


def test_required_reviews_must_be_positive() -> None:
    with pytest.raises(ValueError, match="required_reviews"):
        agreement_report([], required_reviews=0)
