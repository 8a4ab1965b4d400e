"""The DOCX for colleagues who edit in Word, built on the styles of templates/docx/base.docx.

``render_docx`` fills a copy of base.docx: the letterhead in the first page's
header (logo, organisation, "BASIN BÜLTENİ", date; later pages show the
organisation's name), the headline in Title, the spot
in Subtitle, sections in Heading 1/2, quotes in Quote (one paragraph each),
lists in List Bullet/List Number (nested lists in their "2" and "3" styles),
photos with a Caption, and the contact, "Hakkında" and end mark in our own
named styles. The footer holds the contact line and "Sayfa X / Y" as PAGE and
NUMPAGES fields Word fills in; e-mail and web addresses in the contact block
and footer are hyperlinks. Every picture has alt text (its caption or credit, the
organisation's name for the logo) and an id unique in the whole package. Only style names are
used, never direct formatting, so restyling base.docx in Word restyles every
later export. Text is cleaned of what XML cannot hold first (see
``common.clean_text``), so no typed character can break the file.

The package is zipped by ``_package_bytes`` rather than ``Document.save``:
the same parts in the same order, but JPEG and PNG media that deflate would
not shrink are stored (``ZIP_STORED``). Deflating a camera photo gains
nothing and was two thirds of a photo-heavy DOCX's render time; a drawn,
flat picture (like the sample's) still shrinks by a third, so a quick probe
of a slice decides per image.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import zipfile
import zlib
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from docx import Document as open_docx
from docx.document import Document as WordDocument
from docx.opc.packuri import PackURI
from docx.opc.pkgwriter import PackageWriter
from docx.shared import Cm, Emu
from docx.table import _Cell
from docx.text.paragraph import Paragraph as WordParagraph

from osbpress.document import (
    Block,
    BlockQuote,
    Document,
    Figure,
    Heading,
    ListBlock,
)
from osbpress.document import Paragraph as ParagraphBlock
from osbpress.render.common import (
    alt_text,
    attribution_line,
    clean_text,
    credit_line,
    linked,
    one_line,
    quoted_paragraphs,
)
from osbpress.render.docx_parts import add_field, add_runs, describe_picture, restart_numbering
from osbpress.render.images import prepare_logo, print_image
from osbpress.resources import template

_TEXT_WIDTH = Cm(16.4)
_MAX_PHOTO_HEIGHT = Cm(12)
_LOGO_HEIGHT = Cm(1.5)
# Word's list styles by depth; base.docx defines three levels of each, deeper
# entries stay at the third.
_BULLETS = ("List Bullet", "List Bullet 2", "List Bullet 3")
_NUMBERS = ("List Number", "List Number 2", "List Number 3")


def render_docx(doc: Document, *, created: dt.datetime | None = None) -> bytes:
    """The release as a Word document; ``created`` (default: now) stamps created and modified.

    Raises MediaError (naming the photo) when a photo or the logo cannot be read.
    """
    word = open_docx(io.BytesIO(_base_bytes()))
    _remember_styles(word)
    # python-docx counts drawing ids per part, so the header's logo and the first
    # photo would both be 1; one count for the whole package keeps them unique.
    pictures = itertools.count(1)
    _header(word, doc, pictures)
    _footer(word, doc)
    if doc.embargo:
        _text(word, doc.embargo, "Ambargo")
    _text(word, doc.headline, "Title")
    if doc.spot:
        _text(word, doc.spot, "Subtitle")
    for block in doc.body:
        _block(word, block, pictures)
    if doc.contact:
        _text(word, doc.contact.heading, "İletişim Başlığı")
        for line in doc.contact.lines:
            add_runs(_paragraph(word, "İletişim"), linked(line), _style_ids()["Hyperlink"])
    if doc.about:
        if doc.about.heading:
            _text(word, doc.about.heading, "Hakkında Başlığı")
        _text(word, doc.about.text, "Hakkında")
    if doc.end_mark:
        _text(word, doc.end_mark, "Bitiş İşareti")
    _properties(word, doc, created or dt.datetime.now(dt.UTC))
    return _package_bytes(word)


# Media formats that are compressed already; whether deflate would still help
# is probed on a slice of this many bytes, at the fastest level.
_STORED_SUFFIXES = (".jpg", ".jpeg", ".png")
_PROBE_BYTES = 32_768
_WORTH_DEFLATING = 0.9


def _incompressible(blob: bytes) -> bool:
    middle = len(blob) // 2
    probe = blob[max(0, middle - _PROBE_BYTES // 2) : middle + _PROBE_BYTES // 2]
    return len(zlib.compress(probe, 1)) > _WORTH_DEFLATING * len(probe)


class _ZipWriter:
    """The physical writer python-docx's PackageWriter expects, choosing compression per member."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self._archive = archive

    def write(self, pack_uri: PackURI, blob: bytes) -> None:
        name = pack_uri.membername
        stored = name.lower().endswith(_STORED_SUFFIXES) and _incompressible(blob)
        compression = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
        self._archive.writestr(name, blob, compress_type=compression)


def _package_bytes(word: WordDocument) -> bytes:
    # What OpcPackage.save does, step for step, with our writer in place of its
    # all-deflate one (PackageWriter's steps are static and take any writer).
    package = word.part.package
    for part in package.parts:
        part.before_marshal()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        # python-docx leaves these untyped and asks for its own writer class;
        # ours has the one method they call.
        writer: Any = _ZipWriter(archive)
        steps: Any = PackageWriter
        steps._write_content_types_stream(writer, package.parts)
        steps._write_pkg_rels(writer, package.rels)
        steps._write_parts(writer, package.parts)
    return out.getvalue()


@lru_cache(maxsize=1)
def _base_bytes() -> bytes:
    # Read once per process; every render parses its own copy from these bytes.
    return template("docx/base.docx").read_bytes()


# python-docx resolves a style name by scanning every style on each call;
# resolving the names once keeps a long release from spending most of its time
# there. Read from the first document opened (every one is a copy of base.docx).
_STYLE_IDS: dict[str, str] = {}


def _remember_styles(word: WordDocument) -> None:
    if not _STYLE_IDS:
        _STYLE_IDS.update({style.name: style.style_id for style in word.styles})


def _style_ids() -> dict[str, str]:
    return _STYLE_IDS


def _paragraph(container: WordDocument | _Cell, style: str) -> WordParagraph:
    paragraph = container.add_paragraph()
    paragraph._p.style = _style_ids()[style]
    return paragraph


def _text(word: WordDocument | _Cell, text: str, style: str) -> WordParagraph:
    paragraph = _paragraph(word, style)
    paragraph.add_run(clean_text(text))
    return paragraph


def _block(word: WordDocument, block: Block, pictures: Iterator[int]) -> None:
    link = _style_ids()["Hyperlink"]
    match block:
        case Heading(text=text, level=level):
            _text(word, text, "Heading 1" if level <= 1 else "Heading 2")
        case ParagraphBlock(runs=runs):
            add_runs(_paragraph(word, "Normal"), runs, link)
        case BlockQuote(paragraphs=paragraphs, attribution=attribution):
            for runs in quoted_paragraphs(paragraphs):
                add_runs(_paragraph(word, "Quote"), runs, link)
            if attribution:
                _text(word, attribution_line(attribution), "Alıntı Sahibi")
        case ListBlock():
            _list(word, block, 0)
        case Figure():
            _figure(word, block, pictures)


def _list(word: WordDocument, block: ListBlock, depth: int) -> None:
    """One paragraph per entry in the list style of its depth, nested lists right after it."""
    style = (_NUMBERS if block.ordered else _BULLETS)[min(depth, 2)]
    own: list[WordParagraph] = []
    for runs, nested in block.entries():
        paragraph = _paragraph(word, style)
        add_runs(paragraph, runs, _style_ids()["Hyperlink"])
        own.append(paragraph)
        for sublist in nested:
            _list(word, sublist, depth + 1)
    if block.ordered and own:
        restart_numbering(word, own, style)


def _figure(word: WordDocument, figure: Figure, pictures: Iterator[int]) -> None:
    photo = print_image(figure)
    # Never wider than the photo's own pixels at 150 dpi (1 pt = 12,700 EMU).
    width = max(1, int(min(_TEXT_WIDTH, photo.natural_width * 12700)))
    height = max(1, width * photo.height // photo.width)
    if height > _MAX_PHOTO_HEIGHT:
        height = int(_MAX_PHOTO_HEIGHT)
        width = height * photo.width // photo.height
    holder = _paragraph(word, "Fotoğraf")
    picture = holder.add_run().add_picture(
        io.BytesIO(photo.data), width=Emu(width), height=Emu(height)
    )
    describe_picture(picture, next(pictures), alt_text(figure))
    if figure.caption:
        _text(word, figure.caption, "Caption")
    if figure.credit:
        _text(word, credit_line(figure.credit), "Fotoğraf Kaynağı")


def _header(word: WordDocument, doc: Document, pictures: Iterator[int]) -> None:
    """The letterhead on the first page, as in the PDF; the organisation's name on the others."""
    head = doc.letterhead
    section = word.sections[0]
    section.different_first_page_header_footer = True
    later = section.header
    later.is_linked_to_previous = False
    later.paragraphs[0]._p.style = _style_ids()["Header"]
    later.paragraphs[0].add_run(one_line(head.organisation))
    header = section.first_page_header
    header.is_linked_to_previous = False
    table = header.add_table(rows=1, cols=2, width=_TEXT_WIDTH)
    table.autofit = False
    left, right = table.rows[0].cells
    for column, size in zip(table.columns, (Cm(10.4), Cm(6.0)), strict=True):
        column.width = size  # Word reads the grid, LibreOffice the cells: set both
        for cell in column.cells:
            cell.width = size
    first = left.paragraphs[0]
    first._p.style = _style_ids()["Kurum Adı"]
    if head.logo:
        logo = prepare_logo(head.logo)
        logo_width = min(int(_LOGO_HEIGHT) * logo.width // logo.height, int(Cm(8)))
        logo_height = logo_width * logo.height // logo.width
        picture = io.BytesIO(logo.data)
        shape = first.add_run().add_picture(picture, width=Emu(logo_width), height=Emu(logo_height))
        describe_picture(shape, next(pictures), one_line(head.organisation))
        first = _paragraph(left, "Kurum Adı")
    first.add_run(clean_text(head.organisation))
    label = right.paragraphs[0]
    label._p.style = _style_ids()["Basın Etiketi"]
    label.add_run(clean_text(head.label))
    _text(right, head.date_text, "Tarih")
    # The header part starts with one empty paragraph; a table may not end a header.
    spacer = header.paragraphs[0]
    header._element.remove(spacer._element)
    header._element.append(spacer._element)


def _footer(word: WordDocument, doc: Document) -> None:
    """Contact line and "Sayfa X / Y" on every page, the first included."""
    section = word.sections[0]
    for footer in (section.first_page_footer, section.footer):
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0]
        paragraph._p.style = _style_ids()["Footer"]
        add_runs(
            paragraph, linked(one_line(doc.letterhead.contact_line)), _style_ids()["Hyperlink"]
        )
        paragraph.add_run("\tSayfa ")
        add_field(paragraph, "PAGE", "1")
        paragraph.add_run(" / ")
        add_field(paragraph, "NUMPAGES", "1")


def _properties(word: WordDocument, doc: Document, created: dt.datetime) -> None:
    core = word.core_properties
    meta = doc.meta
    core.title = one_line(meta.title or doc.headline)[:255]
    core.author = core.last_modified_by = one_line(meta.author or doc.letterhead.organisation)[:255]
    core.subject = one_line(meta.subject)[:255]
    core.keywords = one_line(", ".join(meta.keywords))[:255]
    core.category = one_line(", ".join(doc.categories))[:255]
    core.language = one_line(meta.lang) or "tr-TR"
    core.created = core.modified = created.astimezone(dt.UTC)  # naive means local time
    core.revision = 1
