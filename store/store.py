"""``TraceStore``: the database handle every process opens once.

Work happens in short transactions (``with store.transaction() as session:``). Connection loss,
a database that is down, and lock timeouts become :class:`StoreUnavailableError` (transient:
callers retry with backoff); every other database error becomes :class:`StoreError`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlmodel import Session

from store import access_tables, case_tables, flag_tables, tables  # noqa: F401 - registers the tables
from store.engine import make_engine, parse_url, safe_url
from store.exceptions import StoreError, StoreUnavailableError
from store.migrate import is_current, upgrade_schema

logger = logging.getLogger(__name__)


class TraceStore:
    """One database (SQLite file or PostgreSQL), its schema migrated (``migrate=True``) or checked."""

    def __init__(self, url: str, *, migrate: bool = True) -> None:
        self.url = parse_url(url)
        self.engine: Engine = make_engine(url)
        with self._translated("open"):
            if migrate:
                upgrade_schema(self.engine)
            elif not is_current(self.engine):
                raise StoreError(f"database {self.safe_url} is not at the current schema; run `tracecase db upgrade`")

    @property
    def safe_url(self) -> str:
        return safe_url(self.url)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session in one transaction, committed on exit, rolled back on error."""
        with self._translated("transaction"), Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def _translated(self, what: str) -> Iterator[None]:
        try:
            yield
        except OperationalError as exc:
            raise StoreUnavailableError(f"{what} on {self.safe_url} failed: {_reason(exc)}") from exc
        except DBAPIError as exc:
            if exc.connection_invalidated:
                raise StoreUnavailableError(f"{what} on {self.safe_url}: connection lost") from exc
            raise StoreError(f"{what} on {self.safe_url} failed: {_reason(exc)}") from exc
        except SQLAlchemyError as exc:
            raise StoreError(f"{what} on {self.safe_url} failed: {type(exc).__name__}") from exc

    def close(self) -> None:
        self.engine.dispose()


def _reason(exc: DBAPIError) -> str:
    # The driver's own class and first line: e.g. "OperationalError: connection refused". No statement
    # parameters: they hold span content.
    original = exc.orig
    first_line = str(original).strip().splitlines()[0] if original is not None and str(original).strip() else ""
    return f"{type(original).__name__}: {first_line}"[:300]
