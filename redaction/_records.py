"""What redaction replaced in a span, by field path and entity type: the span's ``RedactionRecord``.

Counted from the placeholders the redacted span holds that the original did not, field by field, so the
record follows whatever the detectors found without reaching into them. Values only a mask or hash
operator replaced carry no typed placeholder and are not counted; a value dropped because redaction
failed counts as ``REDACTION_FAILED``.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from pydantic import BaseModel
from pydantic_core import to_json

from redaction._operators import REDACTION_FAILED
from schemas.redaction import PLACEHOLDER, RedactionRecord
from schemas.span import NormalizedSpan

_FAILED = REDACTION_FAILED[1:-1]


def span_record(original: NormalizedSpan, redacted: NormalizedSpan, policy_version: str) -> RedactionRecord:
    """The record of ``redacted``: per field path (``input_messages``, ``tool.arguments``,
    ``attributes.<key>``), how many values of each entity type were replaced."""
    fields: dict[str, dict[str, int]] = {}
    _compare(original, redacted, "", fields)
    return RedactionRecord(policy_version=policy_version, fields=dict(sorted(fields.items())))


def _compare(original: Any, redacted: Any, path: str, fields: dict[str, dict[str, int]]) -> None:
    if original is redacted or original == redacted:
        return
    if isinstance(original, BaseModel) and isinstance(redacted, BaseModel):
        for name in type(redacted).model_fields:
            _compare(getattr(original, name), getattr(redacted, name), _join(path, name), fields)
    elif isinstance(original, dict) and isinstance(redacted, dict) and path.count(".") == 0:
        # Attribute maps: one path per key, as auditors read them (``attributes.http.request.header.x``).
        for key, value in redacted.items():
            _compare(original.get(key), value, _join(path, str(key)), fields)
    else:
        added = _placeholders(redacted) - _placeholders(original)
        if added:
            fields[path] = dict(sorted(added.items()))


def _placeholders(value: Any) -> Counter[str]:
    if value is None:
        return Counter()
    text = value if isinstance(value, str) else to_json(value, fallback=str).decode()
    found = Counter(match.group(1) for match in PLACEHOLDER.finditer(text))
    failed = text.count(REDACTION_FAILED)
    if failed:
        found[_FAILED] += failed
    return found


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name
