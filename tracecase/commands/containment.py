"""``tracecase containment``: freeze an incident's traces into versioned case sets, compare versions."""

from __future__ import annotations

from typing import Any

import click

from tracecase.commands._store_command import echo_json, echo_table, opened, parse_time, store_options, utc_now

FIELDS = "service, model, tool, status, rule, convention, feedback"


@click.group()
def containment() -> None:
    """Incident containment sets: every stored trace of a window (and filters), frozen per version."""


@containment.command("create")
@store_options()
@click.argument("name")
@click.option("--since", required=True, help="Window start (ISO 8601; UTC if no zone).")
@click.option("--until", required=True, help="Window end, exclusive.")
@click.option("--where", "where", multiple=True, metavar="FIELD=VALUE", help=f"Repeatable; fields: {FIELDS}.")
@click.option("--by", default="cli", show_default=True, help="Who freezes the set.")
def create(name: str, since: str, until: str, where: tuple[str, ...], by: str, **options: Any) -> None:
    """Freeze the matching traces into the next version of containment/NAME (the same definition as the
    latest version changes nothing)."""
    from casegen.containment import Definition, freeze, parse_filters

    with opened(options) as (_, store):
        start, end = parse_time(since, "--since"), parse_time(until, "--until")
        assert start is not None and end is not None
        definition = Definition(start, end, parse_filters(where))
        with store.transaction() as session:
            result = freeze(session, name, definition, by=by, at=utc_now())
    version = result.version
    state = "frozen" if result.created else "unchanged (same definition as the latest version)"
    click.echo(f"{version.case_set} version {version.version}: {version.trace_count} trace(s), {state}")


@containment.command("diff")
@store_options()
@click.argument("name")
@click.argument("from_version", type=int)
@click.argument("to_version", type=int)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def diff(name: str, from_version: int, to_version: int, fmt: str, **options: Any) -> None:
    """Traces added and removed from version FROM to version TO."""
    from casegen.containment import diff_versions

    with opened(options) as (_, store), store.transaction() as session:
        found = diff_versions(session, name, from_version, to_version)
    if fmt == "json":
        echo_json({"added": found.added, "removed": found.removed})
        return
    for trace_id in found.added:
        click.echo(f"+ {trace_id}")
    for trace_id in found.removed:
        click.echo(f"- {trace_id}")
    click.echo(f"{len(found.added)} added, {len(found.removed)} removed", err=True)


@containment.command("show")
@store_options()
@click.argument("name")
@click.option("--version", type=int, help="Default: every version's definition.")
def show(name: str, version: int | None, **options: Any) -> None:
    """A containment set's versions, or one version's traces and cases (JSON)."""
    from casegen.containment import get_version, members, versions

    with opened(options) as (_, store), store.transaction() as session:
        if version is None:
            echo_json([v.summary() for v in versions(session, name)])
            return
        found = get_version(session, name, version)
        echo_json(
            {**found.summary(), "members": [{"trace_id": t, "case_id": c} for t, c in members(session, name, version)]}
        )


@containment.command("list")
@store_options()
def list_sets(**options: Any) -> None:
    """Every containment set and its latest version."""
    from casegen.containment import containment_sets

    with opened(options) as (_, store), store.transaction() as session:
        echo_table(["name", "latest"], [[f"containment/{n}", v] for n, v in containment_sets(session)])
