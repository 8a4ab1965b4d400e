"""The PDF read back as a PDF reader sees it: bookmark pages, link annotations, the footer."""

from __future__ import annotations

import dataclasses
import io
import re

from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from osbpress.document import Document, Heading, Letterhead, Paragraph, Run
from osbpress.render import render_pdf
from osbpress.render.pdf_fonts import SANS, family
from osbpress.render.pdf_footer import Footer
from osbpress.render.pdf_styles import TEXT_WIDTH
from tests.osbpress.render.conftest import turkish_document
from tests.osbpress.render.readback import pdf_pages

CONTACT_LINE = (
    "Organize Sanayi Bölgesi, Onikişubat / Kahramanmaraş · 0 (344) 000 00 00 · "
    "basin@kahramanmarasosb.example · https://kahramanmarasosb.example"
)


def _long_release() -> Document:
    """The test release with long sections, so its later headings and "Hakkında" fall on later pages."""
    base = turkish_document(logo=False)
    sections = tuple(
        block
        for number in range(4)
        for block in (
            Heading(f"Bölüm {number + 1}"),
            Paragraph((Run("Üretim kapasitesi ve ihracat hedefleri görüşüldü. " * 40),)),
        )
    )
    letterhead = dataclasses.replace(base.letterhead, contact_line=CONTACT_LINE)
    return dataclasses.replace(base, letterhead=letterhead, body=base.body + sections)


def _outline(reader: PdfReader) -> list[tuple[str, int]]:
    found: list[tuple[str, int]] = []

    def walk(items: list[object]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                found.append((item.title, reader.get_destination_page_number(item)))  # type: ignore[attr-defined, arg-type]

    walk(reader.outline)  # type: ignore[arg-type]
    return found


def _uris(page: object) -> list[str]:
    return [
        str(annotation.get_object()["/A"]["/URI"])
        for annotation in page.get("/Annots", [])  # type: ignore[attr-defined]
    ]


def test_every_bookmark_points_at_the_page_its_heading_is_printed_on() -> None:
    doc = _long_release()
    data = render_pdf(doc, deterministic=True)
    reader = PdfReader(io.BytesIO(data))
    pages = [" ".join(page.split()) for page in pdf_pages(data)]
    outline = _outline(reader)
    assert [title for title, _ in outline] == [
        doc.headline,
        "Üretime dönüş ve istihdam",
        "Ele alınan başlıklar",
        "Bölüm 1",
        "Bölüm 2",
        "Bölüm 3",
        "Bölüm 4",
        "Kahramanmaraş OSB Hakkında",
    ]
    for title, page in outline:
        printed_on = [n for n, text in enumerate(pages) if title in text]
        assert printed_on and page == printed_on[0], (title, page, printed_on)
    assert outline[-1][1] >= 2  # "Hakkında" really is on a later page
    assert len({page for _, page in outline}) >= 3


def test_contact_email_and_website_are_links_in_the_contact_block_and_on_every_footer() -> None:
    data = render_pdf(_long_release(), deterministic=True)
    reader = PdfReader(io.BytesIO(data))
    mail = "mailto:basin@kahramanmarasosb.example"
    web = "https://kahramanmarasosb.example"
    for page in reader.pages:
        uris = _uris(page)
        assert mail in uris and web in uris
    # The contact block's "basin@kmosb.example" is a link where the block is printed.
    contact_page = next(
        number for number, text in enumerate(pdf_pages(data)) if "Ayrıntılı bilgi için" in text
    )
    assert "mailto:basin@kmosb.example" in _uris(reader.pages[contact_page])


def test_footer_breaks_the_contact_line_only_between_its_parts() -> None:
    pages = pdf_pages(render_pdf(_long_release(), deterministic=True))
    for number, page in enumerate(pages, start=1):
        lines = page.splitlines()
        footer = [line for line in lines if "basin@kahramanmarasosb.example" in line]
        assert footer, page
        address = "Organize Sanayi Bölgesi, Onikişubat / Kahramanmaraş"
        assert any(address in line for line in lines), "the address wrapped"
        assert any(line.strip() == f"Sayfa {number} / {len(pages)}" for line in lines)


def test_footer_takes_one_line_when_the_contact_line_fits() -> None:
    footer = Footer("Kahramanmaraş OSB · 0344 236 00 00 · basin@kmosb.example")
    assert footer.lines == ["Kahramanmaraş OSB · 0344 236 00 00 · basin@kmosb.example"]
    assert footer.size == 8


def test_an_address_too_long_for_any_line_is_shortened_never_wrapped() -> None:
    address = "Organize Sanayi Bölgesi " * 20
    footer = Footer(f"{address} · 0344 236 00 00 · basin@kmosb.example · www.kmosb.example")
    assert len(footer.lines) == 2
    assert footer.lines[0].endswith("…")
    assert footer.lines[1] == "0344 236 00 00 · basin@kmosb.example · www.kmosb.example"
    doc = dataclasses.replace(
        turkish_document(logo=False),
        letterhead=Letterhead("Kahramanmaraş OSB", contact_line=f"{address} · www.kmosb.example"),
    )
    reader = PdfReader(io.BytesIO(render_pdf(doc, deterministic=True)))
    assert "https://www.kmosb.example" in _uris(reader.pages[0])


def test_footer_lines_fit_the_text_width() -> None:
    font = family(SANS).regular
    footer = Footer(CONTACT_LINE)
    assert len(footer.lines) == 2
    assert re.fullmatch(r"Organize Sanayi Bölgesi, Onikişubat / Kahramanmaraş.*", footer.lines[0])
    assert all(stringWidth(line, font, footer.size) <= TEXT_WIDTH for line in footer.lines)
