"""Dataset cards: what one version holds, how it was redacted and reviewed, and how it was built.

:func:`build_card` gathers the figures (a :class:`schemas.dataset.DatasetCard`); ``render_card`` in
``_markdown`` prints them. Counts are of cases: a case with two labels counts once under each.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from casegen.datasets._query import FACETS
from casegen.exceptions import DatasetError
from casegen.review import AgreementFigure, agreement_report
from schemas.case import Case, ReviewDecision
from schemas.dataset import (
    AgreementSummary,
    Dataset,
    DatasetCard,
    DatasetVersion,
    RedactionSummary,
    ReviewerAgreement,
    VersionRef,
)

CARD_DIMENSIONS = ("status", "source", "rule", "label", "service", "model", "language")
NONE = "(none)"


def build_card(
    dataset: Dataset,
    version: DatasetVersion,
    cases: Sequence[Case],
    decisions: Iterable[ReviewDecision] = (),
    *,
    history: Sequence[DatasetVersion] = (),
    extra: Mapping[str, Any] | None = None,
) -> DatasetCard:
    """The card of ``version``; ``cases`` are its members at their frozen revisions, ``decisions`` the
    independent reviews recorded for them (others are ignored)."""
    frozen = {(m.case_id, m.revision) for m in version.members}
    given = {(c.id, c.revision) for c in cases}
    if given != frozen:
        raise DatasetError(
            f"dataset {dataset.name} version {version.number}: the card needs exactly the version's member "
            f"revisions ({len(frozen - given)} missing, {len(given - frozen)} not members)"
        )
    members = {c.id for c in cases}
    return DatasetCard(
        dataset=dataset,
        version=version,
        cases=len(cases),
        counts={dimension: _counts(cases, dimension) for dimension in CARD_DIMENSIONS},
        redaction=redaction_summary(cases),
        agreement=_agreement([d for d in decisions if d.case_id in members]),
        history=tuple(VersionRef(number=v.number, id=v.id) for v in sorted(history, key=lambda v: v.number)),
        extra=dict(extra or {}),
    )


def _counts(cases: Sequence[Case], dimension: str) -> dict[str, int]:
    counter: Counter[str] = Counter()
    for case in cases:
        values = FACETS[dimension](case)
        counter.update(values or {NONE})
    return dict(sorted(counter.items(), key=lambda item: (-item[1], item[0])))


def redaction_summary(cases: Iterable[Case]) -> RedactionSummary:
    """Entity types and fields replaced, and the redaction policy versions, over the cases."""
    entities: Counter[str] = Counter()
    fields: Counter[str] = Counter()
    policies: Counter[str] = Counter()
    replaced = without = 0
    for case in cases:
        if not case.redaction:
            without += 1
        any_replaced = False
        for record in case.redaction:
            policies[record.policy_version] += 1
            for path, counts in record.fields.items():
                for entity, count in counts.items():
                    entities[entity] += count
                    fields[path] += count
                    any_replaced = any_replaced or count > 0
        replaced += any_replaced
    return RedactionSummary(
        cases_with_replacements=replaced,
        entity_types=dict(entities.most_common()),
        fields=dict(fields.most_common()),
        policy_versions=dict(policies.most_common()),
        cases_without_record=without,
    )


def _agreement(decisions: list[ReviewDecision]) -> ReviewerAgreement:
    if not decisions:
        return ReviewerAgreement()
    report = agreement_report(decisions, required_reviews=2)
    return ReviewerAgreement(
        reviewers=report.reviewers,
        decision=_summary(report.decision),
        labels={name: _summary(figure) for name, figure in report.labels.items()},
        adjudication=len(report.adjudication),
        single_reviewed=len(report.pending),
    )


def _summary(figure: AgreementFigure) -> AgreementSummary:
    return AgreementSummary(metric=figure.metric, value=figure.value, observed=figure.observed, units=figure.units)
