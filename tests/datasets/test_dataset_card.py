"""Dataset cards from reviewed cases of real redacted traces: figures that match the cases, reviewer agreement
as casegen.review computes it, a redaction summary that names entity types and never a replaced value."""

from __future__ import annotations

from collections import Counter

import pytest
from dataset_cases import CANARIES, CANARY_TRACE, T0, decisions_for, reviewed_cases

from casegen import DatasetError
from casegen.datasets import RevisionHistory, build_card, make_query, make_version, member_of, render_card
from casegen.review import agreement_report
from schemas import RedactionRecord
from schemas.case import Case
from schemas.dataset import Dataset


def _with_field_records(cases: tuple[Case, ...]) -> list[Case]:
    """The canary case with a per-field redaction record, as the reworked redaction engine writes them."""
    record = RedactionRecord(
        policy_version="policy-2",
        fields={"content.input.messages": {"PERSON": 1, "EMAIL_ADDRESS": 1, "PHONE_NUMBER": 1}},
    )
    return [
        c.model_copy(update={"redaction": (*c.redaction, record)}) if c.provenance.trace_id == CANARY_TRACE else c
        for c in cases
    ]


def test_the_card_counts_what_the_version_holds() -> None:
    cases = _with_field_records(reviewed_cases())
    dataset = Dataset(
        name="golden",
        description="Checkout answers that must not regress.",
        query=make_query(["accepted", "candidate", "rejected"], ["language=en"]),
        created_by="ana",
        created_at=T0,
    )
    version = make_version("golden", map(member_of, cases), RevisionHistory.of(cases), previous=None, by="ana", at=T0)
    decisions = decisions_for(tuple(cases))
    card = build_card(dataset, version, cases, decisions, history=[version], extra={"tracecase": "0.1.0"})

    assert card.cases == len(cases)
    assert card.counts["status"] == dict(Counter(c.status for c in cases).most_common())
    assert sum(card.counts["service"].values()) == len(cases)
    assert card.counts["label"].get("other") == sum("other" in c.review.labels for c in cases)
    assert card.counts["source"]["ticket"] == sum(any(s.kind == "ticket" for s in c.provenance.sources) for c in cases)

    assert card.redaction.cases_with_replacements == 1
    assert card.redaction.entity_types == {"PERSON": 1, "EMAIL_ADDRESS": 1, "PHONE_NUMBER": 1}
    assert card.redaction.policy_versions["policy-2"] == 1
    assert sum(card.redaction.policy_versions.values()) == len(cases) + 1

    expected = agreement_report(decisions, required_reviews=2)
    assert card.agreement.reviewers == ("ana", "ben")
    assert card.agreement.decision is not None and card.agreement.decision.value == expected.decision.value
    assert card.agreement.labels["hallucination"].value == expected.labels["hallucination"].value
    assert card.agreement.adjudication == len(expected.adjudication) > 0

    text = render_card(card)
    for heading in (
        "# golden — version 1",
        "## Purpose",
        "## Contents",
        "## Redaction",
        "## Reviewer agreement",
        "## How it was built",
    ):
        assert heading in text
    assert "Checkout answers that must not regress." in text and version.id in text
    assert (
        "| EMAIL_ADDRESS" in text and "Cohen's kappa" in text and "language=en" in text and "tracecase: 0.1.0" in text
    )
    assert not any(canary in text for canary in CANARIES)


def test_a_card_without_reviews_or_records_says_so() -> None:
    cases = [c.model_copy(update={"redaction": ()}) for c in reviewed_cases()[:3]]
    dataset = Dataset(name="small", created_by="ana", created_at=T0)
    version = make_version("small", map(member_of, cases), RevisionHistory.of(cases), previous=None, by="ana", at=T0)
    text = render_card(build_card(dataset, version, cases))
    assert "No independent review decisions" in text and "3 cases carry no redaction record" in text
    assert "No purpose recorded" in text and "added by hand" in text


def test_the_card_needs_exactly_the_member_revisions() -> None:
    cases = list(reviewed_cases()[:3])
    dataset = Dataset(name="small", created_by="ana", created_at=T0)
    version = make_version("small", map(member_of, cases), RevisionHistory.of(cases), previous=None, by="ana", at=T0)
    with pytest.raises(DatasetError, match="1 missing"):
        build_card(dataset, version, cases[:2])
