"""``tracecase serve``: the HTTP API (FastAPI on uvicorn)."""

from __future__ import annotations

from typing import Any

import click

from tracecase.commands._settings import settings_options, settings_or_exit


@click.command()
@settings_options(
    "db",
    "redaction_config",
    "redaction_key",
    "redaction_key_file",
    "rules",
    "taxonomy",
    "flag_ttl_hours",
    "api_max_body_bytes",
    "log_level",
    "log_format",
)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
def serve(host: str, port: int, **options: Any) -> None:
    """Serve the review API: cases, flags, containment sets, tokens (bearer tokens; docs at /docs)."""
    import uvicorn

    from schemas.errors import ConfigError, TracecaseError
    from tracecase.api import create_app
    from tracecase.service import configure_logging, open_store

    settings = settings_or_exit(options)
    configure_logging(settings)
    try:
        app = create_app(settings, open_store(settings))
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from exc
    except TracecaseError as exc:
        raise click.ClickException(str(exc)) from exc
    uvicorn.run(app, host=host, port=port, log_config=None, access_log=False, server_header=False)
