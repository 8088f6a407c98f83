"""The store's schema: migrations create exactly the tables the models declare, on both databases,
and a database made by a newer release is refused."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlmodel import SQLModel

from store import StoreConfigError, StoreError, StoreUnavailableError, TraceStore, current_revision, head_revision


def test_open_migrates_to_head_and_matches_the_models(db_url: str) -> None:
    store = TraceStore(db_url)
    assert current_revision(store.engine) == head_revision()
    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, SQLModel.metadata) == []
    TraceStore(db_url)  # opening again is a no-op
    store.close()


def test_a_schema_from_a_newer_release_is_refused(db_url: str) -> None:
    store = TraceStore(db_url)
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    store.close()
    with pytest.raises(StoreConfigError, match=r"9999_future.*upgrade tracecase"):
        TraceStore(db_url)


def test_without_migrate_an_old_schema_is_an_error_naming_the_fix(db_url: str) -> None:
    with pytest.raises(StoreError, match="tracecase db upgrade"):
        TraceStore(db_url, migrate=False)


@pytest.mark.parametrize("url", ["mysql://u:secret@h/db", "not a url"])
def test_unsupported_urls_fail_without_echoing_the_password(url: str) -> None:
    with pytest.raises(StoreConfigError) as error:
        TraceStore(url)
    assert "secret" not in str(error.value)


def test_a_database_that_is_down_is_transient_and_hides_the_password() -> None:
    with pytest.raises(StoreUnavailableError) as error:
        TraceStore("postgresql+psycopg://postgres:hunter2@127.0.0.1:1/nowhere")
    assert "hunter2" not in str(error.value)
    assert "127.0.0.1:1" in str(error.value)
