"""The adapter registry: one adapter per span convention, registered by name.

Each adapter says whether a span carries its convention (``detect``, a few cheap key checks) and
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


class _Registry:
    def __init__(self) -> None:
        self.by_name: dict[str, Adapter] = {}
        self.ordered: tuple[Adapter, ...] = ()
        """Rebuilt once per registration, read once per span."""


_REGISTRY = _Registry()


def register_adapter(name: str, *, order: int, detect: Detect, label_rank: int | None = None) -> Callable[[Fill], Fill]:
    """Decorator registering ``fill`` as the adapter ``name``; a duplicate name is a programming error."""

    def decorator(fill: Fill) -> Fill:
        if name in _REGISTRY.by_name:
            raise ValueError(f"span adapter {name!r} is already registered")
        _REGISTRY.by_name[name] = Adapter(
            name=name, order=order, label_rank=order if label_rank is None else label_rank, detect=detect, fill=fill
        )
        _REGISTRY.ordered = tuple(sorted(_REGISTRY.by_name.values(), key=lambda adapter: adapter.order))
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
