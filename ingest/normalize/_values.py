"""Small value helpers shared by the adapters: safe JSON parsing and scalar coercion.

Everything here must be linear in the input size and must never raise on hostile input: a
truncated attribute, a 10 MB blob or a 1,000-deep JSON document come back as their raw string
(a structured value too deep to serialize later becomes :data:`TOO_DEEP`).
"""

from __future__ import annotations

from typing import Any

import orjson

from schemas.span import Document

# Structured values kept in a span (tool arguments/results, document metadata) may not nest
# deeper than this: pydantic refuses to serialize past ~250 levels and the stdlib json module
# recurses, so a parsed 1,000-deep document would crash a later stage. Message JSON itself is
# parsed without the check: only its strings are kept, never its structure.
MAX_JSON_DEPTH = 128
TOO_DEEP = f"[value nested deeper than {MAX_JSON_DEPTH} levels]"
_OPENERS = ("{", "[")


def loads(text: str | bytes) -> Any:
    """Parse JSON; ``None`` on any failure (invalid, truncated, deeper than orjson's 1,024 levels)."""
    try:
        return orjson.loads(text)
    except (orjson.JSONDecodeError, RecursionError, TypeError):
        return None


def bounded(value: Any, fallback: Any = TOO_DEEP) -> Any:
    """``value``, or ``fallback`` when it nests deeper than :data:`MAX_JSON_DEPTH`."""
    if isinstance(value, dict | list) and _too_deep_value(value):
        return fallback
    return value


def parse_structured(value: Any) -> Any:
    """A JSON object/array held in a string becomes the parsed value; anything else is returned as is.

    Only strings that look like an object or array are parsed, so a plain ``"42"`` or ``"true"``
    stays text. Invalid JSON (e.g. truncated by an attribute length limit) and JSON nested deeper
    than :data:`MAX_JSON_DEPTH` stay the raw string; an already-structured value that deep becomes
    :data:`TOO_DEEP`.
    """
    if isinstance(value, str):
        if not _looks_structured(value):
            return value
        parsed = loads(value)
        if parsed is None or (_bracket_count(value) > MAX_JSON_DEPTH and _too_deep_value(parsed)):
            return value
        return parsed
    return bounded(value)


def structured(value: Any) -> Any:
    """Like :func:`parse_structured` but ``None`` when a string does not hold an object/array."""
    if isinstance(value, dict | list):
        return value
    if isinstance(value, str) and _looks_structured(value):
        return loads(value)
    return None


def unquote(value: Any) -> Any:
    """MLflow JSON-dumps every attribute value: ``'"LLM"'`` -> ``'LLM'``; non-JSON stays as is."""
    if isinstance(value, str) and value:
        parsed = loads(value)
        if parsed is not None:
            return parsed
    return value


def as_text(value: Any) -> str | None:
    """Text for a message body: strings as is, structured values as compact JSON."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    try:
        return orjson.dumps(value).decode()
    except (TypeError, orjson.JSONEncodeError):
        # Not JSON-serializable (bytes, too deep): repr is safe only for shallow values.
        return TOO_DEEP if bounded(value) is TOO_DEEP else str(value)


def as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            return None
    return None


def as_float(value: Any) -> float | None:
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip())
        except ValueError:
            return None
    return None


def as_str(value: Any) -> str | None:
    """A non-empty string, else ``None`` (numbers are stringified: ids are sometimes ints)."""
    if isinstance(value, str):
        return value or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _looks_structured(text: str) -> bool:
    head = text[:1]
    if head in _OPENERS:
        return True
    # Only strip a short head: lstrip() on a 10 MB value would copy it.
    return head.isspace() and text[:64].lstrip()[:1] in _OPENERS


def _bracket_count(text: str) -> int:
    # Counted in C; a document with fewer opening brackets than the limit cannot be too deep,
    # so the Python-level walk runs on almost nothing in practice.
    return text.count("[") + text.count("{")


def _too_deep_value(value: Any) -> bool:
    """Iterative depth check (no recursion, stops at the first too-deep branch)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            return True
        children = node.values() if isinstance(node, dict) else node
        for child in children:
            if isinstance(child, dict | list):
                stack.append((child, depth + 1))
    return False


def document(id_: Any, content: str | None, score: Any, metadata: Any) -> Document:
    """A retrieved document from one convention's raw fields: ids as strings (some are ints), scores
    as floats, metadata as a dict (parsed when it arrives as a JSON string, else empty)."""
    metadata = structured(metadata)
    return Document(
        id=as_str(id_),
        content=content,
        score=as_float(score),
        metadata=dict(metadata) if isinstance(metadata, dict) else {},
    )
