"""Migration 0002 on a database at 0001 that holds spans and traces stored by the real pipeline: the
data stays intact and every trace's facets are backfilled by the migration itself (both databases)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from case_feed import agent_trace
from case_store import store_traces
from sqlalchemy import inspect, text

from store import TraceStore, current_revision, head_revision, trace_facets
from store.migrate import alembic_config, upgrade_schema


def _dump(store: TraceStore, table: str) -> list[tuple]:  # type: ignore[type-arg]
    with store.engine.connect() as connection:
        return sorted(tuple(row) for row in connection.execute(text(f"SELECT * FROM {table}")))


def test_upgrade_from_0001_keeps_the_data_and_backfills_facets(db_url: str, tmp_path: Path) -> None:
    traces = [
        agent_trace(error=True, service="checkout", tool="refund"),
        agent_trace(feedback="negative", model="gpt-4o"),
        agent_trace(),
    ]
    store = TraceStore(db_url)
    store_traces(store, traces, tmp_path / "otlp")
    # Back to 0001: the case tables go, the spans and traces the pipeline stored stay.
    command.downgrade(alembic_config(store.engine), "0001")
    assert current_revision(store.engine) == "0001"
    assert "trace_facets" not in inspect(store.engine).get_table_names()
    spans, stored = _dump(store, "spans"), _dump(store, "traces")
    assert len(stored) == 3 and len(spans) == 3 * 4

    upgrade_schema(store.engine)

    assert current_revision(store.engine) == head_revision()
    assert _dump(store, "spans") == spans
    assert _dump(store, "traces") == stored
    with store.engine.connect() as connection:
        rows = connection.execute(text("SELECT trace_id, name, value FROM trace_facets")).all()
    facets: dict[str, set[tuple[str, str]]] = {}
    for trace_id, name, value in rows:
        facets.setdefault(trace_id, set()).add((name, value))
    assert set(facets) == {t.trace_id for t in traces}
    first, second, third = (facets[t.trace_id] for t in traces)
    assert {("status", "error"), ("service", "checkout"), ("tool", "refund"), ("convention", "otel_genai")} <= first
    assert {("status", "ok"), ("feedback", "negative"), ("model", "gpt-4o")} <= second
    assert ("feedback", "negative") not in third and ("status", "ok") in third
    # The backfill computed exactly what the promotion hook writes for new traces.
    from casegen.persist import load_trace

    with store.transaction() as session:
        for trace in traces:
            stored_trace = load_trace(session, trace.trace_id)
            assert stored_trace is not None
            assert facets[trace.trace_id] == trace_facets(stored_trace.record)
    store.close()


def test_facets_follow_a_revised_trace(db_url: str, tmp_path: Path) -> None:
    from casegen.stream import PromotionHook

    store = TraceStore(db_url)
    trace = agent_trace(error=True, tool="refund")
    store_traces(store, [trace], tmp_path / "first", hooks=[PromotionHook()], late=True)

    def facets() -> set[tuple[str, str]]:
        with store.engine.connect() as connection:
            query = text("SELECT name, value FROM trace_facets WHERE trace_id = :t")
            return {(n, v) for n, v in connection.execute(query, {"t": trace.trace_id})}

    before = facets()
    assert {("rule", "errors"), ("tool", "refund"), ("model", "gpt-4o-mini")} <= before
    store_traces(store, [trace], tmp_path / "late", hooks=[PromotionHook()])  # the late span: a revision
    after = facets()
    assert after == before  # same values: nothing duplicated, nothing lost
    store.close()
