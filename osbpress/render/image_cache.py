"""Prepared photos kept by content and target size, bounded by their total bytes.

Decoding a 12-megapixel photo takes about 136 ms; a live preview renders
the same photos after every keystroke and an export renders them for four
formats. Entries are keyed by the sha256 of the source bytes and the
target (size, quality, PNG or JPEG), never by the caption or file name, so
editing a caption finds the photo already prepared. The least recently
used entries go first once the prepared bytes pass the limit; the source
bytes are never kept. Safe to use from several threads.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar


class _Sized(Protocol):
    @property
    def data(self) -> bytes: ...


V = TypeVar("V", bound=_Sized)


@dataclass(frozen=True)
class CacheInfo:
    """How the cache has done: lookups found and missed, entries and bytes held now."""

    hits: int
    misses: int
    entries: int
    size: int


class ImageCache(Generic[V]):
    """A least-recently-used map whose bound is the summed ``len(value.data)``."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._items: OrderedDict[Hashable, V] = OrderedDict()
        self._size = 0
        self._hits = 0
        self._misses = 0
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> V | None:
        with self._lock:
            value = self._items.get(key)
            if value is None:
                self._misses += 1
                return None
            self._items.move_to_end(key)
            self._hits += 1
            return value

    def put(self, key: Hashable, value: V) -> None:
        """Keep ``value``, dropping the oldest entries past the limit (and it, if too big)."""
        size = len(value.data)
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self._size -= len(old.data)
            if size > self.limit:
                return
            self._items[key] = value
            self._size += size
            while self._size > self.limit:
                _, dropped = self._items.popitem(last=False)
                self._size -= len(dropped.data)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._size = 0
            self._hits = self._misses = 0

    def info(self) -> CacheInfo:
        with self._lock:
            return CacheInfo(self._hits, self._misses, len(self._items), self._size)
