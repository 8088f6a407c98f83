"""Case queries: ``--where FIELD=VALUE`` conditions over a case's slicing fields.

Conditions on different fields must all hold; several values of one field are alternatives
(``--where service=checkout --where service=search``). A field with several values on one case
(labels, tools, sources) matches when any of them equals the value. Values compare exactly, except
``error``, which takes ``true``/``false``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from casegen.exceptions import QueryError
from schemas.case import CASE_STATUSES, Case, CaseStatus
from schemas.dataset import CaseQuery, FieldFilter


def _sources(kind: str) -> Callable[[Case], set[str]]:
    def values(case: Case) -> set[str]:
        found: set[str] = set()
        for source in case.provenance.sources:
            if source.kind != kind:
                continue
            if source.kind == "rule":
                found.add(source.rule)
            elif source.kind == "ticket":
                found.add(source.ticket_id)
            else:
                found.add(source.set_name)
        return found

    return values


def _one(value: str | None) -> set[str]:
    return {value} if value is not None else set()


FACETS: dict[str, Callable[[Case], set[str]]] = {
    "status": lambda c: {c.status},
    "service": lambda c: _one(c.metadata.service),
    "model": lambda c: _one(c.metadata.model),
    "provider": lambda c: _one(c.metadata.provider),
    "language": lambda c: _one(c.metadata.language),
    "convention": lambda c: _one(c.metadata.convention),
    "tool": lambda c: set(c.metadata.tool_names),
    "label": lambda c: set(c.review.labels),
    "source": lambda c: {s.kind for s in c.provenance.sources},
    "rule": _sources("rule"),
    "ticket": _sources("ticket"),
    "containment": _sources("containment"),
    "feedback": lambda c: {x for f in c.metadata.feedback for x in (f.name, f.label) if x},
    "error": lambda c: {"true" if c.metadata.error is not None else "false"},
}
"""Field name -> the values a case has for it."""

WHERE_FIELDS: tuple[str, ...] = tuple(sorted(FACETS))


def parse_where(conditions: Iterable[str]) -> tuple[FieldFilter, ...]:
    """``FIELD=VALUE`` strings -> filters; an unknown field or a malformed condition is a :class:`QueryError`."""
    filters: list[FieldFilter] = []
    for condition in conditions:
        field, sep, value = condition.partition("=")
        field, value = field.strip(), value.strip()
        if not sep or not field or not value:
            raise QueryError(f"--where {condition!r}: expected FIELD=VALUE")
        if field not in FACETS:
            raise QueryError(f"--where: unknown field {field!r}; known fields: {', '.join(WHERE_FIELDS)}")
        if field == "status" and value not in CASE_STATUSES:
            raise QueryError(f"--where status={value!r}: a status is one of {', '.join(CASE_STATUSES)}")
        if field == "error" and value not in ("true", "false"):
            raise QueryError(f"--where error={value!r}: expected true or false")
        filters.append(FieldFilter(field=field, value=value))
    return tuple(filters)


def make_query(statuses: Iterable[CaseStatus] = (), where: Iterable[str] = ()) -> CaseQuery:
    return CaseQuery(statuses=tuple(dict.fromkeys(statuses)), where=parse_where(where))


def case_matches(case: Case, query: CaseQuery) -> bool:
    """Whether the case satisfies every condition of the query."""
    if query.statuses and case.status not in query.statuses:
        return False
    wanted: dict[str, set[str]] = {}
    for condition in query.where:
        wanted.setdefault(condition.field, set()).add(condition.value)
    return all(FACETS[field](case) & values for field, values in wanted.items())
