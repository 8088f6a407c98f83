"""Case generation: completed, redacted traces -> candidate evaluation cases -> reviewed cases.

Split by stage:

``casegen.promote``
    Which traces become cases: rules by name from a TOML file (``evaluate_rules``).
``casegen.cases``
    Building a case from a redacted ``schemas.TraceRecord`` and making its revisions (``build_case``,
    ``revise_from_trace``, ``add_sources``, ``diff_cases``). The contract is ``schemas.case``.
``casegen.review``
    Decisions (accept / reject / edit / label / duplicates), the failure taxonomy, near-duplicate groups
    and reviewer agreement.

Everything here is pure library code over the contracts; storage, the CLI and the HTTP API sit on top.
"""

from casegen.exceptions import (
    CaseClaimedError,
    CaseConflictError,
    CasegenError,
    CaseNotFoundError,
    ExpressionError,
    InputError,
    NoChangeError,
    ReviewError,
    RuleConfigError,
    RuleEvaluationError,
    TaxonomyError,
    UnknownRuleError,
)

__all__ = [
    "CaseClaimedError",
    "CaseConflictError",
    "CaseNotFoundError",
    "CasegenError",
    "ExpressionError",
    "InputError",
    "NoChangeError",
    "ReviewError",
    "RuleConfigError",
    "RuleEvaluationError",
    "TaxonomyError",
    "UnknownRuleError",
]
