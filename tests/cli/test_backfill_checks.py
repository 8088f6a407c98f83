"""``tracecase traces backfill-checks`` (both databases): traces stored without the coverage history
(as by a version before it) get the span checks the ingest hook would have written, bucketed by the
spans' own start times; running it again changes nothing."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from case_feed import agent_trace
from case_store import store_traces
from click.testing import CliRunner

from ingest.validate import CoverageHook
from schemas import RequiredFieldPolicy
from store import CheckCount, TraceStore, check_counts, utcnow
from tracecase.cli import main


def _counts(store: TraceStore) -> list[CheckCount]:
    now = utcnow()
    with store.transaction() as session:
        found = check_counts(session, now - timedelta(days=3650), now + timedelta(days=1))
    return sorted(found, key=repr)


def test_backfill_writes_what_the_hook_writes(db_url: str, tmp_path: Path) -> None:
    traces = [agent_trace(), agent_trace(error=True, service="search"), agent_trace(model="")]
    with_hook = TraceStore(f"sqlite:///{tmp_path / 'hooked.db'}")
    store_traces(with_hook, traces, tmp_path / "a", [CoverageHook(RequiredFieldPolicy.default())])
    expected = _counts(with_hook)
    assert sum(c.spans for c in expected) >= 12 and any(c.missing for c in expected)

    store = TraceStore(db_url)
    store_traces(store, traces, tmp_path / "b")  # no coverage hook: as stored before the history existed
    assert _counts(store) == []
    runner = CliRunner()
    first = runner.invoke(main, ["traces", "backfill-checks", "--db", db_url])
    assert first.exit_code == 0, first.output
    assert f"3 trace(s), {sum(c.spans for c in expected)} span check(s) written" in first.output
    assert _counts(store) == expected
    again = runner.invoke(main, ["traces", "backfill-checks", "--db", db_url])
    assert again.exit_code == 0 and _counts(store) == expected
    later = runner.invoke(main, ["traces", "backfill-checks", "--db", db_url, "--since", "2999-01-01"])
    assert "0 trace(s), 0 span check(s) written" in later.output
    with_hook.close()
    store.close()
