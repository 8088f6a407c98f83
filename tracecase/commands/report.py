"""``tracecase report coverage``: how completely each team's tracing captures what evaluation needs."""

from __future__ import annotations

from pathlib import Path

import click

from ingest.validate import ReportFormat, coverage_summary, render_coverage
from tracecase.commands._common import load_policy, load_traces_or_exit, policy_option


@click.group()
def report() -> None:
    """Reports over OTLP inputs."""


@report.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["markdown", "json", "csv"]), default="markdown", show_default=True)
@policy_option
def coverage(paths: tuple[Path, ...], fmt: ReportFormat, policy_path: Path | None) -> None:
    """Per service x instrumentation scope x span kind: span count, share of spans carrying each
    required field, and the most frequent violations; then one row per framework (instrumentation
    scope): which conventions read its spans and the share of its required fields present."""
    policy = load_policy(policy_path)
    result = load_traces_or_exit(paths, policy)
    spans = [span for trace in result.traces for span in trace.spans]
    click.echo(render_coverage(coverage_summary(spans, policy), fmt), nl=False)
