"""The normalized fields of a trace that rules test, computed once per trace and only when asked for."""

from __future__ import annotations

from functools import cached_property

from casegen.cases import detect_language
from casegen.cases._metadata import duration_ms, input_text, trace_convention, trace_provider
from schemas.trace import TraceRecord


class TraceFacts:
    """Read-only view of one trace for conditions; each field is computed on first use.

    Field names and types are those of :data:`casegen.promote._expression.FIELD_TYPES`.
    """

    def __init__(self, trace: TraceRecord) -> None:
        self.trace = trace

    @property
    def trace_id(self) -> str:
        return self.trace.trace_id

    @property
    def service(self) -> str | None:
        return self.trace.service

    @property
    def model(self) -> str | None:
        return self.trace.model

    @cached_property
    def models(self) -> list[str]:
        return sorted({s.model for s in self.trace.spans if s.model})

    @cached_property
    def provider(self) -> str | None:
        return trace_provider(self.trace)

    @cached_property
    def tool_names(self) -> list[str]:
        names = {c.name for c in self.trace.tool_calls if c.name}
        names.update(s.tool.name for s in self.trace.spans if s.tool is not None and s.tool.name)
        return sorted(names)

    @cached_property
    def convention(self) -> str | None:
        return trace_convention(self.trace)

    @cached_property
    def conventions(self) -> list[str]:
        return sorted({s.convention for s in self.trace.spans})

    @cached_property
    def language(self) -> str | None:
        return detect_language(input_text(self.trace))

    @cached_property
    def status(self) -> str:
        return "error" if any(s.status == "error" for s in self.trace.spans) else "ok"

    @property
    def error_type(self) -> str | None:
        return self.trace.error.type if self.trace.error else None

    @cached_property
    def feedback_names(self) -> list[str]:
        return sorted({f.name for f in self.trace.feedback})

    @cached_property
    def feedback_labels(self) -> list[str]:
        return sorted({f.label for f in self.trace.feedback if f.label})

    @property
    def span_count(self) -> float:
        return float(len(self.trace.spans))

    @cached_property
    def duration_ms(self) -> float | None:
        return duration_ms(self.trace)
