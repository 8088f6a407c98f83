"""New revisions of a case: the one way every change is made (nothing is ever modified in place).

A late span revises the trace: :func:`revise_from_trace` makes a new revision when the case changes; an
accepted case goes back to ``candidate`` with the difference to review (:class:`schemas.case.Reopened`).
Another rule, ticket or containment set promoting the same trace adds a source (:func:`add_sources`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from casegen.cases._build import trace_fields
from casegen.cases._diff import diff_cases
from casegen.cases._fingerprint import input_fingerprint
from casegen.cases._language import LanguageDetector
from schemas.case import Case, CaseSource, ChangeKind, Reopened
from schemas.redaction import RedactionRecord
from schemas.trace import TraceRecord


def next_revision(case: Case, *, change: ChangeKind, author: str, at: datetime, **updates: Any) -> Case:
    """A validated copy of ``case`` with ``updates``, one revision higher, made by ``author`` at ``at``."""
    fields = {name: getattr(case, name) for name in Case.model_fields}
    fields.update(updates, revision=case.revision + 1, change=change, author=author, created_at=at)
    return Case.model_validate(fields)


def revise_from_trace(
    case: Case,
    trace: TraceRecord,
    *,
    author: str,
    at: datetime,
    span_records: Mapping[str, RedactionRecord] | None = None,
    detector: LanguageDetector | None = None,
) -> Case | None:
    """The next revision after ``trace`` (the case's trace, revised by late spans) changed; None if the case
    did not change.

    A ``candidate`` stays a candidate; an ``accepted`` case goes back to ``candidate`` with
    :attr:`Case.reopened` holding the difference to the reviewed revision (a candidate already reopened
    keeps collecting the differences, so the reviewer sees everything since their review). ``rejected``
    and ``duplicate`` cases keep their status: the new revision records the change.
    """
    if trace.trace_id != case.provenance.trace_id:
        raise ValueError(f"case {case.id} is built from trace {case.provenance.trace_id}, not {trace.trace_id}")
    content, metadata, redaction = trace_fields(trace, span_records, detector)
    group = case.duplicate_group
    if group == input_fingerprint(case.content.input):  # still its own fingerprint: follow the input
        group = input_fingerprint(content.input)
    revised = next_revision(
        case,
        change="trace_revised",
        author=author,
        at=at,
        content=content,
        metadata=metadata,
        provenance=case.provenance.model_copy(update={"span_ids": tuple(s.span_id for s in trace.spans)}),
        redaction=redaction,
        duplicate_group=group,
    )
    changes = diff_cases(case, revised)
    if not changes:
        return None
    if case.status == "accepted":
        reopened = Reopened(from_revision=case.revision, from_status=case.status, changes=changes)
        return revised.model_copy(update={"status": "candidate", "reopened": reopened})
    if case.reopened is not None:
        # Patches compose by concatenation: the old operations, then these, lead from the reviewed revision here.
        reopened = case.reopened.model_copy(update={"changes": case.reopened.changes + changes})
        return revised.model_copy(update={"reopened": reopened})
    return revised


def source_key(source: CaseSource) -> tuple[str, str]:
    """What makes two sources the same: the rule name, the ticket id, or the containment set name."""
    if source.kind == "rule":
        return ("rule", source.rule)
    if source.kind == "ticket":
        return ("ticket", source.ticket_id)
    return ("containment", source.set_name)


def add_sources(case: Case, sources: Sequence[CaseSource], *, author: str, at: datetime) -> Case | None:
    """The next revision listing ``sources`` too (several tickets on one trace make one case); None when
    every one of them is already listed."""
    known = {source_key(s) for s in case.provenance.sources}
    new: list[CaseSource] = []
    for source in sources:
        key = source_key(source)
        if key not in known:
            known.add(key)
            new.append(source)
    if not new:
        return None
    provenance = case.provenance.model_copy(update={"sources": case.provenance.sources + tuple(new)})
    return next_revision(case, change="source_added", author=author, at=at, provenance=provenance)
