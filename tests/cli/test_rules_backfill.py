"""``tracecase rules backfill`` over traces stored without promotion (both databases): the rules of the
``--rules`` file make the cases the stream would have made, facets included; running it again writes
nothing; a bad rules file fails naming the key."""

from __future__ import annotations

from pathlib import Path

from case_feed import agent_trace
from case_store import store_traces
from click.testing import CliRunner

from casegen.cases import case_id_for
from casegen.persist import CaseFilter, list_cases
from store import TraceStore
from tracecase.cli import main

RULES = """
schema_version = 1
[rules.errors]
kind = "error_status"
[rules.search_sample]
kind = "condition"
when = 'service == "search" and "lookup" in tool_names'
"""


def test_backfill_promotes_stored_traces_once(db_url: str, tmp_path: Path) -> None:
    store = TraceStore(db_url)
    failing, searching, plain = agent_trace(error=True), agent_trace(service="search", tool="lookup"), agent_trace()
    store_traces(store, [failing, searching, plain], tmp_path / "otlp")  # no promotion hook
    rules = tmp_path / "rules.toml"
    rules.write_text(RULES)
    runner = CliRunner()
    first = runner.invoke(main, ["rules", "backfill", "--rules", str(rules), "--db", db_url])
    assert first.exit_code == 0, first.output
    assert "3 trace(s) checked, 2 promoted, 2 case revision(s) written" in first.output
    again = runner.invoke(main, ["rules", "backfill", "--rules", str(rules), "--db", db_url])
    assert "3 trace(s) checked, 2 promoted, 0 case revision(s) written" in again.output
    with store.transaction() as session:
        cases = {i.case.id: i.case for i in list_cases(session, CaseFilter()).items}
    assert set(cases) == {case_id_for(failing.trace_id), case_id_for(searching.trace_id)}
    assert cases[case_id_for(searching.trace_id)].provenance.sources[0].rule == "search_sample"  # type: ignore[union-attr]
    listed = runner.invoke(main, ["rules", "list", "--rules", str(rules)])
    assert "search_sample" in listed.output and "condition" in listed.output
    rules.write_text(RULES.replace("when = ", "whenever = "))
    bad = runner.invoke(main, ["rules", "backfill", "--rules", str(rules), "--db", db_url])
    assert bad.exit_code == 2 and "rules.search_sample" in bad.output
    store.close()
