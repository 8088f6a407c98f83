"""Trace facets: the normalized values of a stored trace that containment filters test.

One row per (trace, facet, value); a trace has several values of a facet when its spans differ (two
models, three tools). Facets come from the redacted trace record only: service and model names, tool
names, ``status`` (``error`` or ``ok``), span conventions, feedback labels (the signal's name when it
has no label) — plus ``rule``, the promotion rules that matched (written by case promotion).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Table, delete, insert, select
from sqlmodel import Session

from schemas.trace import TraceRecord
from store.flag_tables import TraceFacetRow

FACETS = ("service", "model", "tool", "status", "convention", "feedback", "rule")
"""Every facet name containment filters accept."""
MAX_VALUE = 200
"""Longer values are cut (a facet value is a name, not text)."""

Facet = tuple[str, str]
FACET_ROWS: Table = TraceFacetRow.__table__  # type: ignore[attr-defined]


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


def replace_facets(session: Session, trace_id: str, facets: Iterable[Facet]) -> None:
    """Make ``facets`` the trace's facets: one read, then only the rows that change are deleted or inserted
    (a new trace: one insert)."""
    wanted = {(name, value[:MAX_VALUE]) for name, value in facets}
    rows = session.execute(select(FACET_ROWS.c.name, FACET_ROWS.c.value).where(FACET_ROWS.c.trace_id == trace_id))
    existing = {(str(name), str(value)) for name, value in rows}
    stale = existing - wanted
    for name, value in stale:
        session.execute(
            delete(FACET_ROWS).where(
                FACET_ROWS.c.trace_id == trace_id, FACET_ROWS.c.name == name, FACET_ROWS.c.value == value
            )
        )
    new = sorted(wanted - existing)
    if new:
        session.execute(insert(FACET_ROWS), [{"trace_id": trace_id, "name": n, "value": v} for n, v in new])
