"""The PDF's look: page geometry and the paragraph styles of a Turkish press release.

Body in Noto Serif 11 pt with 1.3 leading, justified and hyphenated by
Turkish syllables (``pdf_text.hyphenator``: never a proper name, never a
word longer than any Turkish word); headline, section headings, letterhead
and captions in Noto Sans. Headline and spot are never hyphenated, and the
spot is set ragged-right, since a short justified column without hyphens
opens wide gaps. Sizes follow the house conventions in DESIGN.md (headline
about 15 pt bold centred, spot set apart, "Hakkında" in a light box). Styles
are built once and shared by every render, since reportlab only reads them;
``styles_for`` derives the hyphenating ones for a document's proper names.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm

from osbpress.render.pdf_fonts import SANS, SERIF, family
from osbpress.render.pdf_text import hyphenator

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = MARGIN_RIGHT = 2.3 * cm
MARGIN_TOP = 1.8 * cm
MARGIN_BOTTOM = 2.4 * cm
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
MAX_PHOTO_HEIGHT = 12 * cm
LOGO_HEIGHT = 1.6 * cm

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#b0b7bf")
BOX = colors.HexColor("#f2f4f6")


@dataclass(frozen=True)
class Styles:
    label: ParagraphStyle
    organisation: ParagraphStyle
    date: ParagraphStyle
    embargo: ParagraphStyle
    headline: ParagraphStyle
    spot: ParagraphStyle
    body: ParagraphStyle
    heading1: ParagraphStyle
    heading2: ParagraphStyle
    quote: ParagraphStyle
    attribution: ParagraphStyle
    list_item: ParagraphStyle
    caption: ParagraphStyle
    credit: ParagraphStyle
    contact_heading: ParagraphStyle
    contact: ParagraphStyle
    about: ParagraphStyle
    end_mark: ParagraphStyle


@lru_cache(maxsize=8)
def styles_for(proper_names: tuple[str, ...]) -> Styles:
    """The style sheet whose hyphenating styles never break one of ``proper_names``."""
    sheet = styles()
    if not proper_names:
        return sheet
    breaks = hyphenator(proper_names)
    body = ParagraphStyle("Body", parent=sheet.body, hyphenationLang=breaks)
    list_item = ParagraphStyle("ListItem", parent=sheet.list_item, hyphenationLang=breaks)
    return dataclasses.replace(sheet, body=body, list_item=list_item)


@lru_cache(maxsize=1)
def styles() -> Styles:
    """The shared style sheet (fonts registered on first call)."""
    serif, sans = family(SERIF), family(SANS)

    def style(name: str, **options: object) -> ParagraphStyle:
        base: dict[str, object] = {
            "fontName": serif.regular,
            "fontSize": 11,
            "leading": 14.3,
            "textColor": INK,
        }
        base.update(options)
        return ParagraphStyle(name, **base)

    body = style(
        "Body",
        alignment=TA_JUSTIFY,
        spaceAfter=7,
        hyphenationLang=hyphenator(),
        hyphenationMinWordLength=5,
        uriWasteReduce=0.3,
    )
    return Styles(
        label=style(
            "Label",
            fontName=sans.bold,
            fontSize=13,
            leading=16,
            alignment=TA_RIGHT,
            textColor=ACCENT,
        ),
        organisation=style("Organisation", fontName=sans.bold, fontSize=12, leading=15),
        date=style("Date", fontName=sans.regular, fontSize=10, leading=13, alignment=TA_RIGHT),
        embargo=style(
            "Embargo",
            fontName=sans.bold,
            fontSize=10,
            leading=13,
            alignment=TA_CENTER,
            textColor=colors.HexColor("#9b1c1c"),
            spaceAfter=6,
        ),
        headline=style(
            "Headline",
            fontName=sans.bold,
            fontSize=15.5,
            leading=19.5,
            alignment=TA_CENTER,
            spaceBefore=4,
            spaceAfter=9,
        ),
        spot=style(
            "Spot",
            fontName=serif.bold,
            fontSize=11.5,
            leading=15.5,
            alignment=TA_LEFT,
            leftIndent=0.8 * cm,
            rightIndent=0.8 * cm,
            spaceAfter=12,
        ),
        body=body,
        heading1=style(
            "Heading1",
            fontName=sans.bold,
            fontSize=12,
            leading=15,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=1,
        ),
        heading2=style(
            "Heading2",
            fontName=sans.bold,
            fontSize=11,
            leading=14,
            spaceBefore=6,
            spaceAfter=3,
            keepWithNext=1,
        ),
        quote=style(
            "Quote",
            parent=body,
            fontName=serif.italic,
            alignment=TA_LEFT,
            hyphenationLang="",  # a ragged-right quote needs no broken words
            leftIndent=1 * cm,
            rightIndent=1 * cm,
            spaceAfter=2,
        ),
        attribution=style(
            "Attribution",
            fontName=sans.regular,
            fontSize=9.5,
            leading=12,
            alignment=TA_RIGHT,
            rightIndent=1 * cm,
            spaceAfter=8,
            textColor=MUTED,
        ),
        list_item=style("ListItem", parent=body, spaceAfter=2),
        caption=style(
            "Caption",
            fontName=sans.italic,
            fontSize=9,
            leading=11.5,
            alignment=TA_LEFT,
            spaceBefore=3,
            textColor=INK,
        ),
        credit=style(
            "Credit",
            fontName=sans.regular,
            fontSize=8,
            leading=10,
            textColor=MUTED,
            spaceAfter=9,
        ),
        contact_heading=style(
            "ContactHeading",
            fontName=sans.bold,
            fontSize=10,
            leading=13,
            spaceBefore=10,
            keepWithNext=1,
        ),
        contact=style("Contact", fontName=sans.regular, fontSize=10, leading=13),
        about=style(
            "About",
            fontName=serif.regular,
            fontSize=9.5,
            leading=12.5,
            alignment=TA_JUSTIFY,
            backColor=BOX,
            borderColor=RULE,
            borderWidth=0.5,
            borderPadding=(7, 8, 7, 8),
            spaceBefore=16,
            spaceAfter=10,
            leftIndent=8,
            rightIndent=8,
        ),
        end_mark=style(
            "EndMark",
            fontName=sans.bold,
            fontSize=10,
            leading=13,
            alignment=TA_CENTER,
            spaceBefore=10,
        ),
    )
