"""Command-line options for service settings, generated from ``tracecase.settings.Settings``.

An option left out falls back to ``TRACECASE_<NAME>``, then to the ``--config`` file, then to the
default; a bad value from any of them stops the command with a usage error naming the setting.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from schemas.errors import ConfigError
from tracecase.settings import Settings, load_settings

if TYPE_CHECKING:
    from store import TraceStore

F = TypeVar("F", bound=Callable[..., Any])


def settings_options(*names: str) -> Callable[[F], F]:
    """``--config FILE`` plus one option per named setting (``db`` -> ``--db``)."""

    def decorate(func: F) -> F:
        for name in reversed(names):
            func = _option(name)(func)
        return click.option(
            "--config",
            "config",
            type=click.Path(exists=True, dir_okay=False, path_type=Path),
            help="Settings file (TOML; keys are the setting names). Also TRACECASE_CONFIG.",
        )(func)

    return decorate


def _option(name: str) -> Callable[[F], F]:
    field = Settings.model_fields[name]
    flag = "--" + name.replace("_", "-")
    summary = field.description.splitlines()[0] if field.description else ""
    help_text = f"{summary} [env TRACECASE_{name.upper()}]".strip()
    if field.annotation is bool:
        return click.option(f"{flag}/--no-{flag[2:]}", name, default=None, help=help_text)
    return click.option(flag, name, default=None, help=help_text)


def settings_or_exit(options: Mapping[str, Any]) -> Settings:
    config = options.get("config")
    overrides = {key: value for key, value in options.items() if key != "config"}
    try:
        return load_settings(config, **overrides)
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from exc


@contextmanager
def start_up() -> Iterator[None]:
    """Start-up problems (a bad setting, an unreachable or too-new store) end the command with their message."""
    from store import StoreError

    try:
        yield
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from exc
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc


def store_or_exit(options: Mapping[str, Any], *, migrate: bool = True) -> TraceStore:
    """The store the ``--db`` option (or the environment, or ``--config``) names, opened at start-up."""
    from tracecase.service import open_store

    settings = settings_or_exit(options)
    with start_up():
        return open_store(settings, migrate=migrate)
