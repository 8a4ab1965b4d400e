"""The DOCX reopened with python-docx: styles, Turkish language, header, footer fields, links."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import zipfile

from docx import Document as open_docx
from docx.oxml.ns import qn

from osbpress.document import Document, ListBlock, Paragraph, Run
from osbpress.render import render_docx
from tests.osbpress.render.readback import content_texts, docx_paragraphs, letters

CREATED = dt.datetime(2024, 11, 24, 9, 0, tzinfo=dt.UTC)


def test_blocks_carry_the_word_styles_that_give_the_look(document: Document) -> None:
    paragraphs = docx_paragraphs(render_docx(document, created=CREATED))
    by_style: dict[str, list[str]] = {}
    for style, text in paragraphs:
        by_style.setdefault(style, []).append(text)
    assert by_style["Title"] == [document.headline]
    assert by_style["Subtitle"] == [document.spot]
    assert by_style["Heading 1"] == ["Üretime dönüş ve istihdam"]
    assert by_style["Heading 2"] == ["Ele alınan başlıklar"]
    assert by_style["Quote"] == [
        "“Bölgemizin ihracat gücü, deprem sonrasında da sürdürülebilir biçimde artıyor.”"
    ]
    assert by_style["Caption"] == ["Soldan sağa: Ayşe Güneş, Kenji Sato ve Mustafa Buluntu"]
    assert len(by_style["List Bullet"]) == 3
    assert by_style["List Number"] == ["İlk adım", "İkinci adım"]
    assert by_style["Bitiş İşareti"] == ["-SON-"]
    assert by_style["Hakkında Başlığı"] == ["Kahramanmaraş OSB Hakkında"]


def test_every_text_comes_back_in_order(document: Document) -> None:
    body = letters(" ".join(text for _, text in docx_paragraphs(render_docx(document))))
    position = 0
    for text in content_texts(document):
        found = body.find(letters(text), position)
        assert found >= 0, f"missing or out of order: {text!r}"
        position = found


def test_styles_and_defaults_are_turkish(document: Document) -> None:
    word = open_docx(io.BytesIO(render_docx(document)))
    root = word.styles.element
    default_lang = root.find(qn("w:docDefaults")).find(".//" + qn("w:lang"))
    assert default_lang.get(qn("w:val")) == "tr-TR"
    for name in ("Normal", "Title", "Subtitle", "Heading 1", "Quote", "Caption", "Hyperlink"):
        lang = word.styles[name].element.find(".//" + qn("w:lang"))
        assert lang is not None and lang.get(qn("w:val")) == "tr-TR", name
    assert word.core_properties.language == "tr-TR"


def test_header_has_logo_and_organisation_and_footer_has_page_fields(document: Document) -> None:
    data = render_docx(document)
    word = open_docx(io.BytesIO(data))
    assert word.sections[0].different_first_page_header_footer
    assert word.sections[0].header.paragraphs[0].text == "Kahramanmaraş Organize Sanayi Bölgesi"
    header = word.sections[0].first_page_header
    header_text = " ".join(cell.text for cell in header.tables[0].rows[0].cells)
    assert "Kahramanmaraş Organize Sanayi Bölgesi" in header_text
    assert "BASIN BÜLTENİ" in header_text and "24 Kasım 2024" in header_text
    assert header.part.element.findall(".//" + qn("w:drawing")), "logo missing"
    for footer in (word.sections[0].first_page_footer, word.sections[0].footer):
        footer_xml = footer.part.element.xml
        assert 'w:instr=" PAGE "' in footer_xml and 'w:instr=" NUMPAGES "' in footer_xml
        assert "Sayfa" in footer_xml and "basin@kmosb.example" in footer_xml
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        pictures = [n for n in package.namelist() if n.startswith("word/media/")]
    assert len(pictures) == 2  # logo and the photo


def test_core_properties(document: Document) -> None:
    word = open_docx(io.BytesIO(render_docx(document, created=CREATED)))
    core = word.core_properties
    assert core.title == document.meta.title
    assert core.author == "Kahramanmaraş OSB"
    assert core.subject == document.meta.subject
    assert core.keywords == "JICA, Kahramanmaraş OSB, ihracat"
    assert core.created == CREATED
    assert core.modified == CREATED


def test_links_are_real_hyperlinks_and_unsafe_ones_stay_text(document: Document) -> None:
    doc = dataclasses.replace(
        document,
        body=(
            Paragraph(
                (
                    Run("site", href="https://www.jica.go.jp/"),
                    Run(" ve "),
                    Run("tuzak", href="javascript:alert(1)"),
                )
            ),
        ),
    )
    word = open_docx(io.BytesIO(render_docx(doc)))
    paragraph = next(p for p in word.paragraphs if "tuzak" in p.text)
    links = paragraph._p.findall(qn("w:hyperlink"))
    assert len(links) == 1
    target = word.part.rels[links[0].get(qn("r:id"))].target_ref
    assert target == "https://www.jica.go.jp/"
    assert paragraph.text == "site ve tuzak"


def test_characters_xml_cannot_hold_are_dropped_and_vertical_tab_breaks_the_line(
    document: Document,
) -> None:
    doc = dataclasses.replace(
        document,
        headline="Baş\x00lık\x0bikinci satır \ud800 son",
        body=(Paragraph((Run("a\x01b\x1fc\tsekme"),)),),
    )
    word = open_docx(io.BytesIO(render_docx(doc)))
    title = next(p for p in word.paragraphs if p.style.name == "Title")
    assert title.text == "Başlık\nikinci satır \ufffd son"
    assert any(p.text == "abc\tsekme" for p in word.paragraphs)


def test_each_ordered_list_starts_again_at_one(document: Document) -> None:
    first = ListBlock(((Run("bir"),), (Run("iki"),)), ordered=True)
    second = ListBlock(((Run("üç"),),), ordered=True)
    doc = dataclasses.replace(document, body=(first, Paragraph((Run("ara"),)), second))
    word = open_docx(io.BytesIO(render_docx(doc)))
    numbered = [p for p in word.paragraphs if p.style.name == "List Number"]
    ids = [p._p.pPr.numPr.numId.val for p in numbered]
    assert ids[0] == ids[1] != ids[2]
    numbering = word.part.numbering_part.element
    for num_id in (ids[0], ids[2]):
        num = numbering.num_having_numId(num_id)
        start = num.find(".//" + qn("w:startOverride"))
        assert start is not None and start.get(qn("w:val")) == "1"
