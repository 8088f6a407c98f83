"""Errors raised by normalization. Messages name fields and ids, never span content."""

from __future__ import annotations

from schemas.errors import TracecaseError


class NormalizeError(TracecaseError):
    """Base class of normalization errors."""


class InvalidSpanError(NormalizeError):
    """A raw span lacks what every normalized span needs (well-formed trace/span ids)."""
