"""Review: decisions on cases, the failure taxonomy, near-duplicate groups and reviewer agreement.

::

    accepted = accept(case, by="ana", at=now, expected_output="...", labels=["hallucination"])
    groups = group_near_duplicates(candidates)             # one group per input, with its size
    apply_group_decision(accepted, others_in_group, by="ana", at=now)
    report = agreement_report(decisions, required_reviews=2)   # kappa / alpha, adjudication queue
"""

from casegen.review._actions import (
    KEEP,
    Keep,
    accept,
    apply_group_decision,
    edit,
    label,
    mark_duplicate,
    reject,
)
from casegen.review._agreement import (
    AgreementFigure,
    AgreementReport,
    Disagreement,
    agreement_report,
    figure,
    latest_decisions,
)
from casegen.review._duplicates import DuplicateGroup, group_near_duplicates
from casegen.review._taxonomy import Taxonomy, default_taxonomy

__all__ = [
    "KEEP",
    "AgreementFigure",
    "AgreementReport",
    "Disagreement",
    "DuplicateGroup",
    "Keep",
    "Taxonomy",
    "accept",
    "agreement_report",
    "apply_group_decision",
    "default_taxonomy",
    "edit",
    "figure",
    "group_near_duplicates",
    "label",
    "latest_decisions",
    "mark_duplicate",
    "reject",
]
