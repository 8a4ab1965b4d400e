"""Prepared photos kept in the cache folder, so a fresh process does not decode them again.

The memory cache (``image_cache``) lasts one process. The first PDF of a
fresh ``osbpress render``, or the app's first preview after a start, had to
decode and re-encode every photo again: 30 ms for the sample's, about 90 ms
for each 12-megapixel camera photo. Here a prepared image is also written to
``<cache folder>/images/`` under its content digest and target, and read
back by the next process.

An entry holds a short header (size, natural width, type) and a digest of
the image bytes, checked on every read: a damaged, truncated or foreign
file is ignored and made again, never embedded. The folder is kept under
``LIMIT_BYTES``: past it, the entries read or written longest ago go first.
A folder that cannot be read or written only means preparing as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import struct
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from osbpress.files import write_cache
from osbpress.paths import cache_dir

__all__ = ["LIMIT_BYTES", "folder", "read", "write"]

LIMIT_BYTES = 256 * 1024 * 1024
_MAGIC = b"OSBI1"
# magic, width, height, natural width, type (0 JPEG, 1 PNG), digest of the image bytes
_HEADER = struct.Struct(f"<{len(_MAGIC)}sIIdB16s")
_MIMES = ("image/jpeg", "image/png")

T = TypeVar("T")
Make = Callable[[bytes, int, int, str, float], T]


def folder() -> Path:
    return cache_dir() / "images"


def name_for(digest: bytes, limit: int, quality: int, logo: bool) -> str:
    """The entry's file name: what was prepared, and for which target."""
    return f"{digest.hex()}-{limit}-{quality}-{'logo' if logo else 'photo'}.img"


def read(name: str, make: Make[T]) -> T | None:
    """The entry ``name`` as ``make(data, width, height, mime, natural_width)``; None if unsound."""
    where = folder() / name
    try:
        raw = where.read_bytes()
    except OSError:
        return None
    if len(raw) <= _HEADER.size:
        return None
    magic, width, height, natural, kind, digest = _HEADER.unpack_from(raw)
    data = raw[_HEADER.size :]
    if magic != _MAGIC or kind >= len(_MIMES) or not (width and height):
        return None
    if hashlib.blake2b(data, digest_size=16).digest() != digest:
        return None
    with contextlib.suppress(OSError):
        os.utime(where)  # read now: the last to be pruned
    return make(data, width, height, _MIMES[kind], natural)


def write(name: str, data: bytes, width: int, height: int, mime: str, natural: float) -> None:
    """Keep a prepared image as ``name``; silently nothing when the folder refuses."""
    header = _HEADER.pack(
        _MAGIC,
        width,
        height,
        natural,
        _MIMES.index(mime),
        hashlib.blake2b(data, digest_size=16).digest(),
    )
    if write_cache(folder() / name, header + data):
        prune()


def prune(limit: int | None = None) -> None:
    """Remove the entries used longest ago until the folder holds at most ``limit`` bytes."""
    limit = LIMIT_BYTES if limit is None else limit
    try:
        entries = [
            (entry.stat().st_mtime_ns, entry.stat().st_size, entry.path)
            for entry in os.scandir(folder())
            if entry.is_file() and entry.name.endswith(".img")
        ]
    except OSError:
        return
    total = sum(size for _when, size, _path in entries)
    for _when, size, path in sorted(entries):
        if total <= limit:
            break
        with contextlib.suppress(OSError):
            os.unlink(path)
            total -= size
