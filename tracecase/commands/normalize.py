"""``tracecase normalize``: OTLP files in, one (redacted) trace record per line out."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from tracecase.commands._common import load_policy, make_redactor, policy_option, process_files_or_exit


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=True, path_type=Path))
@click.option("--raw", is_flag=True, help="Skip PII/secret redaction (the output then holds raw span content).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "pretty"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one trace record per line; pretty: indented JSON.",
)
@policy_option
@click.option(
    "--redaction-config",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Redaction settings (TOML); defaults are built in.",
)
def normalize(
    paths: tuple[Path, ...], raw: bool, fmt: str, policy_path: Path | None, redaction_config: Path | None
) -> None:
    """Read OTLP span/log files (.pb/.bin/.json/.jsonl, optionally .gz; directories are walked) and print
    one trace record per trace, sorted by trace id.

    A trace's spans may be spread over many files in any order. Output is redacted unless --raw is given.
    Files that cannot be decoded are reported on stderr (reason and location, never content); the exit
    status is then 1, after every good trace has been printed.
    """
    from ingest.pipeline import TraceProcessor

    policy = load_policy(policy_path)
    redactor = None if raw else make_redactor(redaction_config)
    run = process_files_or_exit(paths, TraceProcessor(policy, redactor))
    indent = 2 if fmt == "pretty" else None
    out = sys.stdout
    for trace in run.processed.records:
        out.write(trace.model_dump_json(indent=indent))
        out.write("\n")
    if run.errors or run.processed.failures:
        sys.exit(1)
