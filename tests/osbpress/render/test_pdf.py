"""The PDF read back with pypdf: text, fonts, metadata, bookmarks, footer, links."""

from __future__ import annotations

import dataclasses
import io
import re

from PIL import Image
from pypdf import PdfReader
from pypdf.generic import IndirectObject

from osbpress.document import Document, Figure, Heading, Paragraph, Run
from osbpress.render import render_pdf
from tests.osbpress.render.conftest import turkish_document
from tests.osbpress.render.readback import content_texts, letters, pdf_body_letters, pdf_pages

BASE_14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica",
    "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold",
    "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats",
}  # fmt: skip


def _resolve(value: object) -> object:
    return value.get_object() if isinstance(value, IndirectObject) else value


def test_every_paragraph_comes_back_in_order_with_turkish_letters(document: Document) -> None:
    data = render_pdf(document, deterministic=True)
    body = pdf_body_letters(data, document)
    position = 0
    for text in content_texts(document):
        found = body.find(letters(text), position)
        assert found >= 0, f"missing or out of order: {text!r}"
        position = found
    # Undo the hyphenation at line ends before looking for whole phrases.
    joined = re.sub(r"(\w)-\n(\w)", r"\1\2", "\n".join(pdf_pages(data)))
    flat = " ".join(joined.split())
    assert "Işık, ğ, ı, İ, Ş, Ğ, ç, ö, ü ve â" in flat
    assert "₺250" in flat
    assert "“ölçülebilir”" in flat


def test_every_font_is_embedded_and_none_is_a_builtin_font(document: Document) -> None:
    reader = PdfReader(io.BytesIO(render_pdf(document, deterministic=True)))
    seen = 0
    for page in reader.pages:
        fonts = _resolve(_resolve(page["/Resources"])["/Font"])  # type: ignore[index]
        for ref in fonts.values():  # type: ignore[attr-defined]
            font = _resolve(ref)
            base = str(font["/BaseFont"]).lstrip("/")  # type: ignore[index]
            assert base.split("+")[-1] not in BASE_14, base
            if font["/Subtype"] == "/Type0":  # type: ignore[index]
                font = _resolve(font["/DescendantFonts"][0])  # type: ignore[index]
            descriptor = _resolve(font["/FontDescriptor"])  # type: ignore[index]
            assert "/FontFile2" in descriptor, f"{base} is not embedded"  # type: ignore[operator]
            seen += 1
    assert seen >= 3  # serif, serif bold, sans bold at least


def test_metadata_language_and_bookmarks(document: Document) -> None:
    reader = PdfReader(io.BytesIO(render_pdf(document, deterministic=True)))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == document.meta.title
    assert meta.author == "Kahramanmaraş OSB"
    assert meta.subject == document.meta.subject
    assert "Kahramanmaraş OSB" in str(meta.get("/Keywords"))
    assert reader.trailer["/Root"]["/Lang"] == "tr-TR"
    titles: list[str] = []

    def walk(items: list[object]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)  # type: ignore[attr-defined]

    walk(reader.outline)
    assert titles == [
        document.headline,
        "Üretime dönüş ve istihdam",
        "Ele alınan başlıklar",
        "Kahramanmaraş OSB Hakkında",
    ]


def test_footer_numbers_pages_and_carries_the_contact_line(document: Document) -> None:
    pages = pdf_pages(render_pdf(document, deterministic=True))
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"Sayfa {number} / {len(pages)}" in page
        assert "basin@kmosb.example" in page


def test_deterministic_output_is_byte_identical(document: Document) -> None:
    assert render_pdf(document, deterministic=True) == render_pdf(document, deterministic=True)


def test_typed_markup_prints_as_typed(document: Document) -> None:
    typed = "AT&T <b>kalın değil</b> &amp; <br/> <font color=red>x</font>"
    doc = dataclasses.replace(
        document,
        headline=typed,
        body=(Paragraph((Run(typed, bold=True),)), Heading(typed)),
    )
    flat = " ".join(" ".join(pdf_pages(render_pdf(doc, deterministic=True))).split())
    assert flat.count(typed) == 3


def test_only_web_and_mail_links_become_clickable(document: Document) -> None:
    doc = dataclasses.replace(
        document,
        body=(
            Paragraph(
                (
                    Run("iyi ", href="https://example.org/a?b=1&c=2"),
                    Run("kötü ", href="javascript:alert(1)"),
                    Run("posta", href="mailto:basin@kmosb.example"),
                )
            ),
        ),
    )
    reader = PdfReader(io.BytesIO(render_pdf(doc, deterministic=True)))
    uris = {
        str(_resolve(annotation)["/A"]["/URI"])  # type: ignore[index]
        for page in reader.pages
        for annotation in page.get("/Annots", [])
    }
    # The contact block and the footer link the press office's address too.
    assert uris == {"https://example.org/a?b=1&c=2", "mailto:basin@kmosb.example"}
    assert "iyi kötü posta" in reader.pages[0].extract_text()


def test_long_release_flows_over_many_pages_without_a_logo() -> None:
    base = turkish_document(logo=False)
    sections = tuple(
        block
        for n in range(12)
        for block in (
            Heading(f"Bölüm {n + 1}"),
            Paragraph((Run("Üretim kapasitesi ve ihracat hedefleri görüşüldü. " * 30),)),
        )
    )
    doc = dataclasses.replace(base, body=base.body + sections)
    pages = pdf_pages(render_pdf(doc, deterministic=True))
    assert len(pages) >= 5
    assert re.search(r"Bölüm 12", " ".join(pages))


def test_photo_is_embedded_as_a_jpeg_without_its_exif_block(document: Document) -> None:
    exif = Image.Exif()
    exif[0x010F] = "Konum bilgisi taşıyan kamera"
    raw = io.BytesIO()
    Image.new("RGB", (2400, 1600), (90, 140, 60)).save(raw, "JPEG", exif=exif)
    assert b"Exif" in raw.getvalue()
    doc = dataclasses.replace(document, body=(Figure(raw.getvalue(), name="tarla"),))
    reader = PdfReader(io.BytesIO(render_pdf(doc, deterministic=True)))
    images = [
        _resolve(xobject)
        for page in reader.pages
        for xobject in _resolve(_resolve(page["/Resources"]).get("/XObject", {})).values()  # type: ignore[union-attr]
    ]
    photos = [i for i in images if i["/Subtype"] == "/Image" and i["/Width"] == 2000]  # type: ignore[index]
    assert len(photos) == 1
    photo = photos[0]
    assert "/DCTDecode" in photo["/Filter"] and photo["/Height"] == 1333  # type: ignore[index]
    assert b"Exif" not in photo._data  # type: ignore[union-attr]
