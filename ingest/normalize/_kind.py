"""Span classification (CONVENTIONS 7.2): the first declared rule whose attribute maps decides.

Each adapter module declares its rules (``register_adapter(kinds=...)``); this module only walks
them in rank order, then falls back to the presence of a tool identity key (tool) or a model key
(llm), both taken from the adapters' declared ladders.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ingest.normalize._registry import TABLES
from schemas.span import SpanKind

_FALLBACKS: dict[str, SpanKind] = {
    "tool_name": "tool",
    "tool_call_id": "tool",
    "response_model": "llm",
    "request_model": "llm",
}


class _Fallback:
    """``(generation, ((keys, kind), ...))``, rebuilt when an adapter registers."""

    generation = -1
    rules: tuple[tuple[tuple[str, ...], SpanKind], ...] = ()


def _fallback_rules() -> tuple[tuple[tuple[str, ...], SpanKind], ...]:
    if TABLES.generation != _Fallback.generation:
        _Fallback.rules = tuple((TABLES.ladders.get(name, ()), kind) for name, kind in _FALLBACKS.items())
        _Fallback.generation = TABLES.generation
    return _Fallback.rules


def classify(attributes: Mapping[str, Any]) -> SpanKind:
    for key, lookup in TABLES.kind_ladder:
        value = attributes.get(key)
        if value is not None:
            kind = lookup(value)
            if kind is not None:
                return kind
    for keys, kind in _fallback_rules():
        if any(key in attributes for key in keys):
            return kind
    return "other"
