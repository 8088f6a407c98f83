"""``negative_feedback``: promote a trace that carries negative feedback or a low evaluation score.

Feedback comes from the normalizer (``schemas.Feedback``): ``gen_ai.evaluation.result`` events
(source ``gen_ai.evaluation.result``), OpenInference ``annotations``/``evaluations``, and the attribute
groups ``user.feedback.*`` and ``feedback.*`` (source ``user.feedback`` / ``feedback``). Guardrail
signals (source ``guardrail``) are the ``guardrail`` rule's, not this one's.

Settings (all optional):

``names``
    Only feedback with one of these names counts (``user.feedback``, ``Relevance``...). Default: any.
``sources``
    Only feedback from these sources counts. Default: any source except ``guardrail``.
``labels``
    Labels that mean negative, compared case-insensitively. Default: negative, thumbs_down, thumbs-down,
    bad, dislike, unhelpful, incorrect, wrong.
``score_below``
    A score strictly below this is negative (e.g. ``0.5`` for 0–1 evaluators). Default: scores are ignored.
``attributes``
    Span attributes the normalizer left alone that mean negative feedback, as key -> values, e.g.
    ``{"app.rating" = [1, 2], "app.thumbs" = ["down"]}``. Default: none.
"""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from casegen.promote._base import Match, Rule
from casegen.promote._facts import TraceFacts
from casegen.promote._registry import register_rule
from casegen.promote._signals import AttributeValues, feedback_verdict, matching_attributes
from schemas.span import Feedback

NEGATIVE_LABELS = ("negative", "thumbs_down", "thumbs-down", "bad", "dislike", "unhelpful", "incorrect", "wrong")


@register_rule
class NegativeFeedbackRule(Rule):
    kind: ClassVar[str] = "negative_feedback"

    names: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    labels: tuple[str, ...] = NEGATIVE_LABELS
    score_below: float | None = None
    attributes: AttributeValues = Field(default_factory=dict)

    def check(self, facts: TraceFacts) -> Match | None:
        reasons: list[str] = []
        span_ids: list[str] = []
        for feedback in facts.trace.feedback:
            why = feedback_verdict(feedback, self.labels, self.score_below) if self._considered(feedback) else None
            if why is not None:
                reasons.append(f"feedback {feedback.name!r} ({feedback.source}): {why}")
                if feedback.span_id:
                    span_ids.append(feedback.span_id)
        for span_id, key in matching_attributes(facts.trace.spans, self.attributes):
            reasons.append(f"attribute {key!r} has a configured negative value")
            span_ids.append(span_id)
        if not reasons:
            return None
        return Match(reason="; ".join(reasons), span_ids=tuple(dict.fromkeys(span_ids)))

    def _considered(self, feedback: Feedback) -> bool:
        if self.names and feedback.name not in self.names:
            return False
        if self.sources:
            return feedback.source in self.sources
        return not feedback.source.startswith("guardrail")
