"""The adapter registry: one adapter per span convention, registered by name.

Each adapter says whether a span carries its convention (``detect``, a few cheap key checks,
cached per key set unless registered with ``detect_by_keys=False``) and
fills the normalized fields it knows (``fill``). ``normalize_span`` runs every adapter that detects
the span, in ``order``; because fields are gap-filled, a lower ``order`` wins where conventions
coexist on one span (dual-write, CONVENTIONS 7.3).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ingest.normalize._context import SpanContext

Detect = Callable[[SpanContext], bool]
Fill = Callable[[SpanContext], None]


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


class _Registry:
    def __init__(self) -> None:
        self.by_name: dict[str, Adapter] = {}
        self.ordered: tuple[Adapter, ...] = ()
        """Rebuilt once per registration, read once per span."""
        self.cacheable = True
        """Every adapter detects by keys: detection results may be cached per key set."""


_REGISTRY = _Registry()


def register_adapter(
    name: str, *, order: int, detect: Detect, label_rank: int | None = None, detect_by_keys: bool = True
) -> Callable[[Fill], Fill]:
    """Decorator registering ``fill`` as the adapter ``name``; a duplicate name is a programming error.

    Pass ``detect_by_keys=False`` when ``detect`` looks at attribute *values* (see ``Adapter``).
    """

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
        )
        _REGISTRY.ordered = tuple(sorted(_REGISTRY.by_name.values(), key=lambda adapter: adapter.order))
        _REGISTRY.cacheable = all(adapter.detect_by_keys for adapter in _REGISTRY.ordered)
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
