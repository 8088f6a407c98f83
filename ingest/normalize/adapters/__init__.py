"""The convention adapters: one module per span convention, each registering itself on import.

A module here declares everything about its convention in its ``register_adapter`` call
(detection, classification rules, ladder keys, indexed families, the fill function), so a new
convention is a new module in this package and nothing else: :func:`load_adapters` imports every
module found here (names starting with ``_`` are helpers, not adapters).
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache


@cache
def load_adapters() -> tuple[str, ...]:
    """Import (and so register) every adapter module of this package; their names, sorted."""
    names = sorted(info.name for info in pkgutil.iter_modules(__path__) if not info.name.startswith("_"))
    for name in names:
        importlib.import_module(f"{__name__}.{name}")
    return tuple(names)


__all__ = ["load_adapters"]
