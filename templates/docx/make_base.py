"""Regenerate templates/docx/base.docx, the Word document whose styles give the DOCX its look.

Run ``.venv/bin/python templates/docx/make_base.py``. It starts from
python-docx's default document and sets: A4 page and margins; every paragraph
and character style, and the document defaults, in Turkish (tr-TR) so Word
spell-checks and hyphenates (turned on here) the release as Turkish; the
release's look on the built-in styles the renderer uses (Normal, Title,
Subtitle, Heading 1/2, Quote, Caption, List Bullet/Number with their second
and third levels, Header, Footer, Hyperlink); and a few named styles of our
own (Turkish names, so an officer finds them in Word's style list). It sets Word's current compatibility mode (15) so Word opens exports
as normal documents, and leaves out the default document's blank preview
picture and stale app.xml. An officer may also restyle base.docx in Word
directly: the renderer only picks styles by name.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.styles.style import BaseStyle

BODY_FONT = "Cambria"
HEAD_FONT = "Calibri"
INK = RGBColor(0x1A, 0x1A, 0x1A)
MUTED = RGBColor(0x55, 0x55, 0x55)
ACCENT = RGBColor(0x1F, 0x4E, 0x79)
LANGUAGE = "tr-TR"
TEXT_WIDTH_CM = 16.4

# Our own styles: name → (base style, font, size pt, bold, italic, colour, alignment).
CUSTOM = {
    "Basın Etiketi": ("Normal", HEAD_FONT, 13, True, False, ACCENT, WD_ALIGN_PARAGRAPH.RIGHT),
    "Kurum Adı": ("Normal", HEAD_FONT, 12, True, False, INK, WD_ALIGN_PARAGRAPH.LEFT),
    "Tarih": ("Normal", HEAD_FONT, 10, False, False, INK, WD_ALIGN_PARAGRAPH.RIGHT),
    "Ambargo": ("Normal", HEAD_FONT, 10, True, False, RGBColor(0x9B, 0x1C, 0x1C), 1),
    "Alıntı Sahibi": ("Normal", HEAD_FONT, 9.5, False, False, MUTED, WD_ALIGN_PARAGRAPH.RIGHT),
    "Fotoğraf": ("Normal", BODY_FONT, 11, False, False, INK, WD_ALIGN_PARAGRAPH.CENTER),
    "Fotoğraf Kaynağı": ("Normal", HEAD_FONT, 8, False, False, MUTED, WD_ALIGN_PARAGRAPH.LEFT),
    "İletişim Başlığı": ("Normal", HEAD_FONT, 10, True, False, INK, WD_ALIGN_PARAGRAPH.LEFT),
    "İletişim": ("Normal", HEAD_FONT, 10, False, False, INK, WD_ALIGN_PARAGRAPH.LEFT),
    "Hakkında Başlığı": ("Normal", BODY_FONT, 9.5, True, False, INK, WD_ALIGN_PARAGRAPH.LEFT),
    "Hakkında": ("Normal", BODY_FONT, 9.5, False, False, INK, WD_ALIGN_PARAGRAPH.JUSTIFY),
    "Bitiş İşareti": ("Normal", HEAD_FONT, 10, True, False, INK, WD_ALIGN_PARAGRAPH.CENTER),
}


# pPr children that the schema puts after w:pBdr (w:shd first), in order.
_PPR_AFTER_BORDER = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
    "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip


def build(target: Path) -> None:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.3)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.2)
    section.header_distance = section.footer_distance = Cm(1.0)

    styles = document.styles
    _look(styles["Normal"], BODY_FONT, 11, color=INK)
    normal = styles["Normal"].paragraph_format
    normal.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    normal.line_spacing_rule = WD_LINE_SPACING.MULTIPLE
    normal.line_spacing = 1.3
    normal.space_after = Pt(6)
    _look(styles["Title"], HEAD_FONT, 15.5, bold=True, color=INK)
    _clear_borders(styles["Title"])
    _paragraph(styles["Title"], WD_ALIGN_PARAGRAPH.CENTER, before=6, after=9, line=1.15)
    _look(styles["Subtitle"], BODY_FONT, 11.5, bold=True, italic=False, color=INK)
    _paragraph(styles["Subtitle"], WD_ALIGN_PARAGRAPH.JUSTIFY, after=12, indent=0.8)
    _look(styles["Heading 1"], HEAD_FONT, 12, bold=True, color=INK)
    _paragraph(styles["Heading 1"], WD_ALIGN_PARAGRAPH.LEFT, before=10, after=4)
    _look(styles["Heading 2"], HEAD_FONT, 11, bold=True, color=INK)
    _paragraph(styles["Heading 2"], WD_ALIGN_PARAGRAPH.LEFT, before=8, after=3)
    _look(styles["Quote"], BODY_FONT, 11, italic=True, color=INK)
    _paragraph(styles["Quote"], WD_ALIGN_PARAGRAPH.LEFT, after=2, indent=1.0)
    _look(styles["Caption"], HEAD_FONT, 9, bold=False, italic=True, color=INK)
    _paragraph(styles["Caption"], WD_ALIGN_PARAGRAPH.LEFT, before=3, after=0, line=1.0)
    for name in ("Header", "Footer"):
        _look(styles[name], HEAD_FONT, 8 if name == "Footer" else 10, color=MUTED)
        _paragraph(styles[name], WD_ALIGN_PARAGRAPH.LEFT, after=0, line=1.0)
    _right_tab(styles["Footer"], TEXT_WIDTH_CM)
    hyperlink = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    hyperlink.font.color.rgb = ACCENT
    hyperlink.font.underline = True
    for name, (base, font, size, bold, italic, color, align) in CUSTOM.items():
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles[base]
        style.quick_style = True
        _look(style, font, size, bold=bold, italic=italic, color=color)
        _paragraph(style, align, after=0, line=1.15)
    _paragraph(styles["Alıntı Sahibi"], WD_ALIGN_PARAGRAPH.RIGHT, after=8, indent=1.0)
    _paragraph(styles["Ambargo"], WD_ALIGN_PARAGRAPH.CENTER, after=6)
    _paragraph(styles["Fotoğraf Kaynağı"], WD_ALIGN_PARAGRAPH.LEFT, after=9, line=1.0)
    _paragraph(styles["İletişim Başlığı"], WD_ALIGN_PARAGRAPH.LEFT, before=10, after=0)
    _paragraph(styles["Hakkında Başlığı"], WD_ALIGN_PARAGRAPH.LEFT, before=14, after=0)
    _paragraph(styles["Bitiş İşareti"], WD_ALIGN_PARAGRAPH.CENTER, before=10)
    for name in ("Fotoğraf", "Caption", "İletişim Başlığı", "Hakkında Başlığı"):
        styles[name].paragraph_format.keep_with_next = True
    for name in ("Hakkında Başlığı", "Hakkında"):
        _box(styles[name])

    _turkish_everywhere(document)
    _current_word(document)
    core = document.core_properties
    core.title = core.subject = core.keywords = core.comments = core.category = ""
    core.author = core.last_modified_by = "OSB Basın"
    core.language = LANGUAGE
    core.created = core.modified = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    core.revision = 1
    document.save(str(target))


def _look(
    style: BaseStyle,
    font: str,
    size: float,
    *,
    bold: bool | None = None,
    italic: bool | None = None,
    color: RGBColor | None = None,
) -> None:
    style.font.name = font
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), font)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(theme), None)
    for tracking in rpr.findall(qn("w:spacing")):  # letter-spacing of the stock Title/Subtitle
        rpr.remove(tracking)
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = italic
    if color is not None:
        style.font.color.rgb = color


def _paragraph(
    style: BaseStyle,
    align: int,
    *,
    before: float = 0,
    after: float = 6,
    line: float | None = None,
    indent: float = 0,
) -> None:
    fmt = style.paragraph_format
    fmt.alignment = align
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    if line is not None:
        fmt.line_spacing_rule = WD_LINE_SPACING.MULTIPLE
        fmt.line_spacing = line
    if indent:
        fmt.left_indent = fmt.right_indent = Cm(indent)


def _clear_borders(style: BaseStyle) -> None:
    ppr = style.element.get_or_add_pPr()
    for border in ppr.findall(qn("w:pBdr")):
        ppr.remove(border)


def _right_tab(style: BaseStyle, at_cm: float) -> None:
    stops = style.paragraph_format.tab_stops
    stops.clear_all()
    stops.add_tab_stop(Cm(at_cm), alignment=2)  # WD_TAB_ALIGNMENT.RIGHT


def _box(style: BaseStyle) -> None:
    """A light grey shaded box with a thin border; consecutive boxed paragraphs merge."""
    ppr = style.element.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), "4")
        edge.set(qn("w:space"), "6")
        edge.set(qn("w:color"), "B0B7BF")
        borders.append(edge)
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), "F2F4F6")
    # Word refuses a file whose pPr children are out of schema order.
    ppr.insert_element_before(borders, *_PPR_AFTER_BORDER)
    ppr.insert_element_before(shading, *_PPR_AFTER_BORDER[1:])
    fmt = style.paragraph_format
    fmt.left_indent = fmt.right_indent = Cm(0.3)


def _turkish_everywhere(document: object) -> None:
    """w:lang tr-TR in the document defaults and on every paragraph and character style."""
    styles_element = document.styles.element  # type: ignore[attr-defined]
    defaults = styles_element.find(qn("w:docDefaults"))
    targets = [defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))]
    for style in styles_element.findall(qn("w:style")):
        if style.get(qn("w:type")) in ("paragraph", "character"):
            targets.append(style.get_or_add_rPr())
    for rpr in targets:
        for old in rpr.findall(qn("w:lang")):
            rpr.remove(old)
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), LANGUAGE)
        lang.set(qn("w:eastAsia"), LANGUAGE)
        lang.set(qn("w:bidi"), "ar-SA")
        rpr.insert_element_before(lang, "w:eastAsianLayout", "w:specVanish", "w:oMath")
    settings = document.settings.element  # type: ignore[attr-defined]
    settings.find(qn("w:themeFontLang")).set(qn("w:val"), LANGUAGE)
    # Justified Turkish text needs hyphenation; Word and LibreOffice bring Turkish patterns.
    if settings.find(qn("w:autoHyphenation")) is None:
        settings.find(qn("w:defaultTabStop")).addnext(OxmlElement("w:autoHyphenation"))


# What python-docx's default document carries from the Word 2010 it was saved in:
# a blank preview picture and app.xml (application name, zero word count), which
# no export would keep true; Word writes both afresh when the officer saves.
_STALE_PACKAGE_PARTS = (RT.THUMBNAIL, RT.EXTENDED_PROPERTIES)


def _current_word(document: object) -> None:
    """Open in Word's current mode (compatibilityMode 15), without stale parts.

    Mode 14 (Word 2010) makes Word open every export in Compatibility Mode.
    """
    settings = document.settings.element  # type: ignore[attr-defined]
    for setting in settings.iter(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), "15")
    for preview in settings.findall(qn("w:savePreviewPicture")):
        settings.remove(preview)
    package_rels = document.part.package.rels  # type: ignore[attr-defined]
    for rel_id in [r for r, rel in package_rels.items() if rel.reltype in _STALE_PACKAGE_PARTS]:
        del package_rels[rel_id]


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("base.docx")
    build(out)
    print(f"wrote {out}")
