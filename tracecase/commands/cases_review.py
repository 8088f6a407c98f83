"""``tracecase cases accept|reject|edit|label|decide-group``: review decisions from the command line.

``--revision N`` makes a change only if the case is still at revision N (exit 3 otherwise: someone
else changed it first). In a review set requiring several reviews, ``accept``/``reject`` record this
reviewer's decision; the case is decided once enough reviewers agree, or by a ``--final`` decision.
"""

from __future__ import annotations

from typing import Any

import click

from tracecase.commands._store_command import echo_json, opened, read_text_argument, store_options, utc_now

_by = click.option("--by", required=True, help="Your name: the author of the revision.")
_revision = click.option("--revision", type=int, help="Refuse (exit 3) unless the case is still at this revision.")


def register(group: click.Group) -> None:
    for command in (accept, reject, edit, label, decide_group):
        group.add_command(command)


def _report(outcome: Any) -> None:
    case = outcome.case
    if outcome.state == "decided":
        click.echo(f"case {case.id}: {case.status} (revision {case.revision})")
    elif outcome.state == "pending":
        click.echo(
            f"case {case.id}: review recorded ({outcome.reviews} of {outcome.required_reviews}); still {case.status}"
        )
    else:
        click.echo(f"case {case.id}: reviewers disagree; in the adjudication queue (decide with --final)")


@click.command()
@store_options("taxonomy")
@click.argument("case_id")
@_by
@click.option("--expected", help="Expected output or reference answer: TEXT or @FILE.")
@click.option("--label", "labels", multiple=True, help="A failure label (repeatable); replaces the case's labels.")
@click.option("--notes", help="Reviewer notes: TEXT or @FILE.")
@_revision
@click.option("--final", is_flag=True, help="Decide now, whatever the review set requires (adjudication).")
def accept(
    *,
    case_id: str,
    by: str,
    expected: str | None,
    labels: tuple[str, ...],
    notes: str | None,
    revision: int | None,
    final: bool,
    **options: Any,
) -> None:
    """Accept a case (optionally with its expected output and labels)."""
    from casegen.queue import accept_case
    from casegen.review import KEEP
    from tracecase.service import load_taxonomy

    expected_text, notes_text = read_text_argument(expected), read_text_argument(notes)
    with opened(options) as (settings, store), store.transaction() as session:
        outcome = accept_case(
            session,
            case_id,
            by=by,
            at=utc_now(),
            revision=revision,
            expected_output=expected_text if expected_text is not None else KEEP,
            labels=list(labels) if labels else None,
            notes=notes_text if notes_text is not None else KEEP,
            taxonomy=load_taxonomy(settings),
            final=final,
        )
    _report(outcome)


@click.command()
@store_options()
@click.argument("case_id")
@_by
@click.option("--reason", required=True, help="Why the case is rejected.")
@_revision
@click.option("--final", is_flag=True, help="Decide now, whatever the review set requires (adjudication).")
def reject(case_id: str, by: str, reason: str, revision: int | None, final: bool, **options: Any) -> None:
    """Reject a case, with the reason."""
    from casegen.queue import reject_case

    with opened(options) as (_, store), store.transaction() as session:
        outcome = reject_case(session, case_id, by=by, at=utc_now(), reason=reason, revision=revision, final=final)
    _report(outcome)


@click.command()
@store_options()
@click.argument("case_id")
@_by
@click.option("--expected", help="New expected output: TEXT or @FILE ('' clears it).")
@click.option("--notes", help="New notes: TEXT or @FILE ('' clears them).")
@_revision
def edit(case_id: str, by: str, expected: str | None, notes: str | None, revision: int | None, **options: Any) -> None:
    """Change a case's expected output and/or notes (its status stays)."""
    from casegen.queue import edit_case
    from casegen.review import KEEP

    if expected is None and notes is None:
        raise click.UsageError("give --expected and/or --notes")
    expected_text, notes_text = read_text_argument(expected), read_text_argument(notes)
    with opened(options) as (_, store), store.transaction() as session:
        case = edit_case(
            session,
            case_id,
            by=by,
            at=utc_now(),
            revision=revision,
            expected_output=KEEP if expected_text is None else (expected_text or None),
            notes=KEEP if notes_text is None else (notes_text or None),
        )
    click.echo(f"case {case.id}: edited (revision {case.revision})")


@click.command()
@store_options("taxonomy")
@click.argument("case_id")
@click.argument("labels", nargs=-1, required=True)
@_by
@click.option("--replace", is_flag=True, help="Make these the case's labels (default: add them).")
@_revision
def label(case_id: str, labels: tuple[str, ...], by: str, replace: bool, revision: int | None, **options: Any) -> None:
    """Add failure-taxonomy labels to a case."""
    from casegen.queue import label_case
    from tracecase.service import load_taxonomy

    with opened(options) as (settings, store), store.transaction() as session:
        case = label_case(
            session,
            case_id,
            labels,
            by=by,
            at=utc_now(),
            revision=revision,
            replace=replace,
            taxonomy=load_taxonomy(settings),
        )
    click.echo(f"case {case.id}: labels {', '.join(case.review.labels)} (revision {case.revision})")


@click.command("decide-group")
@store_options()
@click.argument("representative_id")
@_by
@click.option("--threshold", type=click.FloatRange(0, 1, min_open=True), default=0.8, show_default=True)
def decide_group(representative_id: str, by: str, threshold: float, **options: Any) -> None:
    """Give every candidate of a near-duplicate group the decision of its (decided) representative."""
    from casegen.queue import decide_group as decide

    with opened(options) as (_, store), store.transaction() as session:
        decided = decide(session, representative_id, by=by, at=utc_now(), threshold=threshold)
    echo_json([{"id": case.id, "status": case.status, "revision": case.revision} for case in decided])
