"""What the case page shows, read in one transaction: the case, its trace (spans as a tree, violations),
its history with differences, claim, reviews so far, review sets, tickets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session

from casegen.persist import (
    CaseFilter,
    Claim,
    case_history,
    count_cases,
    decisions_for,
    list_case_sets,
    list_flags,
    load_trace,
    require_case,
    running_claim,
    sets_of_case,
)
from casegen.queue import history_entries, required_reviews
from casegen.review import latest_decisions
from schemas.case import Case, ReviewDecision, TicketFlag
from schemas.policy import Violation
from schemas.span import NormalizedSpan


@dataclass(frozen=True)
class SpanLine:
    span: NormalizedSpan
    depth: int
    duration_ms: float | None
    violations: list[Violation]


@dataclass(frozen=True)
class CaseView:
    case: Case
    history: list[dict[str, Any]]
    spans: list[SpanLine]
    trace_state: str | None
    violations: list[Violation]
    claim: Claim | None
    reviews: list[ReviewDecision]
    required_reviews: int
    review_sets: list[str]
    all_review_sets: list[str]
    flags: list[TicketFlag]
    group_size: int


def case_view(session: Session, case_id: str, now: datetime) -> CaseView:
    case = require_case(session, case_id)
    stored = load_trace(session, case.provenance.trace_id)
    spans = _tree(stored.record.spans, stored.record.violations) if stored else []
    latest = latest_decisions(decisions_for(session, [case.id])).get(case.id, {})
    group = count_cases(session, CaseFilter(duplicate_group=case.duplicate_group)) if case.duplicate_group else 1
    return CaseView(
        case=case,
        history=list(reversed(history_entries(case_history(session, case.id)))),
        spans=spans,
        trace_state=stored.state if stored else None,
        violations=list(stored.record.violations) if stored else [],
        claim=running_claim(session, case.id, now),
        reviews=sorted(latest.values(), key=lambda d: d.at),
        required_reviews=required_reviews(session, case.id),
        review_sets=[s.name for s in sets_of_case(session, case.id) if s.kind == "review"],
        all_review_sets=[s.name for s in list_case_sets(session) if s.kind == "review"],
        flags=list_flags(session, trace_id=case.provenance.trace_id, limit=50),
        group_size=group,
    )


def _tree(spans: list[NormalizedSpan], violations: list[Violation]) -> list[SpanLine]:
    """Spans in depth-first order under their parents (start order among siblings), with their depth."""
    ids = {s.span_id for s in spans}
    children: dict[str | None, list[NormalizedSpan]] = {}
    for span in spans:
        parent = span.parent_span_id if span.parent_span_id in ids else None
        children.setdefault(parent, []).append(span)
    by_span: dict[str, list[Violation]] = {}
    for violation in violations:
        by_span.setdefault(violation.span_id, []).append(violation)
    lines: list[SpanLine] = []

    def walk(parent: str | None, depth: int) -> None:
        for span in children.get(parent, []):
            duration = None
            if span.start_time and span.end_time:
                duration = (span.end_time - span.start_time).total_seconds() * 1000
            lines.append(SpanLine(span, min(depth, 8), duration, by_span.get(span.span_id, [])))
            walk(span.span_id, depth + 1)

    walk(None, 0)
    return lines
