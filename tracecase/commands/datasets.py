"""``tracecase datasets``: named evaluation datasets of cases, immutable content-addressed versions, their
differences and cards, exports for eval frameworks, and imports of the canonical export."""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import Any

import click

from casegen.export import export_formats
from schemas.case import CASE_STATUSES
from tracecase.commands._store_command import echo_json, echo_table, opened, store_options, utc_now

_BY = click.option("--by", default=None, help="Who makes the change (default: the system user name).")
SHORT_ID = 12


def _author(by: str | None) -> str:
    return (by or getpass.getuser()).strip() or "unknown"


@click.group()
def datasets() -> None:
    """Golden, regression and containment sets: versions, diffs, cards, exports."""


@datasets.command()
@store_options()
@click.argument("name")
@click.option(
    "--from-status",
    "statuses",
    multiple=True,
    type=click.Choice(CASE_STATUSES),
    help="Take the cases with this status (repeatable).",
)
@click.option("--where", "where", multiple=True, metavar="FIELD=VALUE", help="Only cases where FIELD is VALUE.")
@click.option("--description", help="The dataset's purpose (shown on its cards).")
@_BY
def create(
    name: str,
    statuses: tuple[str, ...],
    where: tuple[str, ...],
    description: str | None,
    by: str | None,
    **options: Any,
) -> None:
    """Create a dataset, with the cases a query selects (none: add them with `datasets add`).

    FIELD is one of: containment, convention, error, feedback, label, language, model, provider, rule,
    service, source, status, ticket, tool. Several values of one field are alternatives.
    """
    from casegen.datasets import make_query
    from casegen.datasets.persist import add_all, candidate_ids, create_dataset

    author, at = _author(by), utc_now()
    with opened(options) as (_, store), store.transaction() as session:
        query = make_query(statuses, where) if statuses or where else None  # type: ignore[arg-type]
        create_dataset(session, name, description=description, query=query, by=author, at=at)
        selected = candidate_ids(session, query) if query else []
        add_all(session, name, selected, by=author, at=at)
    click.echo(f"dataset {name}: {len(selected)} case(s); freeze them with `tracecase datasets version {name}`")


@datasets.command()
@store_options()
@click.argument("name")
@click.argument("case_ids", nargs=-1, required=True)
@_BY
def add(name: str, case_ids: tuple[str, ...], by: str | None, **options: Any) -> None:
    """Add cases (each at its current revision when the next version is made)."""
    from casegen.datasets.persist import add_cases

    with opened(options) as (_, store), store.transaction() as session:
        added = add_cases(session, name, case_ids, by=_author(by), at=utc_now())
    click.echo(f"dataset {name}: {len(added)} case(s) added, {len(case_ids) - len(added)} already members")


@datasets.command()
@store_options()
@click.argument("name")
@click.argument("case_ids", nargs=-1, required=True)
@_BY
def remove(name: str, case_ids: tuple[str, ...], by: str | None, **options: Any) -> None:
    """Remove cases from the dataset (versions already made keep them)."""
    from casegen.datasets.persist import remove_cases

    with opened(options) as (_, store), store.transaction() as session:
        removed = remove_cases(session, name, case_ids, by=_author(by), at=utc_now())
    click.echo(f"dataset {name}: {len(removed)} case(s) removed")


@datasets.command("list")
@store_options()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def list_command(fmt: str, **options: Any) -> None:
    """Every dataset (containment sets included) with its members and latest version."""
    from casegen.datasets.persist import list_datasets, summarize

    with opened(options) as (_, store), store.transaction() as session:
        summaries = [summarize(session, dataset) for dataset in list_datasets(session)]
    if fmt == "json":
        echo_json([s.as_json() for s in summaries])
        return
    rows = [
        [
            s.dataset.name,
            s.dataset.kind,
            s.members,
            s.versions,
            f"v{s.latest_number} {s.latest_id[:SHORT_ID]}" if s.latest_id else "-",
            s.dataset.description or "",
        ]
        for s in summaries
    ]
    echo_table(["name", "kind", "members", "versions", "latest", "description"], rows)


@datasets.command()
@store_options()
@click.argument("name")
@click.option("--version", "wanted", help="Version number (3, v3) or id (prefix of 6+ characters); default latest.")
@click.option("--format", "fmt", type=click.Choice(["markdown", "json"]), default="markdown", show_default=True)
def show(name: str, wanted: str | None, fmt: str, **options: Any) -> None:
    """A version's dataset card (Markdown) and changelog; a dataset without versions: its summary."""
    from casegen.datasets import render_card, render_changelog
    from casegen.datasets.persist import dataset_card, require_dataset, summarize

    with opened(options) as (_, store), store.transaction() as session:
        summary = summarize(session, require_dataset(session, name))
        card = dataset_card(session, name, wanted) if summary.versions else None
    if card is None:
        if fmt == "json":
            echo_json(summary.as_json())
        else:
            click.echo(f"dataset {name} ({summary.dataset.kind}): {summary.members} member(s), no version yet")
            click.echo(f"freeze one with `tracecase datasets version {name}`")
        return
    if fmt == "json":
        click.echo(card.model_dump_json(indent=2))
        return
    click.echo(render_card(card))
    previous = f"version {card.version.number - 1}" if card.version.number > 1 else "nothing (first version)"
    click.echo(f"## Changelog (against {previous})\n")
    click.echo(render_changelog(card.version.changelog))


@datasets.command()
@store_options()
@click.argument("name")
@click.option("--message", help="What this version is for or what changed.")
@_BY
def version(name: str, message: str | None, by: str | None, **options: Any) -> None:
    """Freeze the current members at their current revisions into an immutable version."""
    from collections import Counter

    from casegen.datasets.persist import freeze_version

    with opened(options) as (_, store), store.transaction() as session:
        result = freeze_version(session, name, by=_author(by), at=utc_now(), message=message)
    made = result.version
    if not result.created:
        click.echo(f"dataset {name}: unchanged since version {made.number} ({made.id})")
        return
    changes = Counter(e.change for e in made.changelog)
    click.echo(
        f"dataset {name} version {made.number}: {made.id} — {len(made.members)} case(s); "
        f"{changes['added']} added, {changes['removed']} removed, {changes['changed']} changed"
    )


@datasets.command()
@store_options()
@click.argument("name")
@click.argument("base")
@click.argument("target")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def diff(name: str, base: str, target: str, fmt: str, **options: Any) -> None:
    """Cases added, removed and changed from version BASE to TARGET, with the changed fields' old and new values."""
    from casegen.datasets import render_diff_table
    from casegen.datasets.persist import compare_versions

    with opened(options) as (_, store), store.transaction() as session:
        found = compare_versions(session, name, base, target)
    if fmt == "json":
        click.echo(found.model_dump_json(indent=2))
    else:
        click.echo(render_diff_table(found), nl=False)


@datasets.command()
@store_options()
@click.argument("name")
@click.option("--version", "wanted", help="Version number or id (prefix); default the latest.")
@click.option("--format", "fmt", required=True, type=click.Choice(export_formats()), help="The export format.")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="File to write.")
def export(name: str, wanted: str | None, fmt: str, out: Path, **options: Any) -> None:
    """Write a version's cases in an eval framework's format (case ids are the same in every format)."""
    from casegen.datasets.persist import load_version, version_records
    from casegen.export import export_documents

    with opened(options) as (_, store):
        with store.transaction() as session:
            chosen = load_version(session, name, wanted)
            records = version_records(session, chosen)
        result = export_documents(records, fmt, out)
    click.echo(
        f"{name} version {chosen.number} ({chosen.id[:SHORT_ID]}): {result.cases} case(s) as {fmt} "
        f"to {out} ({result.bytes / 1e6:.2f} MB)"
    )
    if result.skipped:
        click.echo(f"tracecase: {len(result.skipped)} case(s) left out: {result.skip_reason}", err=True)


@datasets.command("import")
@store_options()
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@click.option("--name", help="Dataset to import into (default: the file name without its suffix).")
@click.option("--description", help="Purpose, when the dataset is new.")
@click.option("--message", help="Message of the version the import makes.")
@_BY
def import_command(
    *,
    path: Path,
    fmt: str,
    name: str | None,
    description: str | None,
    message: str | None,
    by: str | None,
    **options: Any,
) -> None:
    """Read a canonical `jsonl` export back: store its case revisions and freeze them into a version of the
    dataset, whose id is the exporting installation's."""
    from casegen.datasets.persist import import_cases
    from casegen.export import read_jsonl

    target = name or path.name.split(".")[0]
    with opened(options) as (_, store):
        cases = read_jsonl(path)
        with store.transaction() as session:
            result = import_cases(
                session, cases, name=target, by=_author(by), at=utc_now(), message=message, description=description
            )
    made = result.version
    state = "version" if result.created else "unchanged: version"
    click.echo(f"dataset {target} {state} {made.number}: {made.id} — {len(made.members)} case(s)")
