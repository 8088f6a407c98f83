"""Bounded LRUs: one keyed by a content hash (the hash, not the text, is the key, so no PII is held as
keys), and one of per-scope state keyed by scope name (a trace id)."""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

_V = TypeVar("_V")


def content_key(text: str) -> bytes:
    """16-byte BLAKE2b digest of ``text`` (surrogates from lone JSON escapes are hashed, not rejected)."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


class LruCache(Generic[_V]):
    """Least-recently-used cache of at most ``size`` entries (0 disables it)."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._items: OrderedDict[bytes, _V] = OrderedDict()
        self.hits = 0

    def get(self, key: bytes) -> _V | None:
        found = self._items.get(key)
        if found is not None:
            self.hits += 1
            self._items.move_to_end(key)
        return found

    def put(self, key: bytes, value: _V) -> None:
        if self._size == 0:
            return
        self._items[key] = value
        self._items.move_to_end(key)
        if len(self._items) > self._size:
            self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)


class ScopeTable(Generic[_V]):
    """State per scope (a trace's pseudonyms, its names), created on first use and kept for the ``size``
    most recently used scopes, so a long-running consumer does not keep every trace's state forever."""

    def __init__(self, size: int, create: Callable[[], _V]) -> None:
        self._size = size
        self._create = create
        self._items: OrderedDict[str, _V] = OrderedDict()

    def of(self, scope: str) -> _V:
        found = self._items.get(scope)
        if found is None:
            found = self._items[scope] = self._create()
            if len(self._items) > self._size:
                self._items.popitem(last=False)
        else:
            self._items.move_to_end(scope)
        return found
