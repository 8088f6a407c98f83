"""Running rules over a trace."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from casegen.exceptions import RuleEvaluationError
from casegen.promote._base import Promotion, Rule
from casegen.promote._facts import TraceFacts
from schemas.trace import TraceRecord

logger = logging.getLogger(__name__)

OnError = Callable[[RuleEvaluationError], None]


def log_rule_error(error: RuleEvaluationError) -> None:
    """The default error policy: log the rule, the trace id and the exception type, and go on."""
    logger.warning("%s; the other rules still ran", error)


def evaluate_rules(trace: TraceRecord, rules: Iterable[Rule], on_error: OnError = log_rule_error) -> list[Promotion]:
    """Which rules promote ``trace``, and why, in rule order.

    A rule that raises on this trace does not stop the others: its error (rule name, trace id and
    exception type only, never values) goes to ``on_error``, which may raise to abort instead.
    """
    facts = TraceFacts(trace)
    promotions: list[Promotion] = []
    for rule in rules:
        try:
            match = rule.evaluate(facts)
        except Exception as exc:
            on_error(RuleEvaluationError(rule.name, trace.trace_id, type(exc).__name__))
            continue
        if match is not None:
            promotions.append(Promotion(rule=rule.name, kind=rule.kind, reason=match.reason, span_ids=match.span_ids))
    return promotions
