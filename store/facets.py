"""Trace facets: the normalized values of a stored trace that containment filters test.

One row per (trace, facet, value); a trace has several values of a facet when its spans differ (two
models, three tools). Facets come from the redacted trace record only: service and model names, tool
names, ``status`` (``error`` or ``ok``), span conventions, feedback labels (the signal's name when it
has no label) — plus ``rule``, the promotion rules that matched (written by case promotion).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlmodel import Session, col, delete, select

from schemas.trace import TraceRecord
from store.flag_tables import TraceFacetRow

FACETS = ("service", "model", "tool", "status", "convention", "feedback", "rule")
"""Every facet name containment filters accept."""
MAX_VALUE = 200
"""Longer values are cut (a facet value is a name, not text)."""

Facet = tuple[str, str]


def trace_facets(record: TraceRecord) -> set[Facet]:
    """The facets of a trace (``rule`` excepted: that comes from promotion)."""
    facets: set[Facet] = {("status", "error" if any(s.status == "error" for s in record.spans) else "ok")}
    if record.error is not None:
        facets.add(("status", "error"))
    facets.update(("service", name) for name in _names(record.service, *(s.service for s in record.spans)))
    facets.update(("model", name) for name in _names(record.model, *(s.model for s in record.spans)))
    tools = [call.name for call in record.tool_calls] + [s.tool.name for s in record.spans if s.tool is not None]
    facets.update(("tool", name) for name in _names(*tools))
    facets.update(("convention", name) for name in _names(*(s.convention for s in record.spans)))
    facets.update(("feedback", name) for name in _names(*(f.label or f.name for f in record.feedback)))
    return facets


def _names(*values: str | None) -> set[str]:
    return {value[:MAX_VALUE] for value in values if value}


def replace_facets(session: Session, trace_id: str, facets: Iterable[Facet], *, keep: Sequence[str] = ()) -> None:
    """Make ``facets`` the trace's facets; facets named in ``keep`` (e.g. ``rule``) stay as they are."""
    statement = delete(TraceFacetRow).where(col(TraceFacetRow.trace_id) == trace_id)
    if keep:
        statement = statement.where(col(TraceFacetRow.name).not_in(list(keep)))
    session.execute(statement)
    add_facets(session, trace_id, facets)


def add_facets(session: Session, trace_id: str, facets: Iterable[Facet]) -> None:
    """Add the facets the trace does not have yet."""
    wanted = {(name, value[:MAX_VALUE]) for name, value in facets}
    existing = set(
        session.exec(select(TraceFacetRow.name, TraceFacetRow.value).where(TraceFacetRow.trace_id == trace_id))
    )
    session.add_all(TraceFacetRow(trace_id=trace_id, name=n, value=v) for n, v in sorted(wanted - existing))
    session.flush()
