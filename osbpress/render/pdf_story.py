"""The PDF's flowables: a Document turned into the platypus story, top to bottom.

Typed text never becomes reportlab markup: every run is escaped before the
bold, italic and link tags are put around it, so "AT&T <b>" prints as typed.
Headings and the "Hakkında" box carry an outline entry that ``pdf.py`` turns
into a bookmark when the flowable lands on a page. Dates, page references and
phone numbers are joined with no-break spaces, the names compose lists are
never hyphenated (``pdf_text``), the headline is balanced over its lines and
e-mail and web addresses in the contact block are links.
"""

from __future__ import annotations

import hashlib
import io
from html import escape

from reportlab.lib.utils import ImageReader

from osbpress.document import (
    Block,
    BlockQuote,
    Document,
    Figure,
    Heading,
    Inline,
    ListBlock,
)
from osbpress.document import (
    Paragraph as ParagraphBlock,
)
from osbpress.render.common import (
    clean_text,
    credit_line,
    one_line,
    safe_href,
)
from osbpress.render.images import prepare_logo, print_image
from osbpress.render.pdf_chunks import chunked
from osbpress.render.pdf_fonts import SANS, family
from osbpress.render.pdf_lines import BalancedParagraph
from osbpress.render.pdf_lists import list_flowable, quote_flowables
from osbpress.render.pdf_platypus import (
    Flowable,
    HRFlowable,
    Image,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from osbpress.render.pdf_styles import (
    ACCENT,
    LOGO_HEIGHT,
    MAX_PHOTO_HEIGHT,
    RULE,
    TEXT_WIDTH,
    Styles,
    styles_for,
)
from osbpress.render.pdf_text import link_spans, no_break

# Letterhead text longer than this cannot sit in a table cell (a cell may not
# span pages), so such a letterhead is stacked as plain paragraphs instead.
_TABLE_TEXT_LIMIT = 400


# html.escape, not xml.sax.saxutils.escape: the same & < > replacement, but
# importing xml.sax drags in urllib.request, http.client, ssl and email
# (40-50 ms of the first PDF).


def escaped(text: str) -> str:
    """``text`` as paragraph markup that shows exactly the typed characters.

    Spaces inside dates, page references and phone numbers become no-break
    spaces, so a line never ends inside one.
    """
    text = no_break(escape(clean_text(text), quote=False))
    return text.replace("\t", " ").replace("\n", "<br/>")


def linked(text: str) -> str:
    """``escaped(text)`` with its e-mail and web addresses as links (contact lines)."""
    parts: list[str] = []
    position = 0
    for start, end, href in link_spans(text):
        parts.append(escaped(text[position:start]))
        parts.append(_link(href, escaped(text[start:end])))
        position = end
    parts.append(escaped(text[position:]))
    return "".join(parts)


def _link(href: str, markup: str) -> str:
    target = escape(href, quote=False).replace('"', "&quot;")
    return f'<a href="{target}" color="{ACCENT.hexval()}" underline="1">{markup}</a>'


def inline_markup(runs: Inline) -> str:
    """Paragraph markup for a run sequence: bold, italic and safe links only."""
    parts: list[str] = []
    for run in runs:
        text = escaped(run.text)
        if not text:
            continue
        if run.bold:
            text = f"<b>{text}</b>"
        if run.italic:
            text = f"<i>{text}</i>"
        href = safe_href(run.href)
        if href:
            text = _link(href, text)
        parts.append(text)
    return "".join(parts)


def outlined(paragraph: Paragraph, title: str, level: int) -> Paragraph:
    """Mark ``paragraph`` for a bookmark; the doc template reads these two attributes."""
    paragraph.outline_title = one_line(title) or "…"
    paragraph.outline_level = level
    return paragraph


def build_story(doc: Document) -> list[Flowable]:
    """Every flowable of the release, in reading order."""
    sheet = styles_for(doc.meta.proper_names)
    story: list[Flowable] = [*_letterhead(doc, sheet)]
    if doc.embargo:
        story.append(Paragraph(escaped(doc.embargo), sheet.embargo))
    headline = BalancedParagraph(escaped(doc.headline), sheet.headline)
    story.append(outlined(headline, doc.headline, 0))
    if doc.spot:
        story.append(Paragraph(escaped(doc.spot), sheet.spot))
    for block in doc.body:
        story.extend(_block(block, sheet))
    if doc.contact:
        contact = [Paragraph(escaped(doc.contact.heading), sheet.contact_heading)]
        contact += [Paragraph(linked(line), sheet.contact) for line in doc.contact.lines]
        story.append(KeepTogether(contact))
    if doc.about:
        lines = [f"<b>{escaped(doc.about.heading)}</b>"] if doc.about.heading else []
        lines.append(escaped(doc.about.text))
        box = Paragraph("<br/>".join(line for line in lines if line), sheet.about)
        story.append(outlined(box, doc.about.heading or "Hakkında", 1))
    if doc.end_mark:
        story.append(Paragraph(escaped(doc.end_mark), sheet.end_mark))
    return chunked(story)


def _letterhead(doc: Document, sheet: Styles) -> list[Flowable]:
    head = doc.letterhead
    left: list[Flowable] = []
    if head.logo:
        logo = prepare_logo(head.logo)
        width = LOGO_HEIGHT * logo.width / logo.height
        if width > TEXT_WIDTH / 2:
            width = TEXT_WIDTH / 2
        height = width * logo.height / logo.width
        image = Image(io.BytesIO(logo.data), width=width, height=height, mask="auto")
        image.hAlign = "LEFT"
        left += [image, Spacer(1, 3)]
    left.append(Paragraph(escaped(head.organisation), sheet.organisation))
    right = [
        Paragraph(escaped(head.label), sheet.label),
        Paragraph(escaped(head.date_text), sheet.date),
    ]
    rule = HRFlowable(width="100%", thickness=0.8, color=RULE, spaceBefore=2, spaceAfter=0)
    if len(head.organisation) + len(head.label) + len(head.date_text) > _TABLE_TEXT_LIMIT:
        return [*left, *right, rule, Spacer(1, 10)]
    table = Table([[left, right]], colWidths=[TEXT_WIDTH * 0.6, TEXT_WIDTH * 0.4])
    table.setStyle(
        TableStyle(
            [
                # A table sets its cells' font even when they hold only flowables;
                # left alone that is Helvetica, a built-in font this PDF must not use.
                ("FONT", (0, 0), (-1, -1), family(SANS).regular, 10),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return [table, rule, Spacer(1, 12)]


def _block(block: Block, sheet: Styles) -> list[Flowable]:
    match block:
        case Heading(text=text, level=level):
            style = sheet.heading1 if level <= 1 else sheet.heading2
            return [outlined(Paragraph(escaped(text), style), text, 1 if level <= 1 else 2)]
        case ParagraphBlock(runs=runs):
            return [Paragraph(inline_markup(runs), sheet.body)]
        case BlockQuote():
            return quote_flowables(block, sheet, inline_markup)
        case ListBlock():
            return [list_flowable(block, sheet, inline_markup)]
        case Figure():
            return [_figure(block, sheet)]
    raise TypeError(f"unknown block {block!r}")


class _JpegReader(ImageReader):  # type: ignore[misc]
    """A prepared JPEG that reportlab embeds as it is.

    reportlab names an image by hashing its decoded pixels, so every render
    would decode every photo again (a third of a long release's time); the
    JPEG's own hash names it just as well, and the pixels are never needed
    because a JPEG goes into the PDF undecoded.
    """

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data))
        self._name = hashlib.sha256(data).digest()
        self._dataA = None  # no alpha channel: reportlab reads this after getRGBData

    def getRGBData(self) -> bytes:
        return self._name


class _Photo(Flowable):  # type: ignore[misc]
    """A photo drawn centred at a fixed size."""

    def __init__(self, data: bytes, width: float, height: float) -> None:
        super().__init__()
        self._reader = _JpegReader(data)
        self.width, self.height = width, height
        self.hAlign = "CENTER"

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(self._reader, 0, 0, self.width, self.height)


def _figure(figure: Figure, sheet: Styles) -> Flowable:
    photo = print_image(figure)
    # Never larger than the photo's own pixels at 150 dpi: a tiny picture stays small.
    width = min(TEXT_WIDTH, photo.natural_width)
    height = width * photo.height / photo.width
    if height > MAX_PHOTO_HEIGHT:
        height = MAX_PHOTO_HEIGHT
        width = height * photo.width / photo.height
    image = _Photo(photo.data, width, height)
    parts: list[Flowable] = [Spacer(1, 4), image]
    if figure.caption:
        parts.append(Paragraph(escaped(figure.caption), sheet.caption))
    if figure.credit:
        parts.append(Paragraph(escaped(credit_line(figure.credit)), sheet.credit))
    else:
        parts.append(Spacer(1, 9))
    return KeepTogether(parts)
