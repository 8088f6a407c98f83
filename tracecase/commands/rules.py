"""``tracecase rules``: check the promotion rules, apply them to traces already stored."""

from __future__ import annotations

from typing import Any

import click

from tracecase.commands._settings import settings_options, settings_or_exit
from tracecase.commands._store_command import echo_table, opened, parse_time, store_options


@click.group()
def rules() -> None:
    """Promotion rules: which traces become candidate cases."""


@rules.command("list")
@settings_options("rules")
def list_rules(**options: Any) -> None:
    """The rules in force (the --rules file, else the defaults), checked."""
    from schemas.errors import ConfigError
    from tracecase.service import load_rule_set

    try:
        found = load_rule_set(settings_or_exit(options))
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from exc
    echo_table(["name", "kind", "enabled", "where"], [[r.name, r.kind, r.enabled, r.where] for r in found])


@rules.command("backfill")
@store_options("rules")
@click.option("--since", help="Only traces that started at or after this time (ISO 8601).")
@click.option("--until", help="Only traces that started before this time.")
def backfill(since: str | None, until: str | None, **options: Any) -> None:
    """Apply the rules to stored complete traces: cases for those they promote (idempotent)."""
    from casegen.stream import backfill_rules
    from tracecase.service import load_rule_set

    with opened(options) as (settings, store):
        summary = backfill_rules(
            store, load_rule_set(settings), since=parse_time(since, "--since"), until=parse_time(until, "--until")
        )
    click.echo(
        f"{summary.traces} trace(s) checked, {summary.promoted} promoted, {summary.revisions} case revision(s) written"
    )
