"""Review operations: new revisions, taxonomy-checked labels, refusals that name the problem."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import NOW, chat, rule_source

from casegen import NoChangeError, ReviewError, TaxonomyError
from casegen.cases import build_case
from casegen.review import Taxonomy, accept, default_taxonomy, edit, label, mark_duplicate, reject
from schemas.case import Case


def _case() -> Case:
    return build_case(chat(), [rule_source()], author="rule:errors", at=NOW)


def test_accept_with_expected_output_and_labels() -> None:
    case = _case()
    accepted = accept(case, by="ana", at=NOW, expected_output="Tomorrow.", labels=["pii_leak", "hallucination"])
    assert (accepted.status, accepted.revision, accepted.author, accepted.change) == ("accepted", 2, "ana", "accepted")
    assert accepted.review.expected_output == "Tomorrow." and accepted.review.labels == ("hallucination", "pii_leak")
    assert case.status == "candidate"


def test_reject_needs_a_reason_and_keeps_it() -> None:
    with pytest.raises(ReviewError, match="needs a reason"):
        reject(_case(), by="ana", at=NOW, reason="  ")
    assert reject(_case(), by="ana", at=NOW, reason=" noise ").review.reject_reason == "noise"


def test_edit_changes_only_what_is_given() -> None:
    accepted = accept(_case(), by="ana", at=NOW, expected_output="A", notes="n")
    edited = edit(accepted, by="bo", at=NOW, expected_output="B")
    assert (edited.review.expected_output, edited.review.notes, edited.status) == ("B", "n", "accepted")
    assert edit(edited, by="bo", at=NOW, notes=None).review.notes is None


def test_labels_are_checked_against_the_taxonomy() -> None:
    with pytest.raises(ReviewError, match="unknown label 'halucination'; labels: hallucination"):
        label(_case(), ["halucination"], by="ana", at=NOW)
    added = label(label(_case(), ["other"], by="ana", at=NOW), ["pii_leak"], by="ana", at=NOW)
    assert added.review.labels == ("other", "pii_leak")
    assert label(added, ["unsafe_output"], by="ana", at=NOW, replace=True).review.labels == ("unsafe_output",)


def test_an_operation_that_changes_nothing_makes_no_revision() -> None:
    accepted = accept(_case(), by="ana", at=NOW)
    with pytest.raises(NoChangeError, match="would change nothing"):
        accept(accepted, by="bo", at=NOW)
    with pytest.raises(NoChangeError):
        label(label(accepted, ["other"], by="a", at=NOW), ["other"], by="a", at=NOW)


def test_an_author_is_required() -> None:
    with pytest.raises(ReviewError, match="needs its author"):
        accept(_case(), by=" ", at=NOW)


def test_mark_duplicate() -> None:
    representative = _case()
    other = build_case(chat().model_copy(update={"trace_id": "a" * 32}), [rule_source()], author="t", at=NOW)
    marked = mark_duplicate(other, representative, by="ana", at=NOW)
    assert (marked.status, marked.duplicate_of, marked.duplicate_group) == (
        "duplicate",
        representative.id,
        representative.duplicate_group,
    )
    with pytest.raises(ReviewError, match="duplicate of itself"):
        mark_duplicate(representative, representative, by="ana", at=NOW)


def test_the_default_taxonomy() -> None:
    assert default_taxonomy().names == [
        "hallucination",
        "missing_information",
        "wrong_tool_call",
        "wrong_tool_arguments",
        "refusal_error",
        "unsafe_output",
        "pii_leak",
        "other",
    ]


def test_a_taxonomy_file_extends_or_replaces(tmp_path: Path) -> None:
    path = tmp_path / "taxonomy.toml"
    path.write_text('[labels.stale_context]\ndescription = "Outdated document."\n', encoding="utf-8")
    extended = Taxonomy.from_file(path)
    assert extended.names[-1] == "stale_context" and "hallucination" in extended.names
    accepted = accept(_case(), by="a", at=NOW, labels=["stale_context"], taxonomy=extended)
    assert accepted.review.labels == ("stale_context",)
    only = Taxonomy.from_mapping({"extend_default": False, "labels": {"x": {}}})
    assert only.names == ["x"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"label": {}}, "unknown top-level key 'label'"),
        ({"labels": {"Bad Name": {}}}, "'labels.Bad Name': a label is lowercase"),
        ({"labels": {"x": {"descr": "d"}}}, "'labels.x' must be a table with only 'description'"),
        ({"labels": {"x": {"description": 3}}}, "'labels.x.description' must be a string"),
        ({"extend_default": "no"}, "'extend_default' must be true or false"),
        ({"extend_default": False}, "the taxonomy has no labels"),
    ],
)
def test_a_malformed_taxonomy_names_the_key(data: dict, message: str) -> None:
    with pytest.raises(TaxonomyError, match=r"taxonomy\.toml: ") as info:
        Taxonomy.from_mapping(data, source="taxonomy.toml")
    assert message in str(info.value)


def test_an_unreadable_taxonomy_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(TaxonomyError, match="cannot read taxonomy file"):
        Taxonomy.from_file(tmp_path / "missing.toml")
