"""Redaction placeholders as they appear in redacted text: ``<PERSON_1>`` (numbered per trace),
``<EMAIL_ADDRESS_3f9a2c>`` (keyed hash), ``<PERSON:base64...>`` (reversible encryption).

The entity type stays meaningful across traces; the suffix does not.
"""

from __future__ import annotations

import regex

PLACEHOLDER = regex.compile(r"<([A-Z][A-Z0-9]*(?:_[A-Z][A-Z0-9]*)*)(?:_[0-9a-f]+|:[A-Za-z0-9+/=_-]+)>")
"""A placeholder; group 1 is the entity type."""


def generic_placeholders(text: str) -> str:
    """``<PERSON_3f9a2c>`` -> ``<PERSON>``: the type stays, the per-trace suffix goes."""
    return PLACEHOLDER.sub(r"<\1>", text)
