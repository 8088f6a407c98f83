"""Promotion: which completed traces become candidate cases, and why.

::

    rules = load_rules(path)              # None: default_rules.toml (errors and negative feedback)
    for promotion in evaluate_rules(trace, rules):
        source = promotion.to_source(now)  # recorded on the case: rule name and reason

Rule kinds, one module each (settings in the module docstring): ``error_status``, ``negative_feedback``,
``guardrail``, ``tool_error``, ``latency``, ``required_fields`` (off by default), ``sampling``
(deterministic per trace id) and ``condition`` (a typed expression over normalized fields, no eval).
New kinds subclass :class:`Rule` and register with :func:`register_rule`.
"""

from casegen.promote import (  # noqa: F401  (importing registers the built-in kinds)
    condition,
    error_status,
    guardrail,
    latency,
    negative_feedback,
    required_fields,
    sampling,
    tool_error,
)
from casegen.promote._base import Match, Promotion, Rule
from casegen.promote._evaluate import OnError, evaluate_rules, log_rule_error
from casegen.promote._expression import FIELD_TYPES, Condition
from casegen.promote._facts import TraceFacts
from casegen.promote._registry import register_rule, rule_kind, rule_kinds
from casegen.promote._rules import RULES_SCHEMA_VERSION, RuleSet, load_rules, rules_from_mapping
from casegen.promote.condition import ConditionRule
from casegen.promote.error_status import ErrorStatusRule
from casegen.promote.guardrail import GuardrailRule
from casegen.promote.latency import LatencyRule
from casegen.promote.negative_feedback import NegativeFeedbackRule
from casegen.promote.required_fields import RequiredFieldsRule
from casegen.promote.sampling import SamplingRule, sample_point
from casegen.promote.tool_error import ToolErrorRule

__all__ = [
    "FIELD_TYPES",
    "RULES_SCHEMA_VERSION",
    "Condition",
    "ConditionRule",
    "ErrorStatusRule",
    "GuardrailRule",
    "LatencyRule",
    "Match",
    "NegativeFeedbackRule",
    "OnError",
    "Promotion",
    "RequiredFieldsRule",
    "Rule",
    "RuleSet",
    "SamplingRule",
    "ToolErrorRule",
    "TraceFacts",
    "evaluate_rules",
    "load_rules",
    "log_rule_error",
    "register_rule",
    "rule_kind",
    "rule_kinds",
    "rules_from_mapping",
    "sample_point",
]
