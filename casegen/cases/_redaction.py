"""Span redaction records -> the case's redaction record: entity types per *case* field, never values.

Each stored span carries a ``RedactionRecord`` keyed by span field path (``input_messages``,
``tool.arguments``, ``attributes.http.request.header.authorization``...). A case field is fed by some
of those span fields:

============================  ==========================================  =========
span field                    case field                                  combined
============================  ==========================================  =========
``system``                    ``content.input.system``                    max
``input_messages``            ``content.input.messages``                  max
``output_messages``           ``content.actual_output`` (the span that    max
                              produced the output), else
                              ``content.tool_trajectory.arguments``       sum
``documents``                 ``content.context_documents``               sum
``tool.arguments``            ``content.tool_trajectory.arguments``       sum
``tool.result``               ``content.tool_trajectory.result``          sum
``error``                     ``metadata.error``                          max
``feedback``                  ``metadata.feedback``                       sum
anything else                 (not carried into a case)
============================  ==========================================  =========

Every LLM call repeats the conversation so far, so counts from message fields take the largest
span's count rather than the sum (the same ``<PERSON_1>`` is not two people); documents, tool
spans and feedback are distinct per span and add up. One record per redaction policy version.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Literal

from schemas.redaction import RedactionRecord
from schemas.span import NormalizedSpan
from schemas.trace import TraceRecord

Combine = Literal["max", "sum"]

_BY_PREFIX: tuple[tuple[str, str, Combine], ...] = (
    ("system", "content.input.system", "max"),
    ("input_messages", "content.input.messages", "max"),
    ("documents", "content.context_documents", "sum"),
    ("tool.arguments", "content.tool_trajectory.arguments", "sum"),
    ("tool.result", "content.tool_trajectory.result", "sum"),
    ("error", "metadata.error", "max"),
    ("feedback", "metadata.feedback", "sum"),
)


def case_redaction(trace: TraceRecord, span_records: Mapping[str, RedactionRecord]) -> tuple[RedactionRecord, ...]:
    """The case-level redaction records of ``trace``, one per policy version, sorted by version.

    ``span_records`` maps span id -> that span's record; spans without one contribute nothing, and
    records of spans not in the trace are ignored.
    """
    output_span = _output_span(trace)
    # policy version -> case field -> entity -> count
    totals: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    for span in trace.spans:
        record = span_records.get(span.span_id)
        if record is None:
            continue
        fields = totals[record.policy_version]
        for path, counts in record.fields.items():
            target = _case_field(path, span, output_span)
            if target is None:
                continue
            case_field, combine = target
            merged = fields[case_field]
            for entity, count in counts.items():
                before = merged.get(entity, 0)
                merged[entity] = max(before, count) if combine == "max" else before + count
    return tuple(
        RedactionRecord(
            policy_version=version,
            fields={field: dict(sorted(counts.items())) for field, counts in sorted(fields.items()) if counts},
        )
        for version, fields in sorted(totals.items())
    )


def _case_field(path: str, span: NormalizedSpan, output_span: NormalizedSpan | None) -> tuple[str, Combine] | None:
    if _under(path, "output_messages"):
        if output_span is not None and span.span_id == output_span.span_id:
            return "content.actual_output", "max"
        return "content.tool_trajectory.arguments", "sum"
    for prefix, case_field, combine in _BY_PREFIX:
        if _under(path, prefix):
            return case_field, combine
    return None


def _under(path: str, prefix: str) -> bool:
    return path == prefix or path.startswith((prefix + ".", prefix + "["))


def _output_span(trace: TraceRecord) -> NormalizedSpan | None:
    """The span whose assistant text is the trace's output (the last one that holds it)."""
    if trace.output is None:
        return None
    return next(
        (s for s in reversed(trace.spans) if any(m.content == trace.output for m in s.output_messages)),
        None,
    )
