"""``tracecase traces``: read stored traces (redacted as stored)."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from typing import Any

import click

from tracecase.commands._settings import settings_options, store_or_exit
from tracecase.commands._store_command import opened


@click.group()
def traces() -> None:
    """List, show and export stored traces."""


def _filters(func: Any) -> Any:
    func = click.option("--state", type=click.Choice(["open", "complete"]))(func)
    func = click.option("--service")(func)
    func = click.option("--since", type=click.DateTime(), help="Traces that started at or after (UTC).")(func)
    return click.option("--until", type=click.DateTime(), help="Traces that started before (UTC).")(func)


def _where(options: dict[str, Any]) -> Any:
    """The trace filter from the ``_filters`` options, which it removes from ``options``."""
    from store import TraceFilter

    return TraceFilter(
        state=options.pop("state"),
        service=options.pop("service"),
        since=_utc(options.pop("since")),
        until=_utc(options.pop("until")),
    )


def _utc(value: datetime | None) -> datetime | None:
    """Times given without a zone are UTC."""
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


@traces.command("list")
@settings_options("db")
@_filters
@click.option("--limit", type=click.IntRange(1, 10_000), default=50, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def list_(limit: int, fmt: str, **options: Any) -> None:
    """The newest stored traces."""
    from store import list_traces

    where = _where(options)
    store = store_or_exit(options)
    with store.transaction() as session:
        rows = list_traces(session, where, limit=limit)
    items = [
        {
            "trace_id": r.trace_id,
            "service": r.service,
            "model": r.model,
            "state": r.state,
            "start_time": r.start_time.isoformat() if r.start_time else None,
            "spans": r.span_count,
            "error": r.has_error,
            "revision": r.revision,
        }
        for r in rows
    ]
    if fmt == "json":
        click.echo(json.dumps(items, indent=2))
        return
    click.echo(
        f"{'trace_id':32}  {'state':8}  {'rev':>3}  {'spans':>5}  {'err':3}  {'start (UTC)':25}  service / model"
    )
    for item in items:
        click.echo(
            f"{item['trace_id']}  {item['state']:8}  {item['revision']:>3}  {item['spans']:>5}  "
            f"{'yes' if item['error'] else '':3}  {item['start_time'] or '':25}  {item['service']} / {item['model']}"
        )


@traces.command()
@settings_options("db")
@click.argument("trace_id")
def show(trace_id: str, **options: Any) -> None:
    """One stored trace record, spans included, with its store timestamps."""

    store = store_or_exit(options)
    with store.transaction() as session:
        item = _exported(session, trace_id)
    if item is None:
        raise click.ClickException(f"no stored trace {trace_id}")
    click.echo(json.dumps(item, indent=2, ensure_ascii=False))


@traces.command()
@settings_options("db")
@_filters
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
def export(fmt: str, **options: Any) -> None:
    """Every matching trace as one JSON line: the record ``normalize`` prints, plus the store's fields."""
    from store import iter_traces

    where = _where(options)
    store = store_or_exit(options)
    out = sys.stdout
    with store.transaction() as session:
        for row in iter_traces(session, where):
            item = _exported(session, row.trace_id)
            out.write(json.dumps(item, ensure_ascii=False) + "\n")


def _exported(session: Any, trace_id: str) -> dict[str, Any] | None:
    from store import get_trace, load_record

    row = get_trace(session, trace_id)
    if row is None:
        return None
    record, _ = load_record(session, row)
    item = record.model_dump(mode="json")
    item.update(
        state=row.state,
        revision=row.revision,
        revised=row.revised,
        stored_at=row.first_stored_at.isoformat(),
        updated_at=row.updated_at.isoformat(),
        completed_at=row.completed_at.isoformat() if row.completed_at else None,
    )
    return item


@traces.command("backfill-checks")
@settings_options("db", "policy")
@click.option("--since", type=click.DateTime(), help="Traces that started at or after (UTC).")
@click.option("--until", type=click.DateTime(), help="Traces that started before (UTC).")
def backfill_checks(since: datetime | None, until: datetime | None, **options: Any) -> None:
    """Coverage history for complete traces stored before it was kept (after an upgrade); idempotent."""
    from ingest.validate import backfill_checks as backfill
    from schemas.policy import RequiredFieldPolicy

    with opened(options) as (settings, store):
        policy = RequiredFieldPolicy.load(settings.policy)
        traces, spans = backfill(store, policy, since=_utc(since), until=_utc(until))
    click.echo(f"{traces} trace(s), {spans} span check(s) written")
