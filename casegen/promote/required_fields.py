"""``required_fields``: promote a trace whose spans violate the required-field policy (off by default).

The policy itself (``schemas.RequiredFieldPolicy``) is applied when the trace is assembled; its
violations are on the trace record. This rule turns them into cases, which is mostly useful while
instrumenting a new service.

Settings (all optional):

``fields``
    Only violations of these normalized fields count (``model``, ``tool.arguments``...). Default: any.
``problems``
    Which problems count: ``missing``, ``empty``. Default: both.
"""

from __future__ import annotations

from typing import ClassVar

from pydantic import StrictBool, field_validator

from casegen.promote._base import Match, Rule
from casegen.promote._facts import TraceFacts
from casegen.promote._registry import register_rule
from schemas.policy import KNOWN_FIELDS, Problem


@register_rule
class RequiredFieldsRule(Rule):
    kind: ClassVar[str] = "required_fields"

    enabled: StrictBool = False
    fields: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ("missing", "empty")

    @field_validator("fields")
    @classmethod
    def _known_fields(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [name for name in value if name not in KNOWN_FIELDS]
        if unknown:
            raise ValueError(f"unknown field {unknown[0]!r}; known: {', '.join(sorted(KNOWN_FIELDS))}")
        return value

    def check(self, facts: TraceFacts) -> Match | None:
        hits = [
            v
            for v in facts.trace.violations
            if v.problem in self.problems and (not self.fields or v.field in self.fields)
        ]
        if not hits:
            return None
        fields = sorted({f"{v.field} ({v.problem})" for v in hits})
        return Match(
            reason=f"required fields violated: {', '.join(fields)}",
            span_ids=tuple(dict.fromkeys(v.span_id for v in hits)),
        )
