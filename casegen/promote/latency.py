"""``latency``: promote a trace that took longer than a threshold.

Settings:

``threshold_ms`` (required)
    Milliseconds; strictly longer is slow.
``scope``
    ``trace`` (default): from the earliest span start to the latest span end. ``llm``: any single LLM
    call. ``any_span``: any single span.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from casegen.promote._base import Match, Rule
from casegen.promote._facts import TraceFacts
from casegen.promote._registry import register_rule
from schemas.span import NormalizedSpan


@register_rule
class LatencyRule(Rule):
    kind: ClassVar[str] = "latency"

    threshold_ms: float = Field(gt=0)
    scope: Literal["trace", "llm", "any_span"] = "trace"

    def check(self, facts: TraceFacts) -> Match | None:
        if self.scope == "trace":
            took = facts.duration_ms
            if took is None or took <= self.threshold_ms:
                return None
            return Match(reason=f"trace took {took:.0f} ms, above {self.threshold_ms:g} ms")
        slow = [
            (span, took)
            for span in facts.trace.spans
            if (self.scope == "any_span" or span.kind == "llm")
            and (took := _span_ms(span)) is not None
            and took > self.threshold_ms
        ]
        if not slow:
            return None
        worst = max(took for _, took in slow)
        what = "LLM call(s)" if self.scope == "llm" else "span(s)"
        return Match(
            reason=f"{len(slow)} {what} above {self.threshold_ms:g} ms (slowest {worst:.0f} ms)",
            span_ids=tuple(span.span_id for span, _ in slow),
        )


def _span_ms(span: NormalizedSpan) -> float | None:
    if span.start_time is None or span.end_time is None:
        return None
    return (span.end_time - span.start_time).total_seconds() * 1000
