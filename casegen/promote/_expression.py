"""Conditions: a small typed expression language over a trace's normalized fields (``rule-engine``).

::

    service == "checkout" and model =~ "gpt-4.*"
    "refund" in tool_names and language != "en"
    duration_ms > 20000 or error_type == "RateLimitError"

Nothing is ever passed to ``eval``: rule-engine parses the text into its own syntax tree, and resolves
only the fields below. Every field is declared with its type, so a misspelt field, a call of something
that is not a field, or a comparison of mismatched types fails when the rules are *loaded*, naming the rule.
Ordering, arithmetic and membership are type-checked; ``==`` compares any two values (a string
never equals a number: false, not an error). Fields may be null (no model recorded): ``model == "x"``
is then false; use ``model&.as_lower`` to read an attribute of a nullable string. Regular expressions
(``=~``) come from the rules file, which is trusted configuration like any other setting.
"""

from __future__ import annotations

from typing import Any

import rule_engine

from casegen.exceptions import ExpressionError
from casegen.promote._facts import TraceFacts

_T = rule_engine.DataType
FIELD_TYPES: dict[str, Any] = {
    "trace_id": _T.STRING,
    "service": _T.STRING,
    "model": _T.STRING,
    "models": _T.ARRAY(_T.STRING),
    "provider": _T.STRING,
    "tool_names": _T.ARRAY(_T.STRING),
    "convention": _T.STRING,
    "conventions": _T.ARRAY(_T.STRING),
    "language": _T.STRING,
    "status": _T.STRING,
    "error_type": _T.STRING,
    "feedback_names": _T.ARRAY(_T.STRING),
    "feedback_labels": _T.ARRAY(_T.STRING),
    "span_count": _T.FLOAT,
    "duration_ms": _T.FLOAT,
}
"""Every field a condition may name, with its type (all may be null except the lists and ``status``)."""

MAX_LENGTH = 2000
"""Longer expressions are refused: a condition is a line of configuration, not a program."""

_CONTEXT = rule_engine.Context(
    type_resolver=rule_engine.type_resolver_from_dict(FIELD_TYPES),
    resolver=rule_engine.resolve_attribute,
    default_timezone="UTC",
)


class Condition:
    """A parsed, type-checked expression; :meth:`matches` evaluates it against one trace."""

    def __init__(self, text: str, where: str = "condition") -> None:
        if len(text) > MAX_LENGTH:
            raise ExpressionError(f"{where}: expression is {len(text)} characters long; at most {MAX_LENGTH}")
        if not text.strip():
            raise ExpressionError(f"{where}: expression is empty")
        try:
            self._rule = rule_engine.Rule(text, context=_CONTEXT)
        except rule_engine.errors.SymbolResolutionError as exc:
            raise ExpressionError(
                f"{where}: unknown field {exc.symbol_name!r}; fields: {', '.join(sorted(FIELD_TYPES))}"
            ) from exc
        except rule_engine.errors.AttributeResolutionError as exc:
            raise ExpressionError(f"{where}: {exc.attribute_name!r} is not an attribute of that value") from exc
        except rule_engine.errors.RuleSyntaxError as exc:
            raise ExpressionError(f"{where}: syntax error in expression ({exc.message})") from exc
        except rule_engine.errors.EngineError as exc:
            raise ExpressionError(f"{where}: invalid expression ({_describe(exc)})") from exc
        except RecursionError as exc:  # absurd nesting: the parser is recursive
            raise ExpressionError(f"{where}: expression nests too deeply") from exc
        self.text = text

    def matches(self, facts: TraceFacts) -> bool:
        """True when the expression holds; rule-engine errors propagate (the caller names the rule)."""
        return bool(self._rule.matches(facts))

    def __repr__(self) -> str:
        return f"Condition({self.text!r})"


def _describe(exc: rule_engine.errors.EngineError) -> str:
    message = getattr(exc, "message", None) or type(exc).__name__
    if message == "data type mismatch":
        return "data type mismatch: compared or combined values of different types"
    return str(message)
