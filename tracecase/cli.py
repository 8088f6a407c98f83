"""The ``tracecase`` command line."""

from __future__ import annotations

import importlib

import click

from tracecase.runtime import tune_gc

# name -> "module:attribute" of a click command; imported lazily so `tracecase schema`
# does not pay for loading spaCy.
_COMMANDS = {
    "normalize": "tracecase.commands.normalize:normalize",
    "report": "tracecase.commands.report:report",
    "schema": "tracecase.commands.schema:schema",
    "redact": "tracecase.commands.redact:redact",
    "ingest": "tracecase.commands.ingest:ingest",
    "traces": "tracecase.commands.traces:traces",
    "db": "tracecase.commands.db:db",
    "status": "tracecase.commands.status:status",
    "demo": "tracecase.demo:demo",
    "cases": "tracecase.commands.cases:cases",
    "flag": "tracecase.commands.flag:flag",
    "containment": "tracecase.commands.containment:containment",
    "datasets": "tracecase.commands.datasets:datasets",
    "rules": "tracecase.commands.rules:rules",
    "tokens": "tracecase.commands.tokens:tokens",
    "serve": "tracecase.commands.serve:serve",
}


class _LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(_COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = _COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        command = getattr(importlib.import_module(module_name), attr)
        assert isinstance(command, click.Command)
        return command


@click.group(cls=_LazyGroup)
@click.version_option(package_name="tracecase")
def main() -> None:
    """Turn production AI traces into redacted, reviewable evaluation cases."""
    tune_gc()
