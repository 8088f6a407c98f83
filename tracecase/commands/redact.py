"""``tracecase redact``: try redaction on your own data.

``--format text`` redacts standard input (or ``--input``) as one text. ``--format jsonl`` reads one
JSON object per line and writes it back with its ``text`` field redacted, other fields untouched;
lines are redacted in batches; lines with the same ``trace_id`` share a pseudonym scope.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import IO, Any

import click

_BATCH = 256


@click.command("redact")
@click.option(
    "--input",
    "input_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Read this file instead of standard input.",
)
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl"]), default="text", show_default=True)
@click.option(
    "--config",
    "config_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Redaction settings (TOML); defaults are built in.",
)
def redact(input_path: Path | None, fmt: str, config_path: Path | None) -> None:
    """Redact PII and secrets from text or JSON lines."""
    from tracecase.commands._common import make_redactor

    redactor = make_redactor(config_path)
    out = sys.stdout
    with _open(input_path) as source:
        if fmt == "text":
            out.write(redactor.redact_texts([source.read()])[0])
            return
        for batch in _batches(source):
            # One pseudonym scope per trace_id; lines without one share the batch's anonymous scope.
            by_scope: dict[str, list[int]] = {}
            for i, record in enumerate(batch):
                if isinstance(record.get("text"), str):
                    by_scope.setdefault(str(record.get("trace_id") or ""), []).append(i)
            # All traces of the batch in one call: one NER pass over the batch, not one per trace.
            groups = [(scope, [batch[i]["text"] for i in rows]) for scope, rows in by_scope.items()]
            redacted_groups = redactor.redact_text_groups(groups)
            for rows, redacted in zip(by_scope.values(), redacted_groups, strict=True):
                for i, text in zip(rows, redacted, strict=True):
                    batch[i]["text"] = text
            for record in batch:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")


def _open(path: Path | None) -> AbstractContextManager[IO[str]]:
    # stdin is wrapped so that leaving the block does not close it.
    return path.open(encoding="utf-8") if path else nullcontext(sys.stdin)


def _batches(source: IO[str]) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as exc:
            # The line number only: the line itself may hold the PII being redacted.
            raise click.ClickException(f"line {number}: not valid JSON") from exc
        if not isinstance(record, dict):
            raise click.ClickException(f"line {number}: expected a JSON object")
        batch.append(record)
        if len(batch) >= _BATCH:
            yield batch
            batch = []
    if batch:
        yield batch
