"""The tracing-coverage report: how completely each team's instrumentation captures what evaluation needs.

Rows are grouped by service x instrumentation scope x span kind. For every field the policy
requires of that kind, the report gives the share of spans that carry it, and the most frequent
violations. Then one row per framework detected (instrumentation scope, every service and kind:
``service`` and ``kind`` are ``*``) says which conventions read its spans (``read_by``; ``generic``
alone means no adapter knew them) and how completely (``complete``: the share of all its required
field checks that passed). Computed with polars so it scales to millions of spans.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable
from typing import Any, Literal

import polars as pl

from ingest.validate.checks import field_problem
from schemas.policy import RequiredFieldPolicy
from schemas.span import NormalizedSpan

ReportFormat = Literal["markdown", "json", "csv"]
TOP_VIOLATIONS = 3
ALL = "*"
"""``service`` and ``kind`` of a framework row (every service, every kind)."""
_GROUP = ["service", "scope", "kind"]


def field_checks(spans: Iterable[NormalizedSpan], policy: RequiredFieldPolicy) -> pl.DataFrame:
    """One row per (span, required field): whether the span carries it and, if not, the problem.

    Spans of a kind with no required field still get one row (``field`` null) so they are counted.
    """
    rows: dict[str, list[Any]] = {k: [] for k in [*_GROUP, "span_id", "field", "problem"]}
    for span in spans:
        required = policy.fields_for(span.kind)
        for name in required or (None,):
            rows["service"].append(span.service or "(unknown)")
            rows["scope"].append(span.scope or "(unknown)")
            rows["kind"].append(span.kind)
            rows["span_id"].append(span.span_id)
            rows["field"].append(name)
            rows["problem"].append(None if name is None else field_problem(span, name))
    schema = {k: pl.String for k in rows}
    return pl.DataFrame(rows, schema=schema)


def coverage_summary(spans: Iterable[NormalizedSpan], policy: RequiredFieldPolicy) -> list[dict[str, Any]]:
    """Per service x scope x kind: span count, share of spans carrying each required field, top violations;
    then one row per scope (framework) with the conventions that read its spans and its completeness."""
    spans = list(spans)
    checks = field_checks(spans, policy)
    if checks.is_empty():
        return []
    return [*_group_rows(checks), *_framework_rows(checks, spans)]


def _group_rows(checks: pl.DataFrame) -> list[dict[str, Any]]:
    counts = checks.group_by(_GROUP).agg(pl.col("span_id").n_unique().alias("spans"))
    shares = (
        checks.filter(pl.col("field").is_not_null())
        .group_by([*_GROUP, "field"], maintain_order=True)
        .agg(pl.col("problem").is_null().mean().alias("share"))
    )
    violations = (
        checks.filter(pl.col("problem").is_not_null())
        .group_by([*_GROUP, "field", "problem"])
        .agg(pl.len().alias("count"))
        .sort(["count", "field"], descending=[True, False])
    )
    summary = []
    for group in counts.sort(_GROUP).iter_rows(named=True):
        key = {k: group[k] for k in _GROUP}
        match = pl.all_horizontal([pl.col(k) == v for k, v in key.items()])
        fields = {row["field"]: round(row["share"], 4) for row in shares.filter(match).iter_rows(named=True)}
        top = [
            {"field": row["field"], "problem": row["problem"], "count": row["count"]}
            for row in violations.filter(match).head(TOP_VIOLATIONS).iter_rows(named=True)
        ]
        summary.append({**key, "spans": group["spans"], "fields": fields, "top_violations": top})
    return summary


def _framework_rows(checks: pl.DataFrame, spans: list[NormalizedSpan]) -> list[dict[str, Any]]:
    """One row per instrumentation scope: what read its spans and how completely, over every service and kind."""
    conventions = (
        pl.DataFrame(
            {"scope": [s.scope or "(unknown)" for s in spans], "convention": [s.convention for s in spans]},
            schema={"scope": pl.String, "convention": pl.String},
        )
        .group_by(["scope", "convention"])
        .agg(pl.len().alias("count"))
        .sort(["count", "convention"], descending=[True, False])
    )
    required = checks.filter(pl.col("field").is_not_null())
    rows = []
    for scope in sorted(set(checks["scope"].to_list())):
        mine = checks.filter(pl.col("scope") == scope)
        fields_of = required.filter(pl.col("scope") == scope)
        shares = fields_of.group_by("field", maintain_order=True).agg(pl.col("problem").is_null().mean().alias("share"))
        top = (
            fields_of.filter(pl.col("problem").is_not_null())
            .group_by(["field", "problem"])
            .agg(pl.len().alias("count"))
            .sort(["count", "field"], descending=[True, False])
            .head(TOP_VIOLATIONS)
        )
        complete = fields_of["problem"].is_null().mean() if not fields_of.is_empty() else None
        rows.append(
            {
                "service": ALL,
                "scope": scope,
                "kind": ALL,
                "spans": mine["span_id"].n_unique(),
                "fields": {r["field"]: round(r["share"], 4) for r in shares.iter_rows(named=True)},
                "top_violations": list(top.iter_rows(named=True)),
                "read_by": {
                    r["convention"]: r["count"]
                    for r in conventions.filter(pl.col("scope") == scope).iter_rows(named=True)
                },
                "complete": None if complete is None else round(float(complete), 4),  # type: ignore[arg-type]
            }
        )
    return rows


def render_coverage(summary: list[dict[str, Any]], fmt: ReportFormat) -> str:
    """Render a coverage summary as Markdown (for people), JSON or CSV (for dashboards)."""
    if fmt == "json":
        return json.dumps(summary, indent=2, ensure_ascii=False)
    if fmt == "csv":
        return _long_format(summary).write_csv()
    return _markdown(summary)


def _long_format(summary: list[dict[str, Any]]) -> pl.DataFrame:
    rows = [
        {**{k: g[k] for k in _GROUP}, "spans": g["spans"], "field": name, "share": share}
        for g in summary
        for name, share in (g["fields"].items() or [(None, None)])
    ]
    schema = {
        "service": pl.String,
        "scope": pl.String,
        "kind": pl.String,
        "spans": pl.Int64,
        "field": pl.String,
        "share": pl.Float64,
    }
    return pl.DataFrame(rows, schema=schema)


def _markdown(summary: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    out.write("| service | scope | kind | spans | required fields present | top violations |\n")
    out.write("|---|---|---|---:|---|---|\n")
    for g in (g for g in summary if g["kind"] != ALL):
        fields = ", ".join(f"{name} {share:.0%}" for name, share in g["fields"].items()) or "—"
        top = ", ".join(f"{v['field']} {v['problem']} ×{v['count']}" for v in g["top_violations"]) or "—"
        cells = [g["service"], g["scope"], g["kind"], str(g["spans"]), fields, top]
        out.write("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |\n")
    frameworks = [g for g in summary if g["kind"] == ALL]
    if frameworks:
        out.write("\n| framework (scope) | spans | read by | required fields present | top violations |\n")
        out.write("|---|---:|---|---:|---|\n")
        for g in frameworks:
            read_by = ", ".join(f"{name} ×{count}" for name, count in g["read_by"].items())
            complete = "—" if g["complete"] is None else f"{g['complete']:.0%}"
            top = ", ".join(f"{v['field']} {v['problem']} ×{v['count']}" for v in g["top_violations"]) or "—"
            cells = [g["scope"], str(g["spans"]), read_by, complete, top]
            out.write("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |\n")
    return out.getvalue()
