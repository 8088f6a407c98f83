"""Validation: normalized spans checked against the required-field policy, and the coverage report.

``check_span``/``check_spans`` list the required fields a span lacks (``schemas.Violation``);
``coverage_summary``/``render_coverage`` aggregate those checks per service x instrumentation
scope x span kind, which is how an app team sees what its tracing captures. ``CoverageHook`` keeps each
stored trace's checks so ``coverage_series`` can show the shares over time (the coverage dashboard);
``backfill_checks`` writes them for traces stored before the history was kept.
"""

from ingest.validate.backfill import backfill_checks
from ingest.validate.checks import check_span, check_spans, field_problem
from ingest.validate.coverage import ReportFormat, coverage_summary, render_coverage
from ingest.validate.history import CoverageGroup, CoverageHook, coverage_series

__all__ = [
    "CoverageGroup",
    "CoverageHook",
    "ReportFormat",
    "backfill_checks",
    "check_span",
    "check_spans",
    "coverage_series",
    "coverage_summary",
    "field_problem",
    "render_coverage",
]
