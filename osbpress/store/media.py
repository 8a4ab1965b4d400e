"""Photos in the store and in bundles: content-hash references and image checks.

A photo is stored once, under ``sha256:<hex>`` of its bytes, however many
drafts and revisions use it. Bytes from outside (a file the officer picks,
a colleague's bundle) are only accepted when Pillow can open and fully
decode them as one of the formats every renderer reads.
"""

from __future__ import annotations

import hashlib
import io
import re
import warnings

from PIL import Image

from osbpress.draftfile import MAX_MEDIA_BYTES, MEDIA_REF_PREFIX
from osbpress.errors import MediaError
from osbpress.render.images import open_checked

REF_PREFIX = MEDIA_REF_PREFIX
_REF = re.compile(r"sha256:([0-9a-f]{64})")
# Pillow format name → file extension used in bundles.
FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif", "TIFF": "tif"}


def ref_for(data: bytes) -> str:
    return REF_PREFIX + hashlib.sha256(data).hexdigest()


def parse_ref(ref: str) -> str | None:
    """The hex digest inside a ``sha256:`` reference, or None for anything else."""
    match = _REF.fullmatch(ref)
    return match.group(1) if match else None


def check_image(data: bytes, name: str) -> str:
    """The Pillow format of ``data``; MediaError naming ``name`` unless it is a sound image."""
    if len(data) > MAX_MEDIA_BYTES:
        raise MediaError(
            f"“{name}” çok büyük ({len(data) // (1024 * 1024)} MB; en çok "
            f"{MAX_MEDIA_BYTES // (1024 * 1024)} MB)"
        )
    try:
        with warnings.catch_warnings():
            # Pillow only warns below twice its pixel limit; a bomb is a bomb.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            # The renderers' own check, so a photo the store takes is one they can print.
            kind, _, _ = open_checked(data, f"“{name}”")
            if kind in FORMATS:
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
    if kind not in FORMATS:
        raise MediaError(
            f"“{name}” desteklenmeyen bir biçimde ({kind or 'bilinmiyor'}); "
            "yalnızca JPEG, PNG, WebP, GIF ve TIFF kabul edilir"
        )
    return kind
