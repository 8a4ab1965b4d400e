"""How a revision's text is kept: the release's JSON, zlib-compressed against a keyframe.

Every ``KEYFRAME_EVERY``-th revision of a draft is compressed on its own; the
ones between use that keyframe's JSON as zlib's preset dictionary, so twenty
revisions that differ by a sentence cost little more than one. Reading any
revision needs at most two decompressions. Every read goes back through
``load_release``, so a damaged row is reported like a bad file, never trusted.
"""

from __future__ import annotations

import hashlib
import zlib

from osbpress.model import Release
from osbpress.validation import load_release

KEYFRAME_EVERY = 16
_LEVEL = 6


def dump(release: Release) -> bytes:
    return release.model_dump_json().encode("utf-8")


def load(text: bytes, what: str) -> Release:
    return load_release(text, what=what)


def digest(text: bytes) -> str:
    return hashlib.sha256(text).hexdigest()


def keyframe_of(n: int) -> int | None:
    """The keyframe revision whose text compresses revision ``n``; None if ``n`` is one."""
    offset = (n - 1) % KEYFRAME_EVERY
    return None if offset == 0 else n - offset


def encode(text: bytes, zdict: bytes | None) -> bytes:
    compressor = (
        zlib.compressobj(_LEVEL, zdict=zdict) if zdict is not None else zlib.compressobj(_LEVEL)
    )
    return compressor.compress(text) + compressor.flush()


def decode(body: bytes, zdict: bytes | None) -> bytes:
    decompressor = zlib.decompressobj(zdict=zdict) if zdict is not None else zlib.decompressobj()
    text = decompressor.decompress(body) + decompressor.flush()
    if not decompressor.eof:
        raise zlib.error("incomplete revision body")
    return text
