"""The bundled Noto Serif and Noto Sans families, each face loaded by reportlab when first used.

The 14 built-in PDF fonts have no ş ğ ı İ, so the PDF uses only these
embedded TrueType fonts (OFL, licence beside them in resources/fonts/noto/).
Each family is declared with its regular, bold, italic and bold-italic
faces, so ``<b>`` and ``<i>`` in paragraph markup pick the real faces instead
of a faked slant. A missing font file is an installation fault and raises
OsbPressError with the path, never a silent fall-back to Helvetica.

Parsing one Noto face costs about 12 ms (about 3 ms read back from the
cache of ``pdf_font_cache``) and a release uses five of the eight (the
sample has no sans italic, no bold italics), so a face is loaded only when
reportlab first asks for it by name: ``pdfmetrics.getFont`` reads its
registry with ``_fonts[name]``, and the registry gets a ``__missing__`` that
loads our faces. Names that are not ours fall through to reportlab's own
lookup unchanged.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from osbpress.errors import OsbPressError
from osbpress.render.pdf_font_cache import cached_font
from osbpress.resources import resource

SERIF = "OsbSerif"
SANS = "OsbSans"

_FILE_STEMS = {SERIF: "NotoSerif", SANS: "NotoSans"}
_STYLES = {"": "Regular", "-Bold": "Bold", "-Italic": "Italic", "-BoldItalic": "BoldItalic"}
# reportlab face name -> path of its file inside resources/
FACE_FILES = {
    family_name + suffix: f"fonts/noto/{stem}-{style}.ttf"
    for family_name, stem in _FILE_STEMS.items()
    for suffix, style in _STYLES.items()
}

_lock = threading.RLock()
_declared = False


@dataclass(frozen=True)
class FontNames:
    """reportlab names of one family's four faces."""

    regular: str
    bold: str
    italic: str
    bold_italic: str


def family(name: str) -> FontNames:
    """The face names of the family ``name`` (SERIF or SANS); the faces load when first drawn."""
    register_fonts()
    return FontNames(name, f"{name}-Bold", f"{name}-Italic", f"{name}-BoldItalic")


def register_fonts() -> None:
    """Declare both families to reportlab and install the on-demand loader; later calls return at once.

    Declaring costs nothing: no file is read until a face is looked up.
    """
    global _declared
    if _declared:
        return
    with _lock:
        if _declared:
            return
        registry = pdfmetrics._fonts
        if not isinstance(registry, _LazyFaces):
            # getFont looks the name up in this module global at call time,
            # so the replacement is seen everywhere; fonts already registered
            # by anyone else are carried over.
            pdfmetrics._fonts = _LazyFaces(registry)
        _map_families()
        _declared = True


def _map_families() -> None:
    """Tell reportlab which face is the bold, italic and bold italic of each family."""
    for family_name in _FILE_STEMS:
        pdfmetrics.registerFontFamily(
            family_name,
            normal=family_name,
            bold=f"{family_name}-Bold",
            italic=f"{family_name}-Italic",
            boldItalic=f"{family_name}-BoldItalic",
        )


def load_face(name: str) -> TTFont:
    """Parse and register the bundled face ``name`` (one of FACE_FILES) now; returns the font."""
    with _lock:
        registry = pdfmetrics._fonts
        if dict.__contains__(registry, name):
            font: TTFont = dict.__getitem__(registry, name)
            return font
        path = resource(FACE_FILES[name])
        try:
            font = cached_font(name, path)
        except (OSError, TTFError) as error:
            raise OsbPressError(
                f"PDF yazı tipi yüklenemedi: {path} ({error}). Kurulum eksik olabilir."
            ) from error
        # What registerFont does for a TrueType font, except that it would also
        # map the face as a family of its own (its bold being itself) and so
        # overwrite our families' mapping while another thread may be reading
        # it: the headline came out in the regular face.
        pdfmetrics._dynFaceNames.setdefault(font.face.name, font)
        dict.__setitem__(registry, name, font)
        return font


def loaded_faces() -> list[str]:
    """Names of the bundled faces parsed so far in this process (for tests and benchmarks)."""
    return [name for name in FACE_FILES if dict.__contains__(pdfmetrics._fonts, name)]


class _LazyFaces(dict):  # type: ignore[type-arg]
    """reportlab's font registry, loading a bundled face the first time it is looked up."""

    def __missing__(self, name: object) -> object:
        if isinstance(name, str) and name in FACE_FILES:
            return load_face(name)
        raise KeyError(name)
