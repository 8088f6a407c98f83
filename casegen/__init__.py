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
``casegen.datasets``
    Named, versioned datasets of cases: content-addressed versions, changelogs, differences, cards.
``casegen.export``
    Dataset exports, one module per format, registered by name (``jsonl``, ``parquet``, ``openai-evals``,
    ``inspect``, ``promptfoo``, ``ragas``), and the canonical ``jsonl`` reader.

Everything here is pure library code over the contracts; storage, the CLI and the HTTP API sit on top.
"""

from casegen.exceptions import (
    CaseClaimedError,
    CaseConflictError,
    CasegenError,
    CaseNotFoundError,
    DatasetError,
    ExportError,
    ExpressionError,
    InputError,
    NoChangeError,
    QueryError,
    ReviewError,
    RuleConfigError,
    RuleEvaluationError,
    TaxonomyError,
    UnknownDatasetError,
    UnknownFormatError,
    UnknownRuleError,
)

__all__ = [
    "CaseClaimedError",
    "CaseConflictError",
    "CaseNotFoundError",
    "CasegenError",
    "DatasetError",
    "ExportError",
    "ExpressionError",
    "InputError",
    "NoChangeError",
    "QueryError",
    "ReviewError",
    "RuleConfigError",
    "RuleEvaluationError",
    "TaxonomyError",
    "UnknownDatasetError",
    "UnknownFormatError",
    "UnknownRuleError",
]
