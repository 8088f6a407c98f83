"""``--where FIELD=VALUE`` queries over real reviewed cases."""

from __future__ import annotations

import pytest
from dataset_cases import reviewed_cases

from casegen import QueryError
from casegen.datasets import WHERE_FIELDS, case_matches, make_query, parse_where


def _ids(statuses: tuple[str, ...] = (), where: tuple[str, ...] = ()) -> set[str]:
    query = make_query(statuses, where)  # type: ignore[arg-type]
    return {c.id for c in reviewed_cases() if case_matches(c, query)}


def test_status_and_fields_select_what_they_name() -> None:
    cases = reviewed_cases()
    accepted = {c.id for c in cases if c.status == "accepted"}
    assert _ids(("accepted",)) == accepted and 0 < len(accepted) < len(cases)
    service = cases[0].metadata.service
    assert _ids(where=(f"service={service}",)) == {c.id for c in cases if c.metadata.service == service}
    assert _ids(where=("source=ticket",)) == {
        c.id for c in cases if any(s.kind == "ticket" for s in c.provenance.sources)
    }
    assert _ids(where=("rule=errors", "error=true")) == {c.id for c in cases if c.metadata.error is not None}
    assert _ids(where=("label=other",)) == {c.id for c in cases if "other" in c.review.labels} != set()


def test_values_of_one_field_are_alternatives_and_fields_combine() -> None:
    cases = reviewed_cases()
    a, b = sorted({c.metadata.service for c in cases if c.metadata.service})[:2]
    both = _ids(where=(f"service={a}", f"service={b}"))
    assert both == _ids(where=(f"service={a}",)) | _ids(where=(f"service={b}",))
    assert _ids(("accepted",), (f"service={a}", "language=en")) == {
        c.id for c in cases if c.status == "accepted" and c.metadata.service == a and c.metadata.language == "en"
    }
    assert _ids(where=("service=no-such-service",)) == set()


@pytest.mark.parametrize(
    ("condition", "message"),
    [
        ("service", "expected FIELD=VALUE"),
        ("=x", "expected FIELD=VALUE"),
        ("colour=red", "unknown field 'colour'"),
        ("status=approved", "a status is one of"),
        ("error=maybe", "expected true or false"),
    ],
)
def test_a_bad_condition_is_named(condition: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse_where([condition])


def test_the_known_fields_are_listed_in_the_error() -> None:
    with pytest.raises(QueryError) as raised:
        parse_where(["x=1"])
    assert all(field in str(raised.value) for field in WHERE_FIELDS)
