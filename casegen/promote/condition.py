"""``condition``: promote a trace for which an expression over its normalized fields holds.

Settings:

``when`` (required)
    The expression, e.g. ``service == "checkout" and "refund" in tool_names and language != "en"``.
    Fields and syntax: ``casegen.promote._expression`` (rule-engine; checked when the rules load).
"""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import PrivateAttr

from casegen.promote._base import Match, Rule
from casegen.promote._expression import Condition
from casegen.promote._facts import TraceFacts
from casegen.promote._registry import register_rule


@register_rule
class ConditionRule(Rule):
    kind: ClassVar[str] = "condition"

    when: str

    _when: Condition = PrivateAttr()

    def model_post_init(self, context: Any, /) -> None:
        super().model_post_init(context)
        self._when = Condition(self.when, f"rules.{self.name}.when")

    def check(self, facts: TraceFacts) -> Match | None:
        if not self._when.matches(facts):
            return None
        return Match(reason=f"condition holds: {self.when}")
