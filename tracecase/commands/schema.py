"""``tracecase schema``: the JSON Schema of tracecase's records."""

from __future__ import annotations

import json

import click
from pydantic import BaseModel

from schemas import NormalizedSpan, TraceRecord

_MODELS: dict[str, type[BaseModel]] = {"trace": TraceRecord, "span": NormalizedSpan}


@click.command()
@click.argument("record", type=click.Choice(sorted(_MODELS)), default="trace")
def schema(record: str) -> None:
    """Print the JSON Schema of a record type (default: the trace record, which embeds the span)."""
    click.echo(json.dumps(_MODELS[record].model_json_schema(), indent=2))
