"""Merging two stored versions of one span: a span record and the log records seen elsewhere.

A span's log records (GenAI events on the logs topic) may be stored by another consumer, or after
the span itself: each side is normalized on its own, and the store keeps their merge. ``primary``
wins field by field; ``secondary`` fills what ``primary`` lacks, and lists of signals (feedback,
unconsumed events) are united. Merging the same versions again gives the same span, so
re-delivered records change nothing.
"""

from __future__ import annotations

from typing import Any

from schemas.redaction import RedactionRecord
from schemas.span import NormalizedSpan

_IDENTITY = frozenset({"schema_version", "trace_id", "span_id"})
_UNITED = frozenset({"feedback", "events"})


def merge_spans(
    primary: NormalizedSpan,
    secondary: NormalizedSpan,
    records: tuple[RedactionRecord | None, RedactionRecord | None] = (None, None),
) -> tuple[NormalizedSpan, RedactionRecord | None]:
    """``primary`` with its gaps filled from ``secondary`` (same trace and span id), and the merged
    redaction record (each field's entry from the side that supplied the field)."""
    update: dict[str, Any] = {}
    from_secondary: set[str] = set()
    for name in NormalizedSpan.model_fields:
        if name in _IDENTITY:
            continue
        mine, theirs = getattr(primary, name), getattr(secondary, name)
        if name in _UNITED:
            extra = [item for item in theirs if item not in mine]
            if extra:
                update[name] = [*mine, *extra]
                from_secondary.add(name)
        elif name == "attributes":
            missing = {key: value for key, value in theirs.items() if key not in mine}
            if missing:
                update[name] = {**mine, **missing}
                from_secondary.update(f"attributes.{key}" for key in missing)
        elif _empty(name, mine) and not _empty(name, theirs):
            update[name] = theirs
            from_secondary.add(name)
    merged = primary.model_copy(update=update) if update else primary
    return merged, _merge_records(records[0], records[1], from_secondary)


# The defaults a span takes when its source said nothing (a partial span's kind and status).
_DEFAULTS = {"kind": "other", "status": "unset"}


def _empty(name: str, value: Any) -> bool:
    return value is None or value in ("", [], {}) or _DEFAULTS.get(name) == value


def _merge_records(
    primary: RedactionRecord | None, secondary: RedactionRecord | None, from_secondary: set[str]
) -> RedactionRecord | None:
    if secondary is None or not from_secondary:
        return primary
    fields = dict(primary.fields) if primary is not None else {}
    for path, counts in secondary.fields.items():
        top = path.split(".", 1)[0]
        if path in from_secondary or top in from_secondary or _attribute_of(path, from_secondary):
            merged = dict(fields.get(path, {}))
            for entity, count in counts.items():
                merged[entity] = max(merged.get(entity, 0), count)
            fields[path] = merged
    version = primary.policy_version if primary is not None else secondary.policy_version
    return RedactionRecord(policy_version=version, fields=fields)


def _attribute_of(path: str, taken: set[str]) -> bool:
    return any(path == key or path.startswith(key + ".") for key in taken if key.startswith("attributes."))
