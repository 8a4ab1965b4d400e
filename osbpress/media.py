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
from osbpress.files import read_regular
from osbpress.i18n import N_, _

MediaSource = Callable[[str], bytes]
"""Returns the bytes of a photo or logo reference; raises MediaError naming it."""

MAX_MEDIA_BYTES = 40 * 1024 * 1024
# Pillow's own decompression-bomb guard trips at ~179 megapixels; a press
# photo from any camera is well under this, and past it decoding alone needs
# gigabytes.
MAX_PIXELS = 60_000_000
MEDIA_REF_PREFIX = "sha256:"
"""References with this prefix name a photo in the draft store by content hash."""

IMAGE_FORMATS = {
    "JPEG": "jpg",
    "PNG": "png",
    "WEBP": "webp",
    "GIF": "gif",
    "TIFF": "tif",
    "BMP": "bmp",
}
"""The one list of accepted image formats (Pillow's names) with the extension bundles use.

The store, bundles, ``drafts import`` and every renderer accept these and
nothing else, so a photo that renders can always be imported and carried.
"""
FORMAT_NAMES = N_("JPEG, PNG, WebP, GIF, TIFF ve BMP")
"""``IMAGE_FORMATS`` as the officer reads them."""
IMAGE_PATTERNS = ("*.jpg", "*.jpeg", "*.png", "*.webp", "*.gif", "*.tif", "*.tiff", "*.bmp")
"""File name patterns of ``IMAGE_FORMATS``, for a file dialog's filter."""

_REF = re.compile(r"sha256:([0-9a-f]{64})")
_MB = 1024 * 1024
_SEPARATORS = re.compile(r"[\\/]")  # a path written on Windows or anywhere else


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
    path: Path, label: str, error: type[OsbPressError], *, limit: int = MAX_MEDIA_BYTES
) -> bytes:
    """The bytes of regular file ``path``, at most ``limit`` of them.

    ``error`` with a Turkish message naming ``label`` (and the path) if they
    can't be had: missing, a folder, a device, a FIFO, too big, unreadable.
    """
    return read_regular(path, limit, label, error)


def folder_media(folder: Path) -> MediaSource:
    """A media source reading references as paths relative to ``folder``."""

    def read(reference: str) -> bytes:
        path = (folder / reference).expanduser()
        return read_file(path, f"“{reference}”", MediaError, limit=MAX_MEDIA_BYTES)

    return read


def photo_label(number: int | None, image: str = "", caption: str = "") -> str:
    """How messages name a photo: by the file the officer chose and its caption.

    Never by a ``sha256:`` reference or a generated name, which say nothing to
    the officer: "2. fotoğraf (“IMG_1042.jpg”, altyazı: “Heyet fabrikayı…”)".
    ``image`` is the photo's path or original file name ("" or a reference
    when there is none); ``number`` counts from 1.
    """
    head = _("{number}. fotoğraf").format(number=number) if number else _("Fotoğraf")
    details = []
    image = image.strip()
    if image and not image.startswith(MEDIA_REF_PREFIX):
        details.append(f"“{_SEPARATORS.split(image)[-1][:80]}”")
    text = " ".join(caption.split())
    if text:
        short = text if len(text) <= 60 else text[:57] + "…"
        details.append(_("altyazı: “{caption}”").format(caption=short))
    return f"{head} ({', '.join(details)})" if details else head


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
    MediaError naming ``label`` for bytes that are not an image, for a format
    outside ``IMAGE_FORMATS`` and for more than MAX_PIXELS pixels. Call it with ``DecompressionBombWarning`` made an
    error. ``verify`` reads checksums and structure, not every pixel: whoever
    needs the pixels decodes them, which catches a truncated file.
    """
    try:
        probe = Image.open(io.BytesIO(data))
    except UnidentifiedImageError:
        raise MediaError(_("{label} bir görsel değil ya da bozuk.").format(label=label)) from None
    with probe:
        width, height = probe.size
        if width * height > MAX_PIXELS:
            raise MediaError(
                _(
                    "{label} çok büyük ({width}×{height}, {megapixels} megapiksel); "
                    "en fazla {limit} megapiksel olabilir."
                ).format(
                    label=label,
                    width=width,
                    height=height,
                    megapixels=f"{width * height / 1e6:.0f}",
                    limit=MAX_PIXELS // 1_000_000,
                )
            )
        kind = probe.format or ""
        if kind not in IMAGE_FORMATS:
            raise MediaError(
                _(
                    "{label} desteklenmeyen bir biçimde ({kind}); yalnızca {formats} kabul edilir."
                ).format(label=label, kind=kind or _("bilinmiyor"), formats=_(FORMAT_NAMES))
            )
        probe.verify()
    return kind, width, height


MIN_LONG_SIDE = 1200
"""A photo whose longer side has fewer pixels prints small or soft; the checklist warns."""


def long_side(data: bytes) -> int:
    """The longer side of image ``data`` in pixels, from its header; 0 if it is no image.

    For the checklist's warning on photos under ``MIN_LONG_SIDE`` pixels.
    """
    try:
        with Image.open(io.BytesIO(data)) as image:
            return max(image.size)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return 0


def check_image(data: bytes, name: str, *, label: str | None = None) -> str:
    """The Pillow format of ``data``; MediaError naming ``name`` unless it is a sound image.

    ``label``, if given, names the image instead of “``name``” (e.g. a
    ``photo_label``). Callers that know which photo this is wrap the call in
    ``errors.at_field``.
    """
    label = label or f"“{name}”"
    if len(data) > MAX_MEDIA_BYTES:
        raise MediaError(
            _("{label} çok büyük ({size} MB; en çok {limit} MB)").format(
                label=label, size=len(data) // _MB, limit=MAX_MEDIA_BYTES // _MB
            )
        )
    try:
        with warnings.catch_warnings():
            # Pillow only warns below twice its pixel limit; a bomb is a bomb.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            # The renderers' own check, so a photo the store takes is one they can print.
            kind, _width, _height = open_checked(data, label)
            # verify() skips the pixel data; decoding catches truncated files.
            with Image.open(io.BytesIO(data)) as image:
                image.load()
    except MediaError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise MediaError(
            _("{label} çok fazla piksel içeriyor; daha küçük bir görsel seçin").format(label=label)
        ) from None
    except Exception:  # Pillow raises many types for damaged files; all mean the same here.
        raise MediaError(_("{label} bir görsel değil ya da bozuk").format(label=label)) from None
    return kind
