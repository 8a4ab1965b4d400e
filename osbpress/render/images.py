"""Photo and logo checks shared by the PDF, DOCX and HTML renderers.

Every image goes through ``prepare_image`` before a renderer touches it: the
bytes are opened with Pillow, checked to be a real, complete, not absurdly
large picture, turned upright (EXIF orientation), brought to 8-bit sRGB
(16-bit and floating-point greyscale scaled, not clipped to white; palette
transparency, CMYK and one-bit images converted; an embedded colour profile
such as Adobe RGB applied with ``ImageCms``, so the colours print as shot),
flattened to RGB and re-encoded as a JPEG no wider than the renderer asks for. Re-encoding drops
the EXIF block, so a phone's GPS position never leaves in a release. A bad
photo becomes a ``MediaError`` naming it (and, through ``Figure.origin``,
the field it came from), never a traceback. Results are cached by content
digest and target size (``image_cache``), so rendering the same release to
four formats, or again after any edit, decodes each photo once; and kept in
the cache folder (``image_files``), so the next process does not decode it
either.
"""

from __future__ import annotations

import hashlib
import io
import math
import re
import unicodedata
import warnings
from dataclasses import dataclass

from PIL import Image, ImageCms, ImageOps

from osbpress.document import Figure
from osbpress.errors import MediaError, at_field
from osbpress.i18n import _
from osbpress.media import open_checked, photo_label
from osbpress.render import image_files
from osbpress.render.image_cache import CacheInfo, ImageCache

PRINT_WIDTH = 2000  # about 300 dpi across the PDF's 16 cm text width
WEB_WIDTH = 1600
PRINT_DPI = 150
"""A photo is never printed larger than its pixels at this density (see ``natural_width``)."""
PRINT_QUALITY = 88
WEB_QUALITY = 82
CACHE_BYTES = 64 * 1024 * 1024
"""How many bytes of prepared images are kept (about 60 print-size photos)."""

_GENERATED = re.compile(r"foto-\d+-[0-9a-f]*")  # compose's stand-in name for a photo
_ORIENTATION = 0x0112  # the EXIF tag that says how the camera was held
_TURKISH_ASCII = str.maketrans("çğıİöşüÇĞÖŞÜâîûÂÎÛ", "cgiIosuCGOSUaiuAIU")


@dataclass(frozen=True)
class PreparedImage:
    """An upright RGB JPEG ready to embed, with its pixel size.

    ``natural_width`` is the widest it may print, in points: the source's
    own pixels at ``PRINT_DPI`` (a 1×1 px photo is 0.48 pt, never the text
    width). Renderers print at ``min(text width, natural_width)``.
    """

    data: bytes
    width: int
    height: int
    mime: str = "image/jpeg"
    natural_width: float = 0.0


def figure_label(figure: Figure) -> str:
    """How error messages name a photo: its number, file name and caption, never a hash.

    "2. fotoğraf (“IMG_1042.jpg”, altyazı: “Heyet…”)". Names compose made up
    (``foto-02-<digest>``) say nothing to the officer and are left out.
    """
    origin = figure.origin
    number = origin[1] + 1 if len(origin) > 1 and isinstance(origin[1], int) else None
    name = "" if _GENERATED.fullmatch(figure.name) else figure.name
    return photo_label(number, name, figure.caption)


def prepare_image(data: bytes, label: str, *, max_width: int, quality: int) -> PreparedImage:
    """``data`` checked and re-encoded as an upright RGB JPEG at most ``max_width`` wide.

    ``label`` names the image in the error: e.g. ``figure_label(figure)`` or "Logo".
    Raises MediaError for bytes that are not an image, are corrupt or truncated,
    or hold more than MAX_PIXELS pixels.
    """
    return _prepare(data, label, max_width, quality, False)


def _figure(figure: Figure, max_width: int, quality: int) -> PreparedImage:
    with at_field(figure.origin):
        return _prepare(figure.data, figure_label(figure), max_width, quality, False, figure.digest)


def print_image(figure: Figure) -> PreparedImage:
    """``figure`` for the PDF and the DOCX: about 300 dpi across the text width."""
    return _figure(figure, PRINT_WIDTH, PRINT_QUALITY)


def web_image(figure: Figure) -> PreparedImage:
    """``figure`` for the web: at most WEB_WIDTH pixels wide, quality WEB_QUALITY."""
    return _figure(figure, WEB_WIDTH, WEB_QUALITY)


def prepare_logo(data: bytes, *, max_height: int = 300) -> PreparedImage:
    """The letterhead logo as a PNG (transparency kept), at most ``max_height`` pixels tall."""
    with at_field(("logo",)):
        return _prepare(data, _("Logo"), max_height, 0, True)


def clear_image_cache() -> None:
    """Forget every prepared image (and the hit counts), e.g. to free memory."""
    _CACHE.clear()


def image_cache_info() -> CacheInfo:
    """Hits, misses (each read from the cache folder or decoded), entries and bytes held in memory."""
    return _CACHE.info()


_CACHE: ImageCache[PreparedImage] = ImageCache(CACHE_BYTES)


def _prepare(
    data: bytes, label: str, limit: int, quality: int, logo: bool, digest: bytes = b""
) -> PreparedImage:
    if not data:
        raise MediaError(_("{label} boş bir dosya.").format(label=label))
    # The label (with the caption) stays out of the key: a caption edit is no new photo.
    # A figure brings its digest (hashed once for all formats); a 3 MB photo hashes in ~3 ms.
    key = (digest or hashlib.sha256(data).digest(), limit, quality, logo)
    prepared = _CACHE.get(key)
    if prepared is None:
        name = image_files.name_for(key[0], limit, quality, logo)
        prepared = image_files.read(name, PreparedImage)
        if prepared is None:
            prepared = _make(data, label, limit, quality, logo)
            image_files.write(
                name,
                prepared.data,
                prepared.width,
                prepared.height,
                prepared.mime,
                prepared.natural_width,
            )
        _CACHE.put(key, prepared)
    return prepared


def _make(data: bytes, label: str, limit: int, quality: int, logo: bool) -> PreparedImage:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image, source_width = _decode(data, label, limit, logo)
            natural = source_width * 72 / PRINT_DPI
            out = io.BytesIO()
            if logo:
                image.save(out, "PNG")
                return PreparedImage(
                    out.getvalue(), image.width, image.height, "image/png", natural
                )
            image.save(out, "JPEG", quality=quality, optimize=True)
            return PreparedImage(out.getvalue(), image.width, image.height, natural_width=natural)
    except MediaError:
        raise
    except Exception as error:  # Pillow raises many different types for hostile bytes
        raise MediaError(
            _("{label} okunamadı: dosya bozuk, eksik ya da desteklenmeyen bir biçimde.").format(
                label=label
            )
        ) from error


def _decode(data: bytes, label: str, limit: int, logo: bool) -> tuple[Image.Image, int]:
    """``data`` upright, at most ``limit`` wide (tall for a logo), 8-bit sRGB; and the
    upright width of the source in pixels."""
    _kind, width, height = open_checked(data, label)
    image: Image.Image = Image.open(io.BytesIO(data))
    turned = image.getexif().get(_ORIENTATION, 1) in (5, 6, 7, 8)
    upright_width, upright_height = (height, width) if turned else (width, height)
    scale = limit / (upright_height if logo else upright_width)
    if scale < 1:
        # A JPEG decodes straight at 1/2, 1/4 or 1/8 size: far less work for camera photos.
        image.draft("RGB", (math.ceil(width * scale), math.ceil(height * scale)))
    profile = image.info.get("icc_profile")
    image = ImageOps.exif_transpose(image) or image
    image = _eight_bit(image)
    if scale < 1:
        target = (
            max(1, round(upright_width * scale)),
            max(1, round(upright_height * scale)),
        )
        if image.size != target:
            image = image.resize(target, Image.Resampling.LANCZOS, reducing_gap=3.0)
    image.load()
    # Colour is converted after the resize: the same result on far fewer pixels.
    image = _to_srgb(image, profile)
    return (image.convert("RGBA") if logo else _flatten(image)), upright_width


def _eight_bit(image: Image.Image) -> Image.Image:
    """``image`` in L, RGB, RGBA or CMYK, its tones kept.

    Pillow's own ``convert`` clips 16-bit and 32-bit greyscale at 255, which
    turns a 16-bit PNG white; here the values are scaled down instead.
    """
    mode = image.mode
    if mode in ("L", "RGB", "RGBA", "CMYK"):
        return image
    if mode.startswith("I;16") or mode == "I":
        wide = image if mode == "I" else image.convert("I")
        _low, high = wide.getextrema()
        if isinstance(high, (int, float)) and high > 255:
            wide = wide.point(lambda value: value * (255 / 65535))
        return wide.convert("L")
    if mode == "F":
        _low, high = image.getextrema()
        if isinstance(high, (int, float)) and 0 < high <= 1:
            image = image.point(lambda value: value * 255)
        elif isinstance(high, (int, float)) and high > 255:
            image = image.point(lambda value: value * (255 / high))
        return image.convert("L")
    if mode == "P":
        return image.convert("RGBA" if "transparency" in image.info else "RGB")
    if mode in ("LA", "La", "PA", "RGBa", "RGBX"):
        return image.convert("RGBA")
    if mode == "1":
        return image.convert("L")
    if mode == "LAB":
        lab = ImageCms.createProfile("LAB")
        srgb = ImageCms.createProfile("sRGB")
        return ImageCms.profileToProfile(image, lab, srgb, outputMode="RGB") or image
    return image.convert("RGB")


_SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


def _to_srgb(image: Image.Image, icc: object) -> Image.Image:
    """``image`` converted from its embedded colour profile ``icc`` to sRGB.

    Without a profile the pixels are taken to be sRGB already (what every
    renderer and browser assumes). A profile that does not fit the pixels or
    cannot be read is ignored rather than failing the render.
    """
    if isinstance(icc, bytes) and icc:
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            if "srgb" not in ImageCms.getProfileDescription(source).lower().replace(" ", ""):
                mode = "RGBA" if image.mode == "RGBA" else "RGB"
                converted = ImageCms.profileToProfile(
                    image,
                    source,
                    _SRGB,
                    renderingIntent=ImageCms.Intent.PERCEPTUAL,
                    outputMode=mode,
                )
                if converted is not None:
                    return converted
        except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
            pass
    return image if image.mode in ("RGB", "RGBA", "L") else image.convert("RGB")


def _flatten(image: Image.Image) -> Image.Image:
    """RGB on white: transparent areas of a PNG must not turn black in a JPEG."""
    if image.mode == "RGB":
        return image
    if image.mode in ("RGBA", "LA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")


def image_file_names(figures: tuple[Figure, ...]) -> tuple[str, ...]:
    """Stable, web-safe JPEG file names for ``figures``, in order and never repeated.

    Derived from ``Figure.name`` only ("Heyet Ziyareti" → "heyet-ziyareti.jpg"),
    so exporting the same release twice writes the same files.
    """
    names: list[str] = []
    seen: set[str] = set()
    for number, figure in enumerate(figures, start=1):
        stem = _slug(figure.name) or f"fotograf-{number}"
        candidate, extra = stem, 1
        while candidate in seen:
            extra += 1
            candidate = f"{stem}-{extra}"
        seen.add(candidate)
        names.append(f"{candidate}.jpg")
    return tuple(names)


def _slug(name: str) -> str:
    text = name.translate(_TURKISH_ASCII)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"\.(jpe?g|png|webp|gif|tiff?|bmp)$", "", text.strip(), flags=re.IGNORECASE)
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:80].strip("-")
