"""``tracecase cases``: the review queue from the command line (reading: list, show, history, groups)."""

from __future__ import annotations

from typing import Any

import click

from tracecase.commands._store_command import echo_json, echo_table, opened, store_options


@click.group()
def cases() -> None:
    """Review candidate cases: list, show, accept, reject, edit, label; near-duplicate groups; review sets."""


@cases.command("list")
@store_options()
@click.option("--status", type=click.Choice(["candidate", "accepted", "rejected", "duplicate"]))
@click.option(
    "--source", type=click.Choice(["rule", "ticket", "containment"]), help="Cases with a source of this kind."
)
@click.option("--service")
@click.option("--model")
@click.option("--label", help="Cases with this review label.")
@click.option("--set", "case_set", help="Cases in this case set (review set or containment/NAME).")
@click.option("--collapse", is_flag=True, help="One line per near-duplicate group (its earliest case), with its size.")
@click.option("--limit", type=click.IntRange(1, 500), default=50, show_default=True)
@click.option("--after", help="Cursor printed after the previous page (table) / in 'next' (use --format json).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def list_command(
    *,
    status: str | None,
    source: str | None,
    service: str | None,
    model: str | None,
    label: str | None,
    case_set: str | None,
    collapse: bool,
    limit: int,
    after: str | None,
    fmt: str,
    **options: Any,
) -> None:
    """List cases, newest first. JSON: a list of case objects (id, trace_id, status, sources, revision...)."""
    from casegen.persist import CaseFilter, list_cases
    from casegen.queue import case_summary

    where = CaseFilter(status=status, source=source, service=service, model=model, label=label, case_set=case_set)
    with opened(options) as (_, store), store.transaction() as session:
        page = list_cases(session, where, limit=limit, after=after, collapse=collapse)
    summaries = [case_summary(item.case, item.group_size) for item in page.items]
    if fmt == "json":
        echo_json(summaries)
        if page.next_cursor:
            click.echo(f"next page: --after {page.next_cursor}", err=True)
        return
    headers = ["id", "status", "rev", "sources", "service", "labels", *(["group"] if collapse else [])]
    rows = [
        [
            s["id"],
            s["status"] + ("*" if s["reopened"] else ""),
            s["revision"],
            ",".join(_source_name(x) for x in s["sources"]),
            s["service"],
            ",".join(s["labels"]),
            *([s["group_size"]] if collapse else []),
        ]
        for s in summaries
    ]
    echo_table(headers, rows)
    if page.next_cursor:
        click.echo(f"more: --after {page.next_cursor}")


def _source_name(source: dict[str, Any]) -> str:
    if source["kind"] == "rule":
        return f"rule:{source['rule']}"
    if source["kind"] == "ticket":
        return f"ticket:{source['ticket_id']}"
    return f"containment:{source['set_name']}@{source['version']}"


@cases.command("show")
@store_options()
@click.argument("case_id")
@click.option("--revision", type=int, help="An earlier revision (default: the current one).")
def show(case_id: str, revision: int | None, **options: Any) -> None:
    """Print a case (JSON): content, metadata, provenance, review, redaction record."""
    from casegen.persist import require_case

    with opened(options) as (_, store), store.transaction() as session:
        case = require_case(session, case_id, revision)
    echo_json(case.model_dump(mode="json"))


@cases.command("history")
@store_options()
@click.argument("case_id")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def history(case_id: str, fmt: str, **options: Any) -> None:
    """Every revision of a case: who made it, when, why, and the fields it changed."""
    from casegen.persist import case_history
    from casegen.queue import history_entries

    with opened(options) as (_, store), store.transaction() as session:
        revisions = case_history(session, case_id)
    if not revisions:
        raise click.ClickException(f"no case {case_id}")
    entries = history_entries(revisions)
    if fmt == "json":
        echo_json(entries)
        return
    rows = [[e["revision"], e["at"], e["author"], e["change"], e["status"], ",".join(e["fields"])] for e in entries]
    echo_table(["rev", "at", "author", "change", "status", "fields"], rows)


@cases.command("groups")
@store_options()
@click.option("--status", default="candidate", show_default=True)
@click.option(
    "--threshold",
    type=click.FloatRange(0, 1, min_open=True),
    default=0.8,
    show_default=True,
    help="MinHash Jaccard similarity at which inputs are near-duplicates.",
)
@click.option("--all", "show_all", is_flag=True, help="Also list groups of one case.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def groups(status: str, threshold: float, show_all: bool, fmt: str, **options: Any) -> None:
    """Near-duplicate groups (same or very similar input), each listed once with its size."""
    from casegen.queue import near_duplicate_groups

    with opened(options) as (_, store), store.transaction() as session:
        found = near_duplicate_groups(session, status=status, threshold=threshold)
    shown = [g for g in found if show_all or g.size > 1]
    if fmt == "json":
        echo_json(
            [{"key": g.key, "representative": g.representative, "size": g.size, "members": g.members} for g in shown]
        )
        return
    echo_table(["representative", "size", "key"], [[g.representative, g.size, g.key] for g in shown])


from tracecase.commands import cases_review, cases_sets  # noqa: E402  (they add their commands to the group)

cases_review.register(cases)
cases_sets.register(cases)
