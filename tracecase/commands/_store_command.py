"""Shared by the case commands: settings and store from ``--db``/``--config``, errors as exit messages,
JSON and table output."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar

import click
import orjson

from schemas.errors import ConfigError, TracecaseError
from tracecase.commands._settings import settings_options, settings_or_exit
from tracecase.settings import Settings

if TYPE_CHECKING:
    from store import TraceStore

F = TypeVar("F", bound=Callable[..., Any])
CONFLICT_EXIT = 3
"""Exit status when a case changed since the revision the command was given (``--revision``)."""


def store_options(*extra: str) -> Callable[[F], F]:
    """``--db``, ``--config`` and the named extra settings."""
    return settings_options("db", *extra)


@contextmanager
def opened(options: Mapping[str, Any]) -> Iterator[tuple[Settings, TraceStore]]:
    """Settings and the store; tracecase errors leave as a one-line message (conflicts: exit 3)."""
    from casegen.exceptions import CaseConflictError
    from tracecase.service import open_store

    settings = settings_or_exit(options)
    try:
        store = open_store(settings)
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from exc
    except TracecaseError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        yield settings, store
    except CaseConflictError as exc:
        click.echo(f"tracecase: {exc}", err=True)
        raise SystemExit(CONFLICT_EXIT) from exc
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from exc
    except TracecaseError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        store.close()


def utc_now() -> datetime:
    return datetime.now(UTC)


def parse_time(value: str | None, option: str) -> datetime | None:
    """ISO 8601; a time without a zone is read as UTC."""
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00") if value.endswith("Z") else value)
    except ValueError as exc:
        raise click.BadParameter(
            f"{value!r} is not an ISO 8601 time (2025-05-01T09:00:00Z)", param_hint=option
        ) from exc
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def echo_json(value: Any) -> None:
    click.echo(orjson.dumps(value, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS).decode())


def echo_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    cells = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [max([len(h), *(len(row[i]) for row in cells)]) for i, h in enumerate(headers)]
    click.echo("  ".join(h.upper().ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for row in cells:
        click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())


def read_text_argument(value: str | None) -> str | None:
    """``TEXT``, or ``@FILE`` for the contents of FILE."""
    if value is None or not value.startswith("@"):
        return value
    try:
        with open(value[1:], encoding="utf-8") as handle:
            return handle.read()
    except OSError as exc:
        raise click.BadParameter(f"cannot read {value[1:]}: {exc.strerror}") from exc
