"""Photos and logos: where their bytes come from, how they are named, what is accepted.

One home for what the store, bundles, compose, the renderers and the CLI
share about media: a ``MediaSource`` turns a reference into bytes; a photo
in the store is named ``sha256:<hex>`` of its content (``ref_for``,
``parse_ref``); files are read with a size limit (``read_file``,
``folder_media``); and every image passes one probe (``open_checked``) and,
before it is stored or bundled, one full check (``check_image``). Nothing
here renders, so importing it loads Pillow and nothing heavier.
"""

from __future__ import annotations

import hashlib
import io
import re
import warnings
from collections.abc import Callable
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from osbpress.errors import MediaError, OsbPressError

MediaSource = Callable[[str], bytes]
"""Returns the bytes of a photo or logo reference; raises MediaError naming it."""

MAX_MEDIA_BYTES = 40 * 1024 * 1024
# Pillow's own decompression-bomb guard trips at ~179 megapixels; a press
# photo from any camera is well under this, and past it decoding alone needs
# gigabytes.
MAX_PIXELS = 60_000_000
MEDIA_REF_PREFIX = "sha256:"
"""References with this prefix name a photo in the draft store by content hash."""

IMAGE_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif", "TIFF": "tif"}
"""The Pillow formats every renderer reads, with the file extension bundles use."""

_REF = re.compile(r"sha256:([0-9a-f]{64})")
_MB = 1024 * 1024


def ref_for(data: bytes) -> str:
    """The ``sha256:<hex>`` reference naming ``data`` in the store and in bundles."""
    return MEDIA_REF_PREFIX + hashlib.sha256(data).hexdigest()


def parse_ref(ref: str) -> str | None:
    """The hex digest inside a ``sha256:`` reference, or None for anything else."""
    match = _REF.fullmatch(ref)
    return match.group(1) if match else None


def content_digest(reference: str, data: bytes) -> str:
    """The sha256 hex digest of ``data``, taken from ``reference`` when it already is one.

    A store reference names its content, so megabytes need not be hashed again.
    """
    return parse_ref(reference.strip()) or hashlib.sha256(data).hexdigest()


def read_file(
    path: Path, label: str, error: type[OsbPressError], *, limit: int | None = None
) -> bytes:
    """The bytes of ``path``; ``error`` with a Turkish message naming ``label`` if they can't be had."""
    try:
        if limit is not None and (size := path.stat().st_size) > limit:
            raise error(f"{label} çok büyük ({size // _MB} MB; en çok {limit // _MB} MB)")
        return path.read_bytes()
    except FileNotFoundError:
        raise error(f"{label} bulunamadı ({path})") from None
    except IsADirectoryError:
        raise error(f"{label} bir dosya değil, klasör") from None
    except OSError as problem:
        raise error(f"{label} okunamadı: {problem.strerror}") from None


def folder_media(folder: Path) -> MediaSource:
    """A media source reading references as paths relative to ``folder``."""

    def read(reference: str) -> bytes:
        path = (folder / reference).expanduser()
        return read_file(path, f"“{reference}”", MediaError, limit=MAX_MEDIA_BYTES)

    return read


def with_store_fallback(media: MediaSource, store: MediaSource) -> MediaSource:
    """``media``, falling back to ``store`` for ``sha256:`` references only,
    so a missing file is still reported as the missing file."""

    def read(reference: str) -> bytes:
        try:
            return media(reference)
        except MediaError:
            if not reference.startswith(MEDIA_REF_PREFIX):
                raise
            return store(reference)

    return read


def open_checked(data: bytes, label: str) -> tuple[str, int, int]:
    """Pillow's format name and the pixel size of ``data``, after its structure check.

    The one check every image passes, in the store and in the renderers:
    MediaError naming ``label`` for bytes that are not an image and for more
    than MAX_PIXELS pixels. Call it with ``DecompressionBombWarning`` made an
    error. ``verify`` reads checksums and structure, not every pixel: whoever
    needs the pixels decodes them, which catches a truncated file.
    """
    try:
        probe = Image.open(io.BytesIO(data))
    except UnidentifiedImageError:
        raise MediaError(f"{label} bir görsel değil ya da bozuk.") from None
    with probe:
        width, height = probe.size
        if width * height > MAX_PIXELS:
            raise MediaError(
                f"{label} çok büyük ({width}×{height}, {width * height / 1e6:.0f} megapiksel); "
                f"en fazla {MAX_PIXELS // 1_000_000} megapiksel olabilir."
            )
        kind = probe.format or ""
        probe.verify()
    return kind, width, height


def check_image(data: bytes, name: str) -> str:
    """The Pillow format of ``data``; MediaError naming ``name`` unless it is a sound image.

    Callers that know which photo this is wrap the call in ``errors.at_field``.
    """
    if len(data) > MAX_MEDIA_BYTES:
        raise MediaError(
            f"“{name}” çok büyük ({len(data) // _MB} MB; en çok {MAX_MEDIA_BYTES // _MB} MB)"
        )
    try:
        with warnings.catch_warnings():
            # Pillow only warns below twice its pixel limit; a bomb is a bomb.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            # The renderers' own check, so a photo the store takes is one they can print.
            kind, _, _ = open_checked(data, f"“{name}”")
            if kind in IMAGE_FORMATS:
                # verify() skips the pixel data; decoding catches truncated files.
                with Image.open(io.BytesIO(data)) as image:
                    image.load()
    except MediaError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise MediaError(
            f"“{name}” çok fazla piksel içeriyor; daha küçük bir görsel seçin"
        ) from None
    except Exception:  # Pillow raises many types for damaged files; all mean the same here.
        raise MediaError(f"“{name}” bir görsel değil ya da bozuk") from None
    if kind not in IMAGE_FORMATS:
        raise MediaError(
            f"“{name}” desteklenmeyen bir biçimde ({kind or 'bilinmiyor'}); "
            "yalnızca JPEG, PNG, WebP, GIF ve TIFF kabul edilir"
        )
    return kind
