"""``guardrail``: promote a trace in which a guardrail or content policy intervened.

Signals (each can be switched off by emptying its setting):

``feedback_names``
    Feedback whose name or source starts with one of these is a guardrail verdict. Default: ``guardrail``
    (the normalizer reads the ``guardrail.*`` attribute group into feedback with source ``guardrail``).
``labels``
    Verdict labels that mean the guardrail fired, case-insensitive. Default: blocked, block, flagged,
    fail, failed, violation, intervened, denied, rejected, unsafe.
``score_below``
    A guardrail score strictly below this means it failed (``guardrail.passed = false`` reads as 0). Default 0.5.
``finish_reasons``
    Model finish reasons that mean a provider's content filter stopped the answer. Default: ``content_filter``.
``span_names``
    A span whose name contains one of these (case-insensitive) and whose status is ERROR is a failed
    guardrail step (OpenInference and MLflow ``GUARDRAIL`` spans). Default: ``guardrail``.
``attributes``
    Other span attributes that mean an intervention, key -> values. Default: none.
"""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from casegen.promote._base import Match, Rule
from casegen.promote._facts import TraceFacts
from casegen.promote._registry import register_rule
from casegen.promote._signals import AttributeValues, feedback_verdict, matching_attributes, value_matches
from schemas.span import Feedback

FINISH_REASONS_KEY = "gen_ai.response.finish_reasons"
"""Where the normalizer keeps a span's finish reasons (the span schema has no field for them)."""
TRIGGERED_LABELS = (
    "blocked",
    "block",
    "flagged",
    "fail",
    "failed",
    "violation",
    "intervened",
    "denied",
    "rejected",
    "unsafe",
)


@register_rule
class GuardrailRule(Rule):
    kind: ClassVar[str] = "guardrail"

    feedback_names: tuple[str, ...] = ("guardrail",)
    labels: tuple[str, ...] = TRIGGERED_LABELS
    score_below: float | None = 0.5
    finish_reasons: tuple[str, ...] = ("content_filter",)
    span_names: tuple[str, ...] = ("guardrail",)
    attributes: AttributeValues = Field(default_factory=dict)

    def check(self, facts: TraceFacts) -> Match | None:
        reasons: list[str] = []
        span_ids: list[str] = []
        for feedback in facts.trace.feedback:
            why = feedback_verdict(feedback, self.labels, self.score_below) if self._is_guardrail(feedback) else None
            if why is not None:
                reasons.append(f"guardrail {feedback.name!r}: {why}")
                span_ids.extend([feedback.span_id] if feedback.span_id else [])
        for span in facts.trace.spans:
            reasons_here = span.attributes.get(FINISH_REASONS_KEY)
            if self.finish_reasons and reasons_here is not None and value_matches(reasons_here, self.finish_reasons):
                reasons.append(f"span {span.span_id} finished by a content filter")
                span_ids.append(span.span_id)
            name = span.name.casefold()
            if span.status == "error" and any(part.casefold() in name for part in self.span_names):
                reasons.append(f"guardrail span {span.span_id} has status ERROR")
                span_ids.append(span.span_id)
        for span_id, key in matching_attributes(facts.trace.spans, self.attributes):
            reasons.append(f"attribute {key!r} has a configured intervention value")
            span_ids.append(span_id)
        if not reasons:
            return None
        return Match(reason="; ".join(reasons), span_ids=tuple(dict.fromkeys(span_ids)))

    def _is_guardrail(self, feedback: Feedback) -> bool:
        return any(feedback.name.startswith(p) or feedback.source.startswith(p) for p in self.feedback_names)
