"""The four formats say the same thing: one word sequence from headline to "Hakkında".

Each output is reduced to its letters and digits (``readback.letters``) after
taking out what a format adds on purpose: the PDF's page footers, the list
numbers of PDF and text, and the text format's photo file markers and link
addresses. What remains must hold the Document's content as one unbroken run.
"""

from __future__ import annotations

import re

import pytest

from osbpress.compose import compose
from osbpress.document import Document, Figure, ListBlock, Paragraph
from osbpress.render import render_docx, render_html, render_pdf, render_text
from osbpress.sample import sample_media, sample_profile, sample_release
from tests.osbpress.render.readback import (
    content_texts,
    docx_paragraphs,
    letters,
    parse_html,
    pdf_pages,
)

_LIST_NUMBER = re.compile(r"(?m)^\s*\d+\.\s")


def _hrefs(doc: Document) -> list[str]:
    runs = [run for block in doc.body if isinstance(block, Paragraph) for run in block.runs]
    runs += [
        run
        for block in doc.body
        if isinstance(block, ListBlock)
        for item in block.words()  # nested items too
        for run in item
    ]
    return [run.href for run in runs if run.href]


def _pdf(doc: Document) -> str:
    pages = pdf_pages(render_pdf(doc, deterministic=True))
    kept = []
    for number, page in enumerate(pages, start=1):
        page = page.replace(f"Sayfa {number} / {len(pages)}", "")
        kept.append(_LIST_NUMBER.sub(" ", page))
    footer = letters(doc.letterhead.contact_line)
    return "".join(letters(page).replace(footer, "") for page in kept)


def _docx(doc: Document) -> str:
    return letters(" ".join(text for _, text in docx_paragraphs(render_docx(doc))))


def _html(doc: Document) -> str:
    return letters(" ".join(parse_html(render_html(doc).html).text))


def _text(doc: Document) -> str:
    text = render_text(doc)
    text = re.sub(r"(?m)^\[Fotoğraf: .*\]$", "", text)
    for href in _hrefs(doc):
        text = text.replace(f" ({href})", "")
    return letters(_LIST_NUMBER.sub(" ", text))


def _assert_same_content(doc: Document) -> None:
    expected = letters(" ".join(content_texts(doc)))
    assert expected
    for name, extract in (("pdf", _pdf), ("docx", _docx), ("html", _html), ("txt", _text)):
        assert expected in extract(doc), f"{name} differs from the Document"


def test_all_four_formats_hold_the_same_words(document: Document) -> None:
    _assert_same_content(document)


@pytest.fixture(scope="module")
def sample_document() -> Document:
    return compose(sample_release(), sample_profile(), media=sample_media)


def test_the_sample_release_renders_to_all_four_formats_alike(sample_document: Document) -> None:
    _assert_same_content(sample_document)
    assert render_pdf(sample_document).startswith(b"%PDF-")
    html = render_html(sample_document)
    assert parse_html(html.html).errors == []
    figures = [block for block in sample_document.body if isinstance(block, Figure)]
    assert len(html.images) == len(figures) >= 1
