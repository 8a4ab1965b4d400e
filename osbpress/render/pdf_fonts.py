"""The bundled Noto Serif and Noto Sans families, registered with reportlab once per process.

The 14 built-in PDF fonts have no ş ğ ı İ, so the PDF uses only these
embedded TrueType fonts (OFL, licence beside them in resources/fonts/noto/).
Each family is registered with its regular, bold, italic and bold-italic
faces, so ``<b>`` and ``<i>`` in paragraph markup pick the real faces instead
of a faked slant. A missing font file is an installation fault and raises
OsbPressError with the path, never a silent fall-back to Helvetica.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from osbpress.errors import OsbPressError
from osbpress.resources import resource

SERIF = "OsbSerif"
SANS = "OsbSans"

_FACES = {
    SERIF: "NotoSerif",
    SANS: "NotoSans",
}
_STYLES = (("", "Regular"), ("-Bold", "Bold"), ("-Italic", "Italic"), ("-BoldItalic", "BoldItalic"))

_lock = threading.Lock()
_registered = False


@dataclass(frozen=True)
class FontNames:
    """reportlab names of one family's four faces."""

    regular: str
    bold: str
    italic: str
    bold_italic: str


def family(name: str) -> FontNames:
    """The face names of the family ``name`` (SERIF or SANS), registering the fonts on first use."""
    register_fonts()
    return FontNames(name, f"{name}-Bold", f"{name}-Italic", f"{name}-BoldItalic")


def register_fonts() -> None:
    """Register both families with reportlab; later calls return at once.

    Registration parses each TTF file (a few milliseconds each), so it happens
    once per process; reportlab keeps the parsed fonts in its own registry.
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for family_name, file_stem in _FACES.items():
            for suffix, style in _STYLES:
                path = resource(f"fonts/noto/{file_stem}-{style}.ttf")
                try:
                    pdfmetrics.registerFont(TTFont(family_name + suffix, str(path)))
                except (OSError, TTFError) as error:
                    raise OsbPressError(
                        f"PDF yazı tipi yüklenemedi: {path} ({error}). Kurulum eksik olabilir."
                    ) from error
            pdfmetrics.registerFontFamily(
                family_name,
                normal=family_name,
                bold=f"{family_name}-Bold",
                italic=f"{family_name}-Italic",
                boldItalic=f"{family_name}-BoldItalic",
            )
        _registered = True
