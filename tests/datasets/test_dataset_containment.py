"""An incident containment set is a dataset too (``containment/NAME``), on both databases: its members are
the cases of the set's latest containment version; versioning it freezes their revisions."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from case_feed import agent_trace
from case_store import store_traces
from click.testing import CliRunner

from casegen import DatasetError
from casegen.cases import case_id_for
from casegen.containment import Definition, freeze, parse_filters
from casegen.datasets.persist import add_cases, freeze_version, list_datasets, membership, require_dataset
from casegen.persist import get_case, save_case
from casegen.review import accept
from store import TraceStore, get_trace, utcnow
from tracecase.cli import main


def test_containment_sets_appear_as_datasets_and_version_like_them(db_url: str, tmp_path: Path) -> None:
    store = TraceStore(db_url)
    first, second = agent_trace(error=True, tool="refund"), agent_trace(tool="refund")
    store_traces(store, [first, second], tmp_path / "traces")
    with store.transaction() as session:
        starts = [get_trace(session, t.trace_id).start_time for t in (first, second)]  # type: ignore[union-attr]
        window = Definition(min(starts) - timedelta(minutes=1), max(starts) + timedelta(minutes=1), parse_filters([]))  # type: ignore[operator]
        freeze(session, "refund-outage", window, by="rita", at=utcnow())
        names = [d.name for d in list_datasets(session)]
        dataset = require_dataset(session, "containment/refund-outage")
        members = membership(session, dataset)
    assert "containment/refund-outage" in names and dataset.kind == "containment"
    assert members.case_ids == sorted([case_id_for(first.trace_id), case_id_for(second.trace_id)])
    assert set(members.added_by.values()) == {"rita"}

    with store.transaction() as session:
        v1 = freeze_version(session, "containment/refund-outage", by="rita", at=utcnow()).version
        case = get_case(session, case_id_for(first.trace_id))
        assert case is not None
        save_case(session, accept(case, by="ana", at=utcnow(), expected_output="We are looking into it."))
        v2 = freeze_version(session, "containment/refund-outage", by="rita", at=utcnow()).version
        with pytest.raises(DatasetError, match="use `tracecase containment create`"):
            add_cases(session, "containment/refund-outage", [case.id], by="ana", at=utcnow())
    assert v1.number == 1 and len(v1.members) == 2 and {e.authors for e in v1.changelog} == {("rita",)}
    assert [(e.case_id, e.change, e.authors) for e in v2.changelog] == [(case.id, "changed", ("ana",))]

    shown = CliRunner().invoke(main, ["datasets", "list", "--db", db_url])
    assert shown.exit_code == 0, shown.output
    assert "containment/refund-outage  containment" in shown.output
    store.close()
