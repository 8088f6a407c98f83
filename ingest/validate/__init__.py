"""Validation: normalized spans checked against the required-field policy, and the coverage report.

``check_span``/``check_spans`` list the required fields a span lacks (``schemas.Violation``);
``coverage_summary``/``render_coverage`` aggregate those checks per service x instrumentation
scope x span kind, which is how an app team sees what its tracing captures.
"""

from ingest.validate.checks import check_span, check_spans, field_problem
from ingest.validate.coverage import ReportFormat, coverage_summary, render_coverage

__all__ = ["ReportFormat", "check_span", "check_spans", "coverage_summary", "field_problem", "render_coverage"]
