"""Reviewer agreement over a case set: on accept/reject and per label, and the cases to adjudicate.

Figures are chance-corrected: Cohen's kappa (scikit-learn) when exactly two reviewers reviewed the set,
Krippendorff's alpha for nominal data (``krippendorff``) when more did — alpha also copes with cases
that not every reviewer saw. Each reviewer's latest decision per case counts. A figure is ``None``
when it is undefined: fewer than two cases reviewed twice, or every review in the same category
(agreement is then perfect but not distinguishable from chance; ``observed`` still says so).
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

import krippendorff
import numpy as np

from schemas.case import ReviewDecision, ReviewVerdict

Metric = Literal["cohen_kappa", "krippendorff_alpha"]


@dataclass(frozen=True)
class AgreementFigure:
    """Agreement on one question (the decision, or one label's presence)."""

    metric: Metric
    value: float | None
    """Kappa or alpha: 1 is perfect agreement, 0 what chance gives, below 0 worse than chance."""
    observed: float | None
    """Share of units on which every reviewer gave the same answer."""
    units: int
    """Cases reviewed by at least two reviewers (for kappa: by both)."""


@dataclass(frozen=True)
class Disagreement:
    """A case the reviewers disagree on: it goes to the adjudication queue."""

    case_id: str
    on: tuple[str, ...]
    """``decision`` and/or the labels they disagree on."""
    decisions: Mapping[str, ReviewVerdict]
    """Reviewer -> decision."""
    labels: Mapping[str, tuple[str, ...]]
    """Reviewer -> labels."""


@dataclass(frozen=True)
class AgreementReport:
    reviewers: tuple[str, ...]
    required_reviews: int
    decision: AgreementFigure
    labels: Mapping[str, AgreementFigure]
    """Per label: agreement on whether the case has it."""
    adjudication: tuple[Disagreement, ...]
    """Cases with at least two reviews that disagree, by case id."""
    pending: tuple[str, ...]
    """Cases with fewer than ``required_reviews`` reviews, by case id."""


def latest_decisions(decisions: Iterable[ReviewDecision]) -> dict[str, dict[str, ReviewDecision]]:
    """Case id -> reviewer -> that reviewer's latest decision on the case."""
    latest: dict[str, dict[str, ReviewDecision]] = {}
    for decision in decisions:
        mine = latest.setdefault(decision.case_id, {})
        known = mine.get(decision.reviewer)
        if known is None or (decision.at, decision.revision) >= (known.at, known.revision):
            mine[decision.reviewer] = decision
    return latest


def agreement_report(
    decisions: Iterable[ReviewDecision], *, required_reviews: int = 2, labels: Iterable[str] | None = None
) -> AgreementReport:
    """Agreement over every case the decisions are about; ``labels`` default to those any reviewer used."""
    if required_reviews < 1:
        raise ValueError("required_reviews must be at least 1")
    by_case = latest_decisions(decisions)
    reviewers = tuple(sorted({r for mine in by_case.values() for r in mine}))
    label_names = sorted(
        set(labels) if labels is not None else {x for m in by_case.values() for d in m.values() for x in d.labels}
    )
    units = {case: mine for case, mine in sorted(by_case.items()) if len(mine) >= 2}

    decision_figure = figure(reviewers, {c: {r: d.decision for r, d in m.items()} for c, m in units.items()})
    label_figures = {
        name: figure(reviewers, {c: {r: name in d.labels for r, d in m.items()} for c, m in units.items()})
        for name in label_names
    }
    return AgreementReport(
        reviewers=reviewers,
        required_reviews=required_reviews,
        decision=decision_figure,
        labels=label_figures,
        adjudication=tuple(d for case, mine in units.items() if (d := _disagreement(case, mine)) is not None),
        pending=tuple(case for case, mine in sorted(by_case.items()) if len(mine) < required_reviews),
    )


def figure(reviewers: Sequence[str], answers: Mapping[str, Mapping[str, object]]) -> AgreementFigure:
    """Agreement of ``answers`` (case -> reviewer -> answer): kappa for two reviewers, alpha beyond."""
    metric: Metric = "cohen_kappa" if len(reviewers) == 2 else "krippendorff_alpha"
    if metric == "cohen_kappa":
        answers = {c: a for c, a in answers.items() if len(a) == 2}
    observed = sum(len(set(a.values())) == 1 for a in answers.values()) / len(answers) if answers else None
    if len(answers) < 2:
        return AgreementFigure(metric, None, observed, len(answers))
    categories = sorted({str(v) for a in answers.values() for v in a.values()})
    if len(categories) < 2:
        return AgreementFigure(metric, None, observed, len(answers))
    value = _kappa(reviewers, answers) if metric == "cohen_kappa" else _alpha(reviewers, answers, categories)
    return AgreementFigure(metric, value, observed, len(answers))


def _kappa(reviewers: Sequence[str], answers: Mapping[str, Mapping[str, object]]) -> float | None:
    from sklearn.metrics import cohen_kappa_score  # heavy import, only when two reviewers are compared

    first, second = reviewers
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # undefined kappa (0/0) is reported as None
        value = float(
            cohen_kappa_score([str(a[first]) for a in answers.values()], [str(a[second]) for a in answers.values()])
        )
    return value if math.isfinite(value) else None


def _alpha(
    reviewers: Sequence[str], answers: Mapping[str, Mapping[str, object]], categories: Sequence[str]
) -> float | None:
    code = {category: index for index, category in enumerate(categories)}
    matrix = np.full((len(reviewers), len(answers)), np.nan)
    for column, given in enumerate(answers.values()):
        for row, reviewer in enumerate(reviewers):
            if reviewer in given:
                matrix[row, column] = code[str(given[reviewer])]
    value = float(krippendorff.alpha(reliability_data=matrix, level_of_measurement="nominal"))
    return value if math.isfinite(value) else None


def _disagreement(case_id: str, mine: Mapping[str, ReviewDecision]) -> Disagreement | None:
    on: list[str] = []
    if len({d.decision for d in mine.values()}) > 1:
        on.append("decision")
    every_label = sorted({x for d in mine.values() for x in d.labels})
    on.extend(name for name in every_label if not all(name in d.labels for d in mine.values()))
    if not on:
        return None
    return Disagreement(
        case_id=case_id,
        on=tuple(on),
        decisions={r: d.decision for r, d in sorted(mine.items())},
        labels={r: tuple(sorted(d.labels)) for r, d in sorted(mine.items())},
    )
