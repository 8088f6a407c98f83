"""Schema migrations with Alembic: the store upgrades itself, and never runs on a newer schema.

``upgrade(engine)`` brings the schema to the newest revision in ``store/migrations/versions``
(what ``tracecase db upgrade`` and the Kubernetes migration Job run; the embedded SQLite store
does it on open). A database whose revision this release does not know was made by a newer
release: the store refuses it instead of guessing.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.script.revision import ResolutionError
from alembic.util.exc import CommandError
from sqlalchemy import Engine

from store.exceptions import StoreConfigError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(engine: Engine | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "store/migrations has no revision"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_schema(engine: Engine, revision: str = "head") -> None:
    """Apply every migration up to ``revision`` (idempotent: nothing to do at that revision)."""
    check_known(engine)
    command.upgrade(alembic_config(engine), revision)


def check_known(engine: Engine) -> None:
    current = current_revision(engine)
    if current is None:
        return
    try:
        ScriptDirectory.from_config(alembic_config()).get_revision(current)
    except (ResolutionError, CommandError):
        raise StoreConfigError(
            f"db: schema revision {current!r} is unknown to this tracecase release (made by a newer one?); "
            "upgrade tracecase"
        ) from None


def is_current(engine: Engine) -> bool:
    return current_revision(engine) == head_revision()
