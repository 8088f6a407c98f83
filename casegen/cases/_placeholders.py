"""Redaction placeholders (``schemas.redaction.PLACEHOLDER``) made generic for comparing cases across traces."""

from __future__ import annotations

from schemas.redaction import PLACEHOLDER

__all__ = ["PLACEHOLDER", "generic_placeholders"]


def generic_placeholders(text: str) -> str:
    """``<PERSON_3f9a2c>`` -> ``<PERSON>``: the type stays, the per-trace suffix goes."""
    return PLACEHOLDER.sub(r"<\1>", text)
