"""What every promotion rule is: a named, validated settings model with one method, :meth:`Rule.check`.

A rule kind is a subclass registered under its ``kind`` (see ``_registry``); its pydantic fields are its
settings, so an unknown or mistyped setting fails when the rules are loaded. Every kind also accepts
``enabled`` and ``where`` (a condition that must hold too, e.g. ``service == "checkout"``).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from datetime import datetime
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, StrictBool

from casegen.promote._expression import Condition
from casegen.promote._facts import TraceFacts
from schemas.case import RuleSource


class Match(BaseModel):
    """Why a rule matched one trace."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    reason: str
    """Field names, types, ids and configured values only: never span text."""
    span_ids: tuple[str, ...] = ()
    """The spans that carried the signal (empty for trace-level rules)."""


class Promotion(BaseModel):
    """One rule's verdict that a trace becomes (or stays) a case, and why."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    rule: str
    """The rule's name in the rules file."""
    kind: str
    """The rule's kind (``error_status``, ``negative_feedback``...)."""
    reason: str
    span_ids: tuple[str, ...] = ()

    def to_source(self, at: datetime) -> RuleSource:
        """The case source recording this promotion."""
        return RuleSource(rule=self.rule, reason=self.reason, at=at)


class Rule(BaseModel, ABC):
    """Base of every rule kind."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: ClassVar[str]
    """The name the kind is registered under and written as in the rules file."""

    name: str = Field(min_length=1)
    """The rule's name (its table name in the rules file)."""
    enabled: StrictBool = True
    """A disabled rule is loaded and checked, but never promotes."""
    where: str | None = None
    """Optional condition over the trace's normalized fields that must also hold (see ``_expression``)."""
    description: str | None = None

    _condition: Condition | None = PrivateAttr(default=None)

    def model_post_init(self, context: Any, /) -> None:
        if self.where is not None:  # parsed and type-checked at load: ExpressionError names the rule
            self._condition = Condition(self.where, f"rules.{self.name}.where")

    def evaluate(self, facts: TraceFacts) -> Match | None:
        """The match, when the rule is enabled, its ``where`` holds and :meth:`check` finds the signal."""
        if not self.enabled:
            return None
        if self._condition is not None and not self._condition.matches(facts):
            return None
        return self.check(facts)

    @abstractmethod
    def check(self, facts: TraceFacts) -> Match | None:
        """The kind's own test of one trace."""
