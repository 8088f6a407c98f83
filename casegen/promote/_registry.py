"""Rule kinds by name: each kind module registers its class with :func:`register_rule`."""

from __future__ import annotations

from typing import TypeVar

from casegen.exceptions import UnknownRuleError
from casegen.promote._base import Rule

_R = TypeVar("_R", bound=type[Rule])
_KINDS: dict[str, type[Rule]] = {}


def register_rule(cls: _R) -> _R:
    """Class decorator: make ``cls`` available under ``cls.kind`` in rules files."""
    kind = cls.kind
    existing = _KINDS.get(kind)
    if existing is not None and existing is not cls:
        raise ValueError(f"rule kind {kind!r} is already registered by {existing.__qualname__}")
    _KINDS[kind] = cls
    return cls


def rule_kind(kind: str) -> type[Rule]:
    """The class registered as ``kind``; :class:`UnknownRuleError` (a ``LookupError``) names the known ones."""
    try:
        return _KINDS[kind]
    except KeyError:
        raise UnknownRuleError(f"unknown rule kind {kind!r}; known kinds: {', '.join(sorted(_KINDS))}") from None


def rule_kinds() -> list[str]:
    """Every registered kind, sorted."""
    return sorted(_KINDS)
