"""The adapter registry: one adapter per span convention, each declared in one module.

An adapter module in ``ingest.normalize.adapters`` registers itself with :func:`register_adapter`
and declares everything the shared machinery needs from it, so adding a convention is one new
module and nothing else:

* ``detect`` (a few cheap key checks, cached per key set unless ``detect_by_keys=False``) and
  ``fill`` (the normalized fields it knows);
* ``kinds``: its classification rules (CONVENTIONS 7.2), each an attribute, a value -> kind
  lookup and a rank in the one ladder all conventions share;
* ``ladders``: its keys for the scalar fields read for every span (model, provider, usage,
  session/user, tool identity; see ``_common``), merged across adapters in adapter ``order``;
* ``indexed``: the flattened list families it reads (``llm.input_messages.`` ...; see ``_flatten``).

``normalize_span`` runs every adapter that detects the span, in ``order``; because fields are
gap-filled, a lower ``order`` wins where conventions coexist on one span (dual-write, 7.3).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ingest.normalize._context import SpanContext
from ingest.normalize._flatten import add_indexed_prefixes
from ingest.normalize._keys import reset_key_caches
from schemas.span import SpanKind

Detect = Callable[[SpanContext], bool]
Fill = Callable[[SpanContext], None]
KindLookup = Callable[[Any], SpanKind | None]

LADDER_FIELDS = frozenset(
    {
        "response_model",
        "request_model",
        "provider",
        "session_id",
        "user_id",
        "tool_name",
        "tool_call_id",
        "input_tokens",
        "output_tokens",
        "total_tokens",
        "cache_read_tokens",
        "cache_write_tokens",
        "reasoning_tokens",
        "finish_reasons",
    }
)
"""The fields whose keys adapters declare (``ladders``); all but ``finish_reasons`` (read after the
adapters, which may find them in the output messages first) are filled by ``_common``."""


@dataclass(frozen=True, slots=True)
class KindRule:
    """``attribute`` classifies a span when ``lookup(value)`` maps; a lower ``rank`` is asked first."""

    attribute: str
    lookup: KindLookup
    rank: int


def kind_table(mapping: Mapping[str, SpanKind], transform: Callable[[Any], Any] | None = None) -> KindLookup:
    """A value -> kind lookup from a table (``transform`` normalizes the value first, e.g. upper-casing)."""

    def lookup(value: Any) -> SpanKind | None:
        if transform is not None:
            value = transform(value)
        return mapping.get(value) if isinstance(value, str) else None

    return lookup


@dataclass(frozen=True, slots=True)
class Adapter:
    """A registered convention adapter."""

    name: str
    order: int
    """Lower fills first and wins conflicts."""
    label_rank: int
    """Lower names the span's convention when several adapters detect it: a vendor adapter
    (``traceloop``) labels a span even where the OTel adapter fills its OTel-style attributes."""
    detect: Detect
    fill: Fill
    detect_by_keys: bool = True
    """``detect`` reads only the attribute keys (not values), the scope name and the events, so its
    answer for a span without events is cached per key set and scope (see :func:`detect_adapters`)."""
    kinds: tuple[KindRule, ...] = ()
    ladders: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    indexed: tuple[str, ...] = ()


class _Registry:
    def __init__(self) -> None:
        self.by_name: dict[str, Adapter] = {}
        self.ordered: tuple[Adapter, ...] = ()
        """Rebuilt once per registration, read once per span."""
        self.cacheable = True
        """Every adapter detects by keys: detection results may be cached per key set."""
        self.kind_ladder: tuple[tuple[str, KindLookup], ...] = ()
        self.ladders: dict[str, tuple[str, ...]] = {}
        """field -> keys of every adapter, in adapter order."""
        self.finish_reason_keys: tuple[str, ...] = ()
        """``ladders["finish_reasons"]``, read for every span after the adapters."""
        self.generation = 0
        """Bumped by every registration: per-key-set plans derived from the tables above compare it."""

    def rebuild(self) -> None:
        self.ordered = tuple(sorted(self.by_name.values(), key=lambda adapter: adapter.order))
        self.cacheable = all(adapter.detect_by_keys for adapter in self.ordered)
        rules = sorted((rule for adapter in self.ordered for rule in adapter.kinds), key=lambda rule: rule.rank)
        self.kind_ladder = tuple((rule.attribute, rule.lookup) for rule in rules)
        ladders: dict[str, list[str]] = {}
        for adapter in self.ordered:
            for name, keys in adapter.ladders.items():
                known = ladders.setdefault(name, [])
                known.extend(key for key in keys if key not in known)
        self.ladders = {name: tuple(keys) for name, keys in ladders.items()}
        self.finish_reason_keys = self.ladders.get("finish_reasons", ())
        self.generation += 1


_REGISTRY = _Registry()
TABLES = _REGISTRY
"""The derived tables (``kind_ladder``, ``ladders``, ``finish_reason_keys``, ``generation``), read as
attributes on the per-span path (cheaper than a function call per span); never mutate them."""


def register_adapter(
    name: str,
    *,
    order: int,
    detect: Detect,
    label_rank: int | None = None,
    detect_by_keys: bool = True,
    kinds: Sequence[KindRule] = (),
    ladders: Mapping[str, Sequence[str]] | None = None,
    indexed: Sequence[str] = (),
) -> Callable[[Fill], Fill]:
    """Decorator registering ``fill`` as the adapter ``name``; a duplicate name or an unknown ladder
    field is a programming error.

    Pass ``detect_by_keys=False`` when ``detect`` looks at attribute *values* (see ``Adapter``).
    """
    unknown = set(ladders or ()) - LADDER_FIELDS
    if unknown:
        raise ValueError(f"span adapter {name!r} declares unknown ladder fields {sorted(unknown)}")

    def decorator(fill: Fill) -> Fill:
        if name in _REGISTRY.by_name:
            raise ValueError(f"span adapter {name!r} is already registered")
        _REGISTRY.by_name[name] = Adapter(
            name=name,
            order=order,
            label_rank=order if label_rank is None else label_rank,
            detect=detect,
            fill=fill,
            detect_by_keys=detect_by_keys,
            kinds=tuple(kinds),
            ladders={key: tuple(keys) for key, keys in (ladders or {}).items()},
            indexed=tuple(indexed),
        )
        _REGISTRY.rebuild()
        if add_indexed_prefixes(indexed):
            reset_key_caches()  # key families computed before now may have missed the new prefixes
        return fill

    return decorator


def get_adapter(name: str) -> Adapter:
    try:
        return _REGISTRY.by_name[name]
    except KeyError:
        known = ", ".join(a.name for a in _REGISTRY.ordered)
        raise LookupError(f"no span adapter named {name!r}; registered: {known}") from None


def registered_adapters() -> tuple[Adapter, ...]:
    """All adapters in precedence order."""
    return _REGISTRY.ordered


# Distinct scope names remembered per key set (hostile input could mint unbounded ones).
_SCOPES_PER_SHAPE = 64


def detect_adapters(ctx: SpanContext) -> tuple[Adapter, ...]:
    """The adapters that detect ``ctx``'s span, in precedence order.

    Detection reads keys, the scope name and events only, so a span without events reuses the
    answer computed for the first span with the same key set and scope (``KeyShape.detected``).
    The registry's current adapter tuple is stored with the answer: a later registration
    invalidates it.
    """
    ordered = _REGISTRY.ordered
    if ctx.events or not _REGISTRY.cacheable:
        return tuple(adapter for adapter in ordered if adapter.detect(ctx))
    memo = ctx.shape.detected
    scope = ctx.raw.scope_name
    hit = memo.get(scope)
    if hit is None or hit[0] is not ordered:
        if len(memo) >= _SCOPES_PER_SHAPE:
            memo.clear()
        hit = memo[scope] = (ordered, tuple(adapter for adapter in ordered if adapter.detect(ctx)))
    detected: tuple[Adapter, ...] = hit[1]
    return detected
