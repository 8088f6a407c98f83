"""Errors of the store.

    TracecaseError
    └── StoreError                 the store refused an operation (bad URL, schema too new, ...)
        └── StoreUnavailableError  transient: the database is down or busy; retry with backoff

SQLAlchemy and driver errors are translated here, at the boundary; messages name the database
(without its password) and what to do, never row content.
"""

from __future__ import annotations

from schemas.errors import ConfigError, TracecaseError


class StoreError(TracecaseError):
    """The store cannot do what was asked."""


class StoreUnavailableError(StoreError):
    """The database cannot be reached or is busy: transient, worth retrying."""


class StoreConfigError(StoreError, ConfigError):
    """The database URL or the schema version is unusable; fails at start-up."""


def is_transient(exc: BaseException) -> bool:
    """Worth retrying: the database is unreachable, restarting or busy (also raw SQLAlchemy errors)."""
    from sqlalchemy.exc import DBAPIError, OperationalError

    if isinstance(exc, StoreUnavailableError | OperationalError):
        return True
    return isinstance(exc, DBAPIError) and exc.connection_invalidated
