"""``tool_error``: promote a trace in which a tool call failed.

A call failed when the tool span that ran it has status ERROR (or an error recorded), or when its result
is a JSON object holding a non-empty error key (tools that report failure in their answer).

Settings (all optional):

``tool_names``
    Only these tools count. Default: any tool.
``error_result_keys``
    Keys of a JSON-object result that mean failure when present and not empty/false. Default: ``error``.
    Empty: results are not inspected.
"""

from __future__ import annotations

from typing import Any, ClassVar

from casegen.promote._base import Match, Rule
from casegen.promote._facts import TraceFacts
from casegen.promote._registry import register_rule


@register_rule
class ToolErrorRule(Rule):
    kind: ClassVar[str] = "tool_error"

    tool_names: tuple[str, ...] = ()
    error_result_keys: tuple[str, ...] = ("error",)

    def check(self, facts: TraceFacts) -> Match | None:
        reasons: list[str] = []
        span_ids: list[str] = []
        for span in facts.trace.spans:
            if span.kind != "tool" or not (span.status == "error" or span.error is not None):
                continue
            name = span.tool.name if span.tool else None
            if self._watched(name):
                error_type = span.error.type if span.error and span.error.type else "error"
                reasons.append(f"tool {name or '(unnamed)'!r} span {span.span_id} failed ({error_type})")
                span_ids.append(span.span_id)
        for index, call in enumerate(facts.trace.tool_calls):
            key = self._error_key(call.result)
            if key is not None and self._watched(call.name):
                reasons.append(f"tool call {index} ({call.name or '(unnamed)'!r}) returned {key!r}")
        if not reasons:
            return None
        return Match(reason="; ".join(reasons), span_ids=tuple(span_ids))

    def _watched(self, name: str | None) -> bool:
        return not self.tool_names or name in self.tool_names

    def _error_key(self, result: Any) -> str | None:
        if not isinstance(result, dict):
            return None
        return next((k for k in self.error_result_keys if result.get(k) not in (None, "", False, [], {})), None)
