"""Pieces shared by several commands: policy loading, reading OTLP inputs, redaction."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from schemas import RequiredFieldPolicy
from schemas.errors import ConfigError

if TYPE_CHECKING:
    from ingest.pipeline import FileRun, LoadResult, TraceProcessor
    from redaction import Redactor

F = TypeVar("F", bound=Callable[..., Any])


def policy_option(func: F) -> F:
    """``--policy FILE``: a required-field policy that replaces the default."""
    return click.option(
        "--policy",
        "policy_path",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help="Required-field policy (TOML) replacing the default one.",
    )(func)


def load_policy(path: Path | None) -> RequiredFieldPolicy:
    try:
        return RequiredFieldPolicy.load(path)
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from exc


def load_traces_or_exit(paths: Sequence[Path], policy: RequiredFieldPolicy) -> LoadResult:
    """Decode and assemble; report undecodable input on stderr (reason and location only)."""
    from ingest.pipeline import load_traces

    result = load_traces(paths, policy=policy)
    for error in result.errors:
        click.echo(f"tracecase: skipped {error}", err=True)
    return result


def make_redactor(config_path: Path | None) -> Redactor:
    """The redactor of an ad-hoc command; with the service's placeholder key set (``TRACECASE_REDACTION_KEY``
    or ``TRACECASE_REDACTION_KEY_FILE``) its placeholders equal those the service stores."""
    from redaction import RedactionConfig, Redactor
    from tracecase.settings import Settings

    try:
        config = RedactionConfig.load(config_path)
        key = Settings().redaction_key_bytes()
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from exc
    return Redactor(config, placeholder_key=key)


def process_files_or_exit(paths: Sequence[Path], processor: TraceProcessor) -> FileRun:
    """Run files through the pipeline; report undecodable input and unreadable spans on stderr
    (reason and location only)."""
    from ingest.pipeline import process_files

    run = process_files(paths, processor)
    for error in run.errors:
        click.echo(f"tracecase: skipped {error}", err=True)
    for failure in run.processed.failures:
        click.echo(f"tracecase: skipped part of trace {failure.trace_id}: {failure.reason}", err=True)
    return run
