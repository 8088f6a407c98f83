"""``error_status``: promote a trace that has a span with status ERROR.

Settings (all optional):

``span_kinds``
    Only spans of these kinds count (``llm``, ``tool``, ``retrieval``, ``agent``...). Default: any kind.
``error_types``
    Only errors of these types count (``RateLimitError``...). Default: any type, and untyped errors.
``ignore_error_types``
    Errors of these types never count (e.g. transient provider errors you do not want as cases).
"""

from __future__ import annotations

from typing import ClassVar

from casegen.promote._base import Match, Rule
from casegen.promote._facts import TraceFacts
from casegen.promote._registry import register_rule
from schemas.span import NormalizedSpan, SpanKind


@register_rule
class ErrorStatusRule(Rule):
    kind: ClassVar[str] = "error_status"

    span_kinds: tuple[SpanKind, ...] = ()
    error_types: tuple[str, ...] = ()
    ignore_error_types: tuple[str, ...] = ()

    def check(self, facts: TraceFacts) -> Match | None:
        failed = [s for s in facts.trace.spans if s.status == "error" and self._counts(s)]
        if not failed:
            return None
        types = sorted({s.error.type for s in failed if s.error is not None and s.error.type})
        reason = f"{len(failed)} span(s) with status ERROR" + (f" ({', '.join(types)})" if types else "")
        return Match(reason=reason, span_ids=tuple(s.span_id for s in failed))

    def _counts(self, span: NormalizedSpan) -> bool:
        if self.span_kinds and span.kind not in self.span_kinds:
            return False
        error_type = span.error.type if span.error is not None else None
        if self.error_types and error_type not in self.error_types:
            return False
        return error_type is None or error_type not in self.ignore_error_types
