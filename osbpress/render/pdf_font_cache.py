"""Parsed font faces kept between runs, so a fresh process does not parse them again.

reportlab parses a TrueType face in pure Python (character map, widths,
glyph offsets: about 12 ms for one Noto face, 60 ms for the five a release
uses), which every fresh process — each ``osbpress render``, the app's first
preview — paid again. :func:`cached_font` builds the same ``TTFont`` but
keeps what the parse produced in the cache folder (``osbpress.paths.cache_dir``)
in ``marshal`` form, the format Python keeps its own compiled modules in;
the next process reads it in about a quarter of the time.

A cache file is named after the face, reportlab's version and a digest of
the font file, so a changed font or reportlab never meets an old entry. A
cache that cannot be read, written or trusted (missing, truncated, from
another version, a read-only disk) is simply not used: the face is parsed
as before. Nothing here can make a PDF differ from an uncached one.
"""

from __future__ import annotations

import fnmatch
import hashlib
import marshal
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

from osbpress.files import write_cache
from osbpress.paths import cache_dir

__all__ = ["cache_file", "cached_font"]

_FORMAT = 1
# Set by the parser before the face is read (or a function): never cached.
_NOT_KEPT = frozenset({"_ttf_data", "_pdfScale", "filename"})


def cached_font(name: str, path: Path) -> TTFont:
    """reportlab's ``TTFont(name, path)``, its face read from the cache when it can be."""
    font: TTFont = TTFont.__new__(TTFont)
    # What TTFont.__init__ does (reportlab 4 and 5), with the cached face.
    font.fontName = name
    font.face = _CachedFace(str(path))
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch.fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)
    return font


def cache_file(data: bytes, path: str) -> Path:
    """Where the parsed form of the font file ``path`` holding ``data`` is kept."""
    digest = hashlib.blake2b(data, digest_size=10).hexdigest()
    stem = Path(path).stem
    return cache_dir() / "fonts" / f"{stem}-rl{reportlab.Version}-{digest}.marshal"


class _CachedFace(TTFontFace):  # type: ignore[misc]
    """A TrueType face whose parsed tables come from the cache when a sound entry exists."""

    def extractInfo(self, charInfo: int = 1) -> None:
        where = cache_file(self._ttf_data, self.filename)
        kept = _read(where)
        if kept is not None:
            self.__dict__.update(kept)
            self._pdfScale = _scale(self.unitsPerEm)
            return
        super().extractInfo(charInfo)
        _write(where, {k: v for k, v in self.__dict__.items() if k not in _NOT_KEPT})


def _scale(units_per_em: int) -> Any:
    # As extractInfo makes it: font units to thousandths of the font size.
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def _read(where: Path) -> dict[str, Any] | None:
    try:
        entry = marshal.loads(where.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not (isinstance(entry, dict) and entry.get("format") == _FORMAT):
        return None
    attributes, names = entry.get("attributes"), entry.get("names")
    if not (isinstance(attributes, dict) and isinstance(names, list)):
        return None
    if not isinstance(attributes.get("unitsPerEm"), int) or "charWidths" not in attributes:
        return None
    for key in names:
        if not isinstance(attributes.get(key), bytes):
            return None
        attributes[key] = TTFNameBytes(attributes[key])
    return attributes


def _write(where: Path, attributes: dict[str, Any]) -> None:
    # TTFNameBytes is bytes with a decoded copy: marshal keeps plain bytes,
    # and _read makes them names again.
    names = [k for k, v in attributes.items() if isinstance(v, TTFNameBytes)]
    plain = {k: bytes(v) if k in names else v for k, v in attributes.items()}
    try:
        data = marshal.dumps({"format": _FORMAT, "attributes": plain, "names": names})
    except ValueError:  # a value marshal cannot keep (a newer reportlab): no cache
        return
    write_cache(where, data)  # refused (read-only, full): the next run parses again
