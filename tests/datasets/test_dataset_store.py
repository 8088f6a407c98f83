"""Datasets in the store, on SQLite and PostgreSQL: membership from a query, versions whose ids are the
content hash of the stored revisions, immutability when cases change later, changelogs with authors,
field-level diffs, containment sets as datasets, and imports that reproduce a version id elsewhere."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from dataset_cases import T0, store_reviewed_cases

from casegen import DatasetError, ExportError, UnknownDatasetError
from casegen.datasets import case_matches, make_query, member_of, version_id
from casegen.datasets.persist import (
    add_all,
    add_cases,
    candidate_ids,
    compare_versions,
    create_dataset,
    dataset_card,
    freeze_version,
    import_cases,
    list_candidates,
    list_datasets,
    load_version,
    remove_cases,
    version_cases,
)
from casegen.export import export_cases, read_jsonl
from casegen.persist import get_case, save_case
from casegen.review import edit
from store import TraceStore

LATER = T0 + timedelta(days=1)


def _golden(store: TraceStore) -> tuple[list, list]:  # type: ignore[type-arg]
    cases = store_reviewed_cases(store)
    query = make_query(["accepted"], ["language=en"])
    with store.transaction() as session:
        create_dataset(session, "golden", description="Must not regress.", query=query, by="ana", at=T0)
        add_all(session, "golden", candidate_ids(session, query), by="ana", at=T0)
    return cases, [c for c in cases if case_matches(c, query)]


def test_a_version_freezes_the_query_s_cases_under_their_content_hash(db_url: str) -> None:
    store = TraceStore(db_url)
    cases, selected = _golden(store)
    assert 0 < len(selected) < len(cases)
    with store.transaction() as session:
        result = freeze_version(session, "golden", by="ana", at=T0, message="first cut")
        again = freeze_version(session, "golden", by="ana", at=T0)
    version = result.version
    assert result.created and not again.created and again.version.id == version.id
    assert version.id == version_id(map(member_of, selected))
    assert [m.case_id for m in version.members] == sorted(c.id for c in selected)
    assert {e.change for e in version.changelog} == {"added"} and all(e.authors == ("ana",) for e in version.changelog)
    with store.transaction() as session:
        assert version_cases(session, load_version(session, "golden", 1)) == sorted(selected, key=lambda c: c.id)
        card = dataset_card(session, "golden")
    assert card.cases == len(selected) and card.counts["status"] == {"accepted": len(selected)}
    store.close()


def test_a_version_never_changes_and_the_next_picks_up_edits(db_url: str, tmp_path: Path) -> None:
    store = TraceStore(db_url)
    _, selected = _golden(store)
    with store.transaction() as session:
        v1 = freeze_version(session, "golden", by="ana", at=T0).version
    target, leaving, joining = selected[0], selected[1], None
    with store.transaction() as session:
        save_case(session, edit(target, by="ben", at=LATER, expected_output="Refunds take <DATE_TIME_1>."))
        remove_cases(session, "golden", [leaving.id], by="cy", at=LATER)
        joining = next(c for c in store_cases_not_in(session, selected))
        add_cases(session, "golden", [joining.id], by="dan", at=LATER)
    # Version 1 still exports the old expected output.
    with store.transaction() as session:
        frozen = {c.id: c for c in version_cases(session, load_version(session, "golden", 1))}
        v2 = freeze_version(session, "golden", by="ana", at=LATER, message="edits").version
    assert frozen[target.id].review.expected_output == target.review.expected_output
    assert v2.number == 2 and v2.parent == v1.id and v2.id != v1.id
    log = {e.case_id: e for e in v2.changelog}
    assert (log[target.id].change, log[target.id].fields, log[target.id].authors) == (
        "changed",
        ("review.expected_output",),
        ("ben",),
    )
    assert (log[leaving.id].change, log[leaving.id].authors) == ("removed", ("cy",))
    assert (log[joining.id].change, log[joining.id].authors) == ("added", ("dan",))
    with store.transaction() as session:
        diff = compare_versions(session, "golden", "v1", v2.id[:8])
        v1_again = load_version(session, "golden", 1)
    assert v1_again == v1
    [changed] = diff.changed
    assert changed.case_id == target.id and changed.changes[0].after == "Refunds take <DATE_TIME_1>."
    assert [m.case_id for m in diff.added] == [joining.id] and [m.case_id for m in diff.removed] == [leaving.id]
    store.close()


def store_cases_not_in(session, cases):  # type: ignore[no-untyped-def]
    members = {c.id for c in cases}
    from dataset_cases import reviewed_cases

    for case in reviewed_cases():
        if case.id not in members and get_case(session, case.id) is not None:
            yield case


def test_candidates_page_through_what_the_query_selects(db_url: str) -> None:
    store = TraceStore(db_url)
    cases = store_reviewed_cases(store)
    for conditions in (["source=ticket"], ["rule=sampling", "error=false"], ["tool=get_weather"]):
        query = make_query(["accepted", "candidate"], conditions)
        expected = sorted(c.id for c in cases if case_matches(c, query))
        seen, after = [], None
        with store.transaction() as session:
            assert candidate_ids(session, query) == expected
            while True:
                page = list_candidates(session, query, limit=4, after=after)
                seen += [c.id for c in page.cases]
                if page.next_after is None:
                    break
                after = page.next_after
        assert seen == expected and expected
    store.close()


def test_curation_errors_are_named(db_url: str) -> None:
    store = TraceStore(db_url)
    _golden(store)
    with store.transaction() as session:
        with pytest.raises(DatasetError, match="exists already"):
            create_dataset(session, "golden", description=None, query=None, by="ana", at=T0)
        with pytest.raises(DatasetError, match="made by `tracecase containment create`"):
            create_dataset(session, "containment/x", description=None, query=None, by="ana", at=T0)
        with pytest.raises(DatasetError, match="dataset name"):
            create_dataset(session, "bad name!", description=None, query=None, by="ana", at=T0)
        with pytest.raises(UnknownDatasetError, match="no case nope"):
            add_cases(session, "golden", ["nope"], by="ana", at=T0)
        with pytest.raises(UnknownDatasetError, match="not members of golden: nope"):
            remove_cases(session, "golden", ["nope"], by="ana", at=T0)
        with pytest.raises(UnknownDatasetError, match="no dataset 'missing'"):
            freeze_version(session, "missing", by="ana", at=T0)
        with pytest.raises(UnknownDatasetError, match="no version yet"):
            load_version(session, "golden")
    store.close()


def test_an_import_elsewhere_reproduces_the_version_id(db_url: str, tmp_path: Path) -> None:
    source = TraceStore(f"sqlite:///{tmp_path / 'source.db'}")
    _golden(source)
    with source.transaction() as session:
        version = freeze_version(session, "golden", by="ana", at=T0).version
        cases = version_cases(session, version)
    export_cases(cases, "jsonl", tmp_path / "golden.jsonl")
    source.close()

    target = TraceStore(db_url)
    with target.transaction() as session:
        imported = import_cases(session, read_jsonl(tmp_path / "golden.jsonl"), name="golden", by="eve", at=LATER)
    assert imported.created and imported.version.id == version.id and imported.version.number == 1
    with target.transaction() as session:
        again = import_cases(session, read_jsonl(tmp_path / "golden.jsonl"), name="golden", by="eve", at=LATER)
        assert not again.created
        assert [d.name for d in list_datasets(session)] == ["golden"]
        # A case changed here makes the file's revision conflict with the stored one.
        first = cases[0]
        save_case(session, edit(first, by="eve", at=LATER, notes="local note"))
    records = [json.loads(line) for line in (tmp_path / "golden.jsonl").read_text().splitlines()]
    records[0]["review"]["expected_output"] = "tampered"
    (tmp_path / "tampered.jsonl").write_text("".join(json.dumps(record) + "\n" for record in records))
    with target.transaction() as session, pytest.raises(ExportError, match="differs from the one stored here"):
        import_cases(session, read_jsonl(tmp_path / "tampered.jsonl"), name="golden", by="eve", at=LATER)
    target.close()
