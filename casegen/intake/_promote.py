"""One trace -> its case: create it, revise it after a late span, or add the sources that promoted it.

Every promotion path (rules on the stream, backfill, ticket flags, containment sets) goes through
:func:`promote_trace`, so a trace has one case however many rules, tickets and sets select it, and
re-running a path changes nothing (no duplicate case, no empty revision).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlmodel import Session

from casegen.cases import LanguageDetector, add_sources, build_case, case_id_for, revise_from_trace
from casegen.exceptions import CaseConflictError
from casegen.persist import audit, get_case, save_case
from schemas.case import Case, CaseSource
from schemas.redaction import RedactionRecord
from schemas.trace import TraceRecord

SYSTEM_AUTHOR = "tracecase"
"""Author of revisions made because the trace changed."""
_ATTEMPTS = 3


def source_author(source: CaseSource) -> str:
    """``rule:<name>``, ``ticket:<id>`` or ``containment:<set>``: who a promotion's revision is by."""
    if source.kind == "rule":
        return f"rule:{source.rule}"
    if source.kind == "ticket":
        return f"ticket:{source.ticket_id}"
    return f"containment:{source.set_name}"


def promote_trace(
    session: Session,
    record: TraceRecord,
    sources: Sequence[CaseSource],
    *,
    at: datetime,
    redactions: Mapping[str, RedactionRecord] | None = None,
    trace_changed: bool = False,
    detector: LanguageDetector | None = None,
) -> Case | None:
    """The trace's case after this promotion: created when ``sources`` are the first, revised when
    ``trace_changed`` (a late span; an accepted case goes back to review), and listing ``sources``.
    None when the trace has no case and no source. A reviewer's concurrent write is retried on."""
    for attempt in range(_ATTEMPTS):
        try:
            return _promote_once(
                session, record, sources, at=at, redactions=redactions, trace_changed=trace_changed, detector=detector
            )
        except CaseConflictError:
            if attempt == _ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


def _promote_once(
    session: Session,
    record: TraceRecord,
    sources: Sequence[CaseSource],
    *,
    at: datetime,
    redactions: Mapping[str, RedactionRecord] | None,
    trace_changed: bool,
    detector: LanguageDetector | None,
) -> Case | None:
    case = get_case(session, case_id_for(record.trace_id))
    if case is None:
        if not sources:
            return None
        author = source_author(sources[0])
        case = build_case(record, sources, author=author, at=at, span_records=redactions, detector=detector)
        save_case(session, case)
        audit(session, author=author, action="case.create", target=case.id, at=at, detail=_detail(case))
        return case
    if trace_changed:
        revised = revise_from_trace(
            case, record, author=SYSTEM_AUTHOR, at=at, span_records=redactions, detector=detector
        )
        if revised is not None:
            case = save_case(session, revised)
            action = "case.reopen" if revised.reopened is not None and revised.status == "candidate" else "case.revise"
            audit(session, author=SYSTEM_AUTHOR, action=action, target=case.id, at=at, detail=_detail(case))
    if sources:
        more = add_sources(case, sources, author=source_author(sources[0]), at=at)
        if more is not None:
            case = save_case(session, more)
            audit(session, author=more.author, action="case.add_sources", target=case.id, at=at, detail=_detail(case))
    return case


def _detail(case: Case) -> dict[str, object]:
    return {"revision": case.revision, "trace_id": case.provenance.trace_id, "status": case.status}
