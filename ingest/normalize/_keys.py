"""Attribute key facts, computed once per distinct key string instead of once per span.

Every span is scanned once to learn which key *families* it carries: an indexed family
(``llm.input_messages.`` for ``llm.input_messages.3.message.role``, see ``_flatten``) or else the
key's first dotted segment (``gen_ai``, ``llm``, ``ai``...). Adapters then answer "does this span
carry ``llm.*`` keys" or "how many keys sit under ``llm.input_messages.``" from that count instead
of running ``startswith`` over every key. Instrumentations repeat the same few hundred key
strings, so the family of a key is looked up in a cache; the scan runs in C (``map`` over a dict
subclass whose ``__missing__`` fills the cache); a span's family list is kept so that
``list.count`` answers the per-family key counts, also in C.

Whole key sets repeat too (one per operation and, for flattened conventions, per message count):
:func:`shape_of` keeps what depends on the key set alone (:class:`KeyShape`: families, roots, and
plans other modules derive from the keys, such as which ladder keys are present or which adapters
detect the span) so that a span with a known key set skips deriving them again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ingest.normalize._flatten import PREFIXES

# Hostile input can mint unbounded distinct keys; past this the cache starts over (cheap to refill).
_CACHE_LIMIT = 50_000
_SHAPE_LIMIT = 4_096


def _family_of(key: str) -> str:
    if key.startswith(PREFIXES.all):
        first, _, rest = key.partition(".")
        prefix = first + "."
        return prefix if prefix in PREFIXES.set else f"{prefix}{rest.partition('.')[0]}."
    return key.partition(".")[0]


class _Cache(dict[str, str]):
    """``key -> derive(key)``, filled on first sight; ``map(cache.__getitem__, keys)`` stays in C."""

    def __init__(self, derive: Callable[[str], str]) -> None:
        super().__init__()
        self._derive = derive

    def __missing__(self, key: str) -> str:
        if len(self) >= _CACHE_LIMIT:
            self.clear()
        value = self[key] = self._derive(key)
        return value


_FAMILIES = _Cache(_family_of)
family_of = _FAMILIES.__getitem__
"""The family of one attribute key: its indexed prefix, else its first dotted segment."""
root_of = _Cache(lambda family: family.partition(".")[0]).__getitem__
"""The first dotted segment of a family."""


@dataclass(slots=True)
class KeyShape:
    """What a span's attribute *key set* tells, shared by every span with the same keys in order.

    Instrumentations emit the same few key sets over and over (one per operation and, for
    flattened conventions, per message count), so this is computed once per distinct key tuple.
    Only facts about the keys belong here, never about values.
    """

    family_list: tuple[str, ...]
    """The family of each attribute key, in key order (``count`` answers per-family sizes)."""
    families: frozenset[str]
    roots: frozenset[str]
    """First dotted segment of every family: cheap "does any ``llm.*`` key exist" checks."""
    ladder: Any = None
    """``_common``'s per-shape plan of which ladder keys are present, filled on first use."""
    leftover: tuple[frozenset[str], tuple[str, ...]] | None = None
    """``_span``'s last (consumed keys, kept keys) pair for this key set."""
    detected: dict[Any, Any] = field(default_factory=dict)
    """``_registry``'s detected adapters per scope name, filled on first use."""


_SHAPES: dict[tuple[str, ...], KeyShape] = {}


def shape_of(attributes: dict[str, Any]) -> KeyShape:
    """The (cached) :class:`KeyShape` of ``attributes``' keys."""
    keys = tuple(attributes)
    shape = _SHAPES.get(keys)
    if shape is None:
        if len(_SHAPES) >= _SHAPE_LIMIT:
            _SHAPES.clear()  # hostile input can mint unbounded key sets
        family_list = tuple(map(family_of, keys))
        families = frozenset(family_list)
        shape = _SHAPES[keys] = KeyShape(family_list, families, frozenset(map(root_of, families)))
    return shape


def reset_key_caches() -> None:
    """Forget every key family and key shape: the indexed families changed (an adapter registered)."""
    _FAMILIES.clear()
    _SHAPES.clear()
