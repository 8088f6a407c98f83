"""Signals rules look for: configured span attribute values (``{"app.rating" = [1, 2]}``) and feedback
verdicts (a configured label, or a score below a threshold)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from schemas.span import Feedback, NormalizedSpan

AttributeValues = dict[str, list[str | float | bool]]
"""Attribute key -> the values that count; strings compare case-insensitively."""


def value_matches(actual: Any, wanted: Sequence[str | float | bool]) -> bool:
    """Whether ``actual`` (or, for a list, any element of it) is one of ``wanted``."""
    if isinstance(actual, list | tuple):
        return any(value_matches(item, wanted) for item in actual)
    for value in wanted:
        if isinstance(value, bool) or isinstance(actual, bool):
            if isinstance(value, bool) and isinstance(actual, bool) and value == actual:
                return True
        elif isinstance(value, str):
            if isinstance(actual, str) and actual.casefold() == value.casefold():
                return True
        elif isinstance(actual, int | float) and float(actual) == float(value):
            return True
    return False


def matching_attributes(
    spans: Iterable[NormalizedSpan], wanted: Mapping[str, Sequence[str | float | bool]]
) -> list[tuple[str, str]]:
    """``(span id, attribute key)`` of every span attribute holding one of its wanted values."""
    hits: list[tuple[str, str]] = []
    if not wanted:
        return hits
    for span in spans:
        for key, values in wanted.items():
            if key in span.attributes and value_matches(span.attributes[key], values):
                hits.append((span.span_id, key))
    return hits


def feedback_verdict(feedback: Feedback, labels: Sequence[str], score_below: float | None) -> str | None:
    """Why ``feedback`` counts (its label is one of ``labels``, case-insensitive, or its score is below
    ``score_below``), in configured terms; None when it does not."""
    if feedback.label is not None:
        label = feedback.label.casefold()
        configured = next((x for x in labels if x.casefold() == label), None)
        if configured is not None:
            return f"label {configured!r}"
    if score_below is not None and feedback.score is not None and feedback.score < score_below:
        return f"score {feedback.score:g} below {score_below:g}"
    return None
