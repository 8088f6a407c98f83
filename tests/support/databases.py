"""Throwaway databases for store tests: a SQLite file, or a PostgreSQL database of its own.

PostgreSQL runs on 127.0.0.1:5432 (trust auth; ``.ci/run`` starts it). Each test gets a fresh
database with a random name, dropped afterwards, so parallel runs never share state. A server
that is not running fails the test: the store must pass on both.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg

PG_ADMIN = os.environ.get("TRACECASE_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
DIALECTS = ("sqlite", "postgresql")


@contextmanager
def postgres_database() -> Iterator[str]:
    name = f"tracecase_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://", 1)
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def database_url(dialect: str, tmp_path: Path) -> Iterator[str]:
    if dialect == "sqlite":
        yield f"sqlite:///{tmp_path / 'tracecase.db'}"
    else:
        with postgres_database() as url:
            yield url
