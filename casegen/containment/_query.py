"""Which stored traces a containment definition matches: a start-time window and facet filters."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import exists, func
from sqlmodel import Session, col, select

from casegen.exceptions import InputError
from store import FACETS, TraceFacetRow, TraceRow

ALIASES = {"tool_name": "tool", "tools": "tool", "tool_names": "tool", "rules": "rule"}
"""Other spellings of facet names accepted in ``--where``."""


@dataclass(frozen=True)
class Definition:
    """A containment set version's definition: traces started in ``[since, until)`` whose facets
    match every filter (a filter with several values matches any of them)."""

    since: datetime
    until: datetime
    filters: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.since.tzinfo is None or self.until.tzinfo is None:
            raise InputError("since/until: give a time zone (e.g. 2025-05-01T09:00:00Z)")
        if self.until <= self.since:
            raise InputError("until: must be after since")

    def canonical(self) -> dict[str, object]:
        """The JSON form stored with a version (and compared to tell whether a definition changed)."""
        return {
            "since": self.since.isoformat(),
            "until": self.until.isoformat(),
            "filters": {name: sorted(set(values)) for name, values in sorted(self.filters.items())},
        }


def parse_filters(pairs: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """``["service=checkout", "tool=refund", "tool=lookup"]`` -> ``{"service": ("checkout",), "tool": (...)}``."""
    out: dict[str, list[str]] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = ALIASES.get(name.strip(), name.strip())
        if not sep or not value.strip():
            raise InputError(f"where: expected FIELD=VALUE, got {name or pair!r}")
        out.setdefault(name, []).append(value.strip())
    return check_filters(out)


def check_filters(filters: Mapping[str, Iterable[str]]) -> dict[str, tuple[str, ...]]:
    checked: dict[str, tuple[str, ...]] = {}
    for raw_name, values in filters.items():
        name = ALIASES.get(raw_name, raw_name)
        if name not in FACETS:
            raise InputError(f"where: unknown field {raw_name!r}; fields: {', '.join(FACETS)}")
        listed = tuple(sorted({str(v) for v in values}))
        if not listed:
            raise InputError(f"where: {name} has no value")
        checked[name] = tuple(sorted(set(checked.get(name, ()) + listed)))
    return checked


def _matching(definition: Definition):  # type: ignore[no-untyped-def]
    statement = (
        select(TraceRow.trace_id)
        .where(col(TraceRow.start_time) >= definition.since)
        .where(col(TraceRow.start_time) < definition.until)
    )
    for name, values in definition.filters.items():
        statement = statement.where(
            exists()
            .where(col(TraceFacetRow.trace_id) == col(TraceRow.trace_id))
            .where(col(TraceFacetRow.name) == name)
            .where(col(TraceFacetRow.value).in_(list(values)))
        )
    return statement


def matching_traces(session: Session, definition: Definition) -> list[str]:
    """Every stored trace the definition matches, by trace id."""
    return list(session.exec(_matching(definition).order_by(col(TraceRow.trace_id))))


def preview(session: Session, definition: Definition, *, sample: int = 10) -> tuple[int, list[str]]:
    """How many traces match, and the first few (newest first): the containment builder's preview."""
    count = session.exec(select(func.count()).select_from(_matching(definition).subquery())).one()
    ids = session.exec(_matching(definition).order_by(col(TraceRow.start_time).desc()).limit(sample))
    return int(count), list(ids)
