"""The review queue over stored cases: decisions with optimistic concurrency and double review,
edits and labels, near-duplicate groups decided at once, review sets and their agreement.

::

    outcome = accept_case(session, case_id, by="ana", at=now, revision=3, expected_output="...")
    outcome.state                           # decided | pending (more reviews needed) | disagreement
    decide_group(session, representative_id, by="ana", at=now)
    set_agreement(session, "golden-2025-05").decision.value   # Cohen's kappa / Krippendorff's alpha
"""

from casegen.queue._decide import (
    ReviewOutcome,
    ReviewState,
    accept_case,
    current,
    edit_case,
    label_case,
    reject_case,
    required_reviews,
)
from casegen.queue._groups import MAX_GROUPED, decide_group, load_cases, near_duplicate_groups
from casegen.queue._sets import MAX_REVIEWS, add_to_set, create_review_set, set_agreement
from casegen.queue._views import case_summary, history_entries

__all__ = [
    "MAX_GROUPED",
    "MAX_REVIEWS",
    "ReviewOutcome",
    "ReviewState",
    "accept_case",
    "add_to_set",
    "case_summary",
    "create_review_set",
    "current",
    "decide_group",
    "edit_case",
    "history_entries",
    "label_case",
    "load_cases",
    "near_duplicate_groups",
    "reject_case",
    "required_reviews",
    "set_agreement",
]
