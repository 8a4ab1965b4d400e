"""The DOCX as Word reads it: current mode, no stale parts, alt text, unique ids, links, lists.

Each check reopens the file the way Word's own pieces are found: the zip's
parts and relationships, python-docx's settings, paragraphs, styles and
hyperlinks, and the drawing properties (``wp:docPr``) of every picture in the
body and the headers.
"""

from __future__ import annotations

import io
import zipfile

import pytest
from docx import Document as open_docx
from docx.document import Document as WordDocument
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as WordParagraph

from osbpress.compose import compose
from osbpress.document import Document, Figure
from osbpress.render import render_docx
from osbpress.sample import sample_media, sample_profile, sample_release
from tests.osbpress.render.test_markup_formats import rich_document

_WORDPROCESSING_DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"


@pytest.fixture(scope="module", params=["sample", "rich"])
def document(request: pytest.FixtureRequest) -> Document:
    if request.param == "rich":
        return rich_document()
    return compose(sample_release(), sample_profile(), media=sample_media)


@pytest.fixture(scope="module")
def data(document: Document) -> bytes:
    return render_docx(document)


@pytest.fixture(scope="module")
def rich() -> WordDocument:
    return open_docx(io.BytesIO(render_docx(rich_document())))


def _compat(word: WordDocument, name: str) -> str | None:
    for setting in word.settings.element.iter(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == name:
            return setting.get(qn("w:val"))
    return None


def test_word_opens_it_in_its_current_mode_not_compatibility_mode(data: bytes) -> None:
    assert _compat(open_docx(io.BytesIO(data)), "compatibilityMode") == "15"


def test_no_blank_thumbnail_or_stale_application_properties(data: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
        package_rels = archive.read("_rels/.rels").decode()
        types = archive.read("[Content_Types].xml").decode()
    assert "docProps/thumbnail.jpeg" not in names and "docProps/app.xml" not in names
    assert "thumbnail" not in package_rels and "extended-properties" not in package_rels
    assert "/docProps/app.xml" not in types
    settings = open_docx(io.BytesIO(data)).settings.element
    assert settings.find(qn("w:savePreviewPicture")) is None


def _pictures(word: WordDocument) -> list[tuple[str, str]]:
    """(id, alt text) of every drawing in the headers and the body, in that order."""
    section = word.sections[0]
    parts = [section.first_page_header.part, section.header.part, word.part]
    seen: list[tuple[str, str]] = []
    for part in dict.fromkeys(parts):
        for properties in part.element.iter(f"{{{_WORDPROCESSING_DRAWING}}}docPr"):
            seen.append((properties.get("id"), properties.get("descr")))
    return seen


def test_every_picture_has_alt_text_and_its_own_id(document: Document, data: bytes) -> None:
    pictures = _pictures(open_docx(io.BytesIO(data)))
    figures = [block for block in document.body if isinstance(block, Figure)]
    assert len(pictures) == 1 + len(figures)  # the logo, then each photo
    ids = [picture_id for picture_id, _ in pictures]
    assert len(set(ids)) == len(ids), ids
    logo_alt, *photo_alts = [alt for _, alt in pictures]
    assert logo_alt == document.letterhead.organisation
    for figure, alt in zip(figures, photo_alts, strict=True):
        assert alt == (figure.caption or f"Fotoğraf: {figure.credit}")


def test_contact_email_and_website_are_hyperlinks(document: Document, data: bytes) -> None:
    word = open_docx(io.BytesIO(data))
    body_links = [link.address for p in word.paragraphs for link in p.hyperlinks]
    assert "mailto:basin@kahramanmarasosb.example" in body_links
    footer = word.sections[0].footer.paragraphs[0]
    footer_links = {link.address: link.text for link in footer.hyperlinks}
    assert footer_links == {
        "mailto:basin@kahramanmarasosb.example": "basin@kahramanmarasosb.example",
        "https://kahramanmarasosb.example": "https://kahramanmarasosb.example",
    }
    assert footer.text.startswith(document.letterhead.contact_line)


def test_a_markup_quote_keeps_its_paragraphs_link_and_bold(rich: WordDocument) -> None:
    quotes = [p for p in rich.paragraphs if p.style is not None and p.style.name == "Quote"]
    first = next(p for p in quotes if "Bakınız" in p.text)
    second = quotes[quotes.index(first) + 1]
    assert first.text == "“Bakınız bölgenin sitesi ve kalın yazı."
    assert second.text == "İkinci paragraf da alıntının içinde.”"
    assert [(h.text, h.address) for h in first.hyperlinks] == [
        ("bölgenin sitesi", "https://kahramanmarasosb.example/yatirim")
    ]
    assert any(run.bold and run.text == "kalın" for run in first.runs)
    assert any(run.italic and run.text == "alıntının" for run in second.runs)


def _numbering(paragraph: WordParagraph) -> str | None:
    properties = paragraph._p.pPr
    numbered = properties.numPr if properties is not None else None
    return None if numbered is None else str(numbered.numId.val)


def test_nested_lists_take_the_second_level_styles(rich: WordDocument) -> None:
    styled = [(p.style.name if p.style else "", p.text) for p in rich.paragraphs]
    start = styled.index(("List Bullet", "üst madde"))
    assert styled[start : start + 4] == [
        ("List Bullet", "üst madde"),
        ("List Bullet 2", "alt madde bağlantılı"),
        ("List Bullet 2", "öbür alt madde"),
        ("List Bullet", "son madde"),
    ]
    link = rich.paragraphs[start + 1].hyperlinks[0]
    assert link.address == "mailto:yatirim@kahramanmarasosb.example"
    numbered = rich.paragraphs[start + 4 : start + 8]
    assert [(p.style.name if p.style else "", p.text) for p in numbered] == [
        ("List Number", "birinci adım"),
        ("List Number 2", "ilk ayrıntı"),
        ("List Number 2", "ikinci ayrıntı"),
        ("List Number", "ikinci adım"),
    ]
    # Each list restarts at 1: the outer items share one numbering, the nested its own.
    outer, inner = _numbering(numbered[0]), _numbering(numbered[1])
    assert outer and inner and outer != inner
    assert _numbering(numbered[3]) == outer and _numbering(numbered[2]) == inner
