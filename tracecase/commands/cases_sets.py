"""``tracecase cases sets ...`` and ``cases agreement``: review sets needing N reviews, and agreement."""

from __future__ import annotations

from typing import Any

import click

from tracecase.commands._store_command import echo_json, echo_table, opened, store_options, utc_now


def register(group: click.Group) -> None:
    group.add_command(sets)
    group.add_command(agreement)


@click.group()
def sets() -> None:
    """Case sets: review sets (N independent reviews per case) and containment sets."""


@sets.command("create")
@store_options()
@click.argument("name")
@click.option("--required-reviews", type=click.IntRange(1, 10), default=2, show_default=True)
@click.option("--description")
@click.option("--by", required=True)
def create(name: str, required_reviews: int, description: str | None, by: str, **options: Any) -> None:
    """Create a review set."""
    from casegen.queue import create_review_set

    with opened(options) as (_, store), store.transaction() as session:
        create_review_set(
            session, name, required_reviews=required_reviews, by=by, at=utc_now(), description=description
        )
    click.echo(f"case set {name}: {required_reviews} review(s) per case")


@sets.command("add")
@store_options()
@click.argument("name")
@click.argument("case_ids", nargs=-1, required=True)
@click.option("--by", required=True)
def add(name: str, case_ids: tuple[str, ...], by: str, **options: Any) -> None:
    """Add cases to a review set."""
    from casegen.queue import add_to_set

    with opened(options) as (_, store), store.transaction() as session:
        added = add_to_set(session, name, case_ids, by=by, at=utc_now())
    click.echo(f"case set {name}: {len(added)} case(s) added")


@sets.command("list")
@store_options()
def list_sets(**options: Any) -> None:
    """Every case set with its kind, required reviews and size."""
    from casegen.containment import containment_sets, members
    from casegen.persist import list_case_sets, set_members

    with opened(options) as (_, store), store.transaction() as session:
        rows: list[list[Any]] = []
        latest = dict(containment_sets(session))
        for found in list_case_sets(session):
            if found.kind == "containment":
                name = found.name.removeprefix("containment/")
                size = len(members(session, name, latest[name])) if name in latest else 0
            else:
                size = len(set_members(session, found.name))
            rows.append([found.name, found.kind, found.required_reviews, size])
    echo_table(["name", "kind", "reviews", "cases"], rows)


@click.command()
@store_options("taxonomy")
@click.argument("name")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def agreement(name: str, fmt: str, **options: Any) -> None:
    """Reviewer agreement in a review set (Cohen's kappa for two reviewers, Krippendorff's alpha beyond),
    per decision and per label, and the adjudication queue."""
    from dataclasses import asdict

    from casegen.queue import set_agreement

    with opened(options) as (_, store), store.transaction() as session:
        report = set_agreement(session, name)
    if fmt == "json":
        echo_json(asdict(report))
        return
    click.echo(f"reviewers: {', '.join(report.reviewers) or '-'}; {report.required_reviews} review(s) required")
    figures = [["decision", *_figure(report.decision)]]
    figures += [[f"label {label}", *_figure(fig)] for label, fig in report.labels.items()]
    echo_table(["on", "metric", "value", "observed", "cases"], figures)
    click.echo(f"pending (fewer reviews than required): {len(report.pending)}")
    click.echo(f"adjudication queue: {len(report.adjudication)}")
    for item in report.adjudication:
        click.echo(f"  {item.case_id}: disagree on {', '.join(item.on)}")


def _figure(fig: Any) -> list[Any]:
    value = "n/a" if fig.value is None else f"{fig.value:.3f}"
    observed = "n/a" if fig.observed is None else f"{fig.observed:.2f}"
    return [fig.metric, value, observed, fig.units]
