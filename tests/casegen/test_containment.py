"""Incident containment sets on stored traces (both databases): a window and facet filters frozen into
numbered versions; a changed definition makes the next version, the same one changes nothing; late
traces never change a frozen version; diff lists added and removed traces; the CLI does the same."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from case_feed import agent_trace
from case_store import store_traces
from click.testing import CliRunner

from casegen.cases import case_id_for
from casegen.containment import Definition, diff_versions, freeze, members, parse_filters, preview
from casegen.exceptions import InputError
from casegen.persist import CaseFilter, get_case, list_cases
from casegen.stream import PromotionHook
from store import TraceStore, get_trace, utcnow
from tracecase.cli import main


def _window(store: TraceStore, trace_ids: list[str]) -> tuple:  # type: ignore[type-arg]
    with store.transaction() as session:
        starts = [get_trace(session, t).start_time for t in trace_ids]  # type: ignore[union-attr]
    return min(starts) - timedelta(minutes=1), max(starts) + timedelta(minutes=1)  # type: ignore[operator]


def test_versions_freeze_what_matches_and_late_traces_do_not_change_them(db_url: str, tmp_path: Path) -> None:
    store = TraceStore(db_url)
    refund_error = agent_trace(error=True, service="checkout", tool="refund")
    refund_ok = agent_trace(service="checkout", tool="refund")
    other = agent_trace(service="search", tool="lookup")
    store_traces(store, [refund_error, refund_ok, other], tmp_path / "a", hooks=[PromotionHook()])
    since, until = _window(store, [refund_error.trace_id, refund_ok.trace_id, other.trace_id])
    now = utcnow()

    with store.transaction() as session:
        v1 = freeze(
            session, "refund-outage", Definition(since, until, parse_filters(["tool=refund"])), by="rita", at=now
        )
        again = freeze(
            session, "refund-outage", Definition(since, until, parse_filters(["tool_name=refund"])), by="rita", at=now
        )
        count, sample = preview(session, Definition(since, until, parse_filters(["service=checkout", "status=error"])))
    assert v1.created and v1.version.version == 1 and v1.version.trace_count == 2
    assert not again.created and again.version.version == 1
    assert (count, sample) == (1, [refund_error.trace_id])

    # Every member has a case; the one without a rule-made case got one with a containment source.
    with store.transaction() as session:
        made = get_case(session, case_id_for(refund_ok.trace_id))
        promoted = get_case(session, case_id_for(refund_error.trace_id))
        assert made is not None and [s.kind for s in made.provenance.sources] == ["containment"]
        assert promoted is not None and [s.kind for s in promoted.provenance.sources] == ["rule", "containment"]
        contained = list_cases(session, CaseFilter(source="containment", case_set="containment/refund-outage"))
        assert {i.case.provenance.trace_id for i in contained.items} == {refund_error.trace_id, refund_ok.trace_id}

    # A matching trace stored late: version 1 keeps its two traces; the next version has it.
    late = agent_trace(service="checkout", tool="refund", error=True)
    store_traces(store, [late], tmp_path / "b", hooks=[PromotionHook()])
    _, late_until = _window(store, [late.trace_id])
    with store.transaction() as session:
        v2 = freeze(
            session,
            "refund-outage",
            Definition(since, max(until, late_until), parse_filters(["tool=refund", "status=error"])),
            by="rita",
            at=now,
        )
        assert [t for t, _ in members(session, "refund-outage", 1)] == sorted(
            [refund_error.trace_id, refund_ok.trace_id]
        )
        diff = diff_versions(session, "refund-outage", 1, 2)
    assert v2.version.version == 2
    assert diff.added == [late.trace_id] and diff.removed == [refund_ok.trace_id]

    result = CliRunner().invoke(main, ["containment", "diff", "refund-outage", "1", "2", "--db", db_url])
    assert result.exit_code == 0, result.output
    assert f"+ {late.trace_id}" in result.output and f"- {refund_ok.trace_id}" in result.output
    store.close()


def test_the_cli_freezes_a_version_and_names_bad_filters(db_url: str, tmp_path: Path) -> None:
    store = TraceStore(db_url)
    trace = agent_trace(model="gpt-4o", feedback="negative")
    store_traces(store, [trace], tmp_path / "a", hooks=[PromotionHook()])
    since, until = _window(store, [trace.trace_id])
    args = [
        "containment",
        "create",
        "bad-answers",
        "--since",
        since.isoformat(),
        "--until",
        until.isoformat(),
        "--where",
        "model=gpt-4o",
        "--where",
        "rule=negative_feedback",
        "--where",
        "feedback=negative",
        "--db",
        db_url,
    ]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "containment/bad-answers version 1: 1 trace(s), frozen" in result.output
    bad = CliRunner().invoke(main, [*args[:7], "--where", "colour=red", "--db", db_url])
    assert bad.exit_code != 0 and "unknown field 'colour'" in bad.output
    with pytest.raises(InputError, match="until: must be after since"):
        Definition(until, since)
    store.close()
