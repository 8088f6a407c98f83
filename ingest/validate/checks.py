"""Checking normalized spans against the required-field policy (``schemas.RequiredFieldPolicy``).

Violations are evidence, not rejections: a violating span is kept, and its violations travel in
the trace record so app teams see what their instrumentation misses.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

from schemas.policy import Problem, RequiredFieldPolicy, Violation
from schemas.span import NormalizedSpan


def check_span(span: NormalizedSpan, policy: RequiredFieldPolicy) -> list[Violation]:
    """Every field the policy requires of the span's kind that the span lacks, in policy order."""
    violations = []
    for name in policy.fields_for(span.kind):
        problem = field_problem(span, name)
        if problem is not None:
            violations.append(Violation(span_id=span.span_id, field=name, problem=problem))
    return violations


def check_spans(spans: Iterable[NormalizedSpan], policy: RequiredFieldPolicy) -> list[Violation]:
    return [v for span in spans for v in check_span(span, policy)]


@functools.cache
def _path(dotted: str) -> tuple[str, ...]:
    # Field names come from a validated policy (a few dozen at most), so the cache stays tiny.
    return tuple(dotted.split("."))


def field_problem(span: NormalizedSpan, dotted: str) -> Problem | None:
    """``missing``/``empty`` when the span lacks ``dotted``, else ``None``."""
    value: Any = span
    for part in _path(dotted):
        value = getattr(value, part, None)
        if value is None:
            return "missing"
    if value in ("", [], {}):
        return "empty"
    return None
