"""Trace (+ span redaction records) -> the first revision of a case."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime

from casegen.cases._content import case_content
from casegen.cases._fingerprint import input_fingerprint
from casegen.cases._language import LanguageDetector, default_detector
from casegen.cases._metadata import case_metadata, input_text
from casegen.cases._redaction import case_redaction
from schemas.case import Case, CaseContent, CaseMetadata, CaseSource, Provenance
from schemas.redaction import RedactionRecord
from schemas.trace import TraceRecord

_CASE_IDS = uuid.UUID("5b0c7f5e-3a1d-4c62-9f0e-7d2b8a4c1e90")
"""Namespace of case ids: a case id is derived from its trace id, so every process names a case alike."""


def case_id_for(trace_id: str) -> str:
    """The id of the case built from ``trace_id`` (one case per trace; stable across processes and formats)."""
    return str(uuid.uuid5(_CASE_IDS, trace_id))


def trace_fields(
    trace: TraceRecord,
    span_records: Mapping[str, RedactionRecord] | None = None,
    detector: LanguageDetector | None = None,
) -> tuple[CaseContent, CaseMetadata, tuple[RedactionRecord, ...]]:
    """Everything of a case that comes from its trace: content, metadata and the redaction record."""
    content = case_content(trace)
    language = (detector or default_detector()).detect(input_text(trace))
    metadata = case_metadata(trace, content.tool_trajectory, language)
    return content, metadata, case_redaction(trace, span_records or {})


def build_case(
    trace: TraceRecord,
    sources: Sequence[CaseSource],
    *,
    author: str,
    at: datetime,
    span_records: Mapping[str, RedactionRecord] | None = None,
    detector: LanguageDetector | None = None,
) -> Case:
    """Revision 1 (status ``candidate``) of the case for a *redacted* trace, promoted by ``sources``.

    ``span_records`` maps span id -> the span's redaction record; ``detector`` defaults to the shared one.
    """
    content, metadata, redaction = trace_fields(trace, span_records, detector)
    return Case(
        id=case_id_for(trace.trace_id),
        revision=1,
        status="candidate",
        content=content,
        metadata=metadata,
        provenance=Provenance(
            trace_id=trace.trace_id, span_ids=tuple(s.span_id for s in trace.spans), sources=tuple(sources)
        ),
        redaction=redaction,
        duplicate_group=input_fingerprint(content.input),
        change="created",
        author=author,
        created_at=at,
    )
