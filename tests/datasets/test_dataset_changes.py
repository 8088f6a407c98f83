"""Changelogs and differences between versions, on reviewed cases from real redacted traces."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from dataset_cases import T0, accepted_cases

from casegen import UnknownDatasetError
from casegen.cases import next_revision
from casegen.datasets import (
    RevisionHistory,
    diff_versions,
    find_version,
    make_version,
    member_of,
    render_changelog,
    render_diff_table,
)
from casegen.review import edit, label
from schemas.dataset import DatasetVersion, VersionDiff

LATER = T0 + timedelta(days=1)


def _two_versions() -> tuple[DatasetVersion, DatasetVersion, RevisionHistory, dict[str, str]]:
    cases = list(accepted_cases())
    history = RevisionHistory.of(cases)
    first = cases[:10]
    v1 = make_version(
        "golden",
        map(member_of, first),
        history,
        previous=None,
        by="ana",
        at=T0,
        membership_authors={c.id: "ana" for c in first},
    )
    # Between versions: ben edits one case's expected output, cy labels another, one case leaves and one joins.
    edited = edit(first[0], by="ben", at=LATER, expected_output="Your order ships on <DATE_TIME_1>.")
    labelled = label(first[1], ["hallucination"], by="cy", at=LATER)
    history.add(edited, labelled)
    members = [edited, labelled, *first[2:9], cases[10]]
    who = {first[9].id: "dan", cases[10].id: "eve"}
    v2 = make_version(
        "golden",
        map(member_of, members),
        history,
        previous=v1,
        by="ana",
        at=LATER,
        message="fixes",
        membership_authors=who,
    )
    ids = {"edited": edited.id, "labelled": labelled.id, "removed": first[9].id, "added": cases[10].id}
    return v1, v2, history, ids


def test_the_first_changelog_adds_every_member_with_its_author() -> None:
    v1, _, _, _ = _two_versions()
    assert v1.number == 1 and v1.parent is None and len(v1.members) == 10
    assert {e.change for e in v1.changelog} == {"added"}
    assert all(e.authors == ("ana",) and e.to_revision for e in v1.changelog)


def test_the_next_changelog_lists_added_removed_and_changed_fields_with_authors() -> None:
    v1, v2, _, ids = _two_versions()
    assert v2.number == 2 and v2.parent == v1.id and v2.message == "fixes" and v2.id != v1.id
    entries = {e.case_id: e for e in v2.changelog}
    assert set(entries) == set(ids.values())
    assert entries[ids["added"]].change == "added" and entries[ids["added"]].authors == ("eve",)
    assert entries[ids["removed"]].change == "removed" and entries[ids["removed"]].authors == ("dan",)
    assert entries[ids["removed"]].from_revision is not None and entries[ids["removed"]].to_revision is None
    changed = entries[ids["edited"]]
    assert (changed.change, changed.fields, changed.authors) == ("changed", ("review.expected_output",), ("ben",))
    assert changed.to_revision == changed.from_revision + 1  # type: ignore[operator]
    assert entries[ids["labelled"]].fields == ("review.labels",) and entries[ids["labelled"]].authors == ("cy",)
    table = render_changelog(v2.changelog)
    assert ids["edited"] in table and "review.expected_output" in table and "ben" in table


def test_authors_of_every_revision_in_between_are_listed() -> None:
    case = accepted_cases()[0]
    history = RevisionHistory.of([case])
    v1 = make_version("g", [member_of(case)], history, previous=None, by="ana", at=T0)
    second = edit(case, by="ben", at=LATER, notes="check the date")
    third = label(second, ["other"], by="cy", at=LATER)
    history.add(second, third)
    v2 = make_version("g", [member_of(third)], history, previous=v1, by="ana", at=LATER)
    [entry] = v2.changelog
    assert entry.authors == ("ben", "cy") and entry.fields == ("review.labels", "review.notes")


def test_the_diff_holds_field_level_changes_with_old_and_new_values() -> None:
    v1, v2, history, ids = _two_versions()
    diff = diff_versions(v1, v2, history)
    assert [m.case_id for m in diff.added] == [ids["added"]] and [m.case_id for m in diff.removed] == [ids["removed"]]
    changed = {d.case_id: d for d in diff.changed}
    assert set(changed) == {ids["edited"], ids["labelled"]}
    [change] = changed[ids["edited"]].changes
    assert (change.op, change.path) == ("replace", "/review/expected_output")
    assert change.after == "Your order ships on <DATE_TIME_1>." and change.before != change.after
    # The JSON form round-trips; the reverse diff swaps added and removed.
    assert VersionDiff.model_validate_json(diff.model_dump_json()) == diff
    back = diff_versions(v2, v1, history)
    assert [m.case_id for m in back.added] == [ids["removed"]] and [m.case_id for m in back.removed] == [ids["added"]]
    table = render_diff_table(diff)
    assert "1 added, 1 removed, 2 changed" in table and "/review/expected_output" in table and "<DATE_TIME_1>" in table


def test_a_bookkeeping_only_revision_is_changed_without_fields() -> None:
    case = accepted_cases()[0]
    touched = next_revision(case, change="edited", author="ben", at=LATER)
    history = RevisionHistory.of([case, touched])
    v1 = make_version("g", [member_of(case)], history, previous=None, by="ana", at=T0)
    v2 = make_version("g", [member_of(touched)], history, previous=v1, by="ana", at=LATER)
    assert v2.changelog[0].change == "changed" and v2.changelog[0].fields == ()
    assert "(bookkeeping only)" in render_diff_table(diff_versions(v1, v2, history))


def test_a_diff_needs_the_revisions_it_compares() -> None:
    v1, v2, _, _ = _two_versions()
    with pytest.raises(UnknownDatasetError, match="is not stored"):
        diff_versions(v1, v2, RevisionHistory())


def test_versions_are_found_by_number_id_or_prefix() -> None:
    v1, v2, history, _ = _two_versions()
    versions = [v1, v2]
    assert find_version(versions, None) is v2
    assert find_version(versions, 1) is v1 and find_version(versions, "v2") is v2
    assert find_version(versions, v1.id[:8]) is v1 and find_version(versions, v2.id.upper()) is v2
    for wanted, message in [(3, "no version 3"), ("abc", "at least 6"), ("ffffff" * 2, "no version with id")]:
        with pytest.raises(UnknownDatasetError, match=message):
            find_version(versions, wanted)
    with pytest.raises(UnknownDatasetError, match="no version yet"):
        find_version([], None)
    # The same content frozen again has the same id; the id names the latest such version.
    v3 = make_version("golden", v1.members, history, previous=v2, by="ana", at=LATER)
    assert v3.id == v1.id and find_version([v1, v2, v3], v1.id) is v3
    assert json.loads(v3.model_dump_json())["parent"] == v2.id
