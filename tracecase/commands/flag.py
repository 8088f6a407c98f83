"""``tracecase flag``: a support ticket asks for a trace to become a case."""

from __future__ import annotations

from typing import Any

import click

from tracecase.commands._store_command import echo_json, opened, store_options, utc_now


@click.command()
@store_options("redaction_config", "redaction_key", "redaction_key_file", "flag_ttl_hours")
@click.argument("trace_id")
@click.option("--ticket", "ticket_id", required=True, help="The help desk's ticket id.")
@click.option("--note", help="What the customer reported (redacted before it is stored).")
@click.option("--by", help="Who flags the trace.")
def flag(trace_id: str, ticket_id: str, note: str | None, by: str | None, **options: Any) -> None:
    """Flag a trace for review: applied at once when the trace is stored complete, otherwise waiting
    for it (expired after --flag-ttl-hours). Several tickets on one trace make one case."""
    from datetime import timedelta

    from casegen.flags import prepare_flag, store_flag
    from casegen.persist import expire_flags
    from tracecase.service import build_redactor

    with opened(options) as (settings, store):
        now = utc_now()
        prepared = prepare_flag(
            trace_id=trace_id,
            ticket_id=ticket_id,
            note=note,
            by=by,
            redactor=build_redactor(settings),
            now=now,
            ttl=timedelta(hours=settings.flag_ttl_hours),
        )
        with store.transaction() as session:
            expire_flags(session, now)
            stored = store_flag(session, prepared, author=by or "cli", now=now)
    echo_json(stored.model_dump(mode="json"))
