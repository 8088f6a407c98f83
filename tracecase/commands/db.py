"""``tracecase db``: schema migrations and retention."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import click

from tracecase.commands._settings import settings_options, settings_or_exit, store_or_exit


@click.group()
def db() -> None:
    """Database schema and retention."""


@db.command()
@settings_options("db")
def upgrade(**options: Any) -> None:
    """Migrate the schema to this release's newest revision (idempotent)."""
    from store import current_revision

    store = store_or_exit(options)
    click.echo(f"{store.safe_url}: schema at revision {current_revision(store.engine)}")


@db.command()
@settings_options("db", "retention_days")
def purge(**options: Any) -> None:
    """Delete traces older than the retention age (``--retention-days``); cases built from them stay."""
    from store import purge_traces, utcnow

    settings = settings_or_exit(options)
    if settings.retention_days is None:
        raise click.UsageError("retention_days: not set (--retention-days or TRACECASE_RETENTION_DAYS)")
    store = store_or_exit(options)
    with store.transaction() as session:
        traces, spans = purge_traces(session, utcnow() - timedelta(days=settings.retention_days))
    click.echo(f"purged {traces} traces and {spans} spans older than {settings.retention_days:g} days")
