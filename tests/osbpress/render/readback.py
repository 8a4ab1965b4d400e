"""Read rendered files back the way a reader would: PDF text, DOCX paragraphs, parsed HTML.

``letters`` reduces any text to its letters and digits, so a comparison is
blind to what legitimately differs between formats (line breaks, hyphens at
line ends, quote marks, list bullets, spacing) and sees every word.
"""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser

from docx import Document as open_docx
from pypdf import PdfReader

from osbpress.document import (
    BlockQuote,
    Document,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    plain,
)

VOID = {"br", "img"}


def letters(text: str) -> str:
    """Only the letters and digits of ``text``, in order (Turkish letters included)."""
    return "".join(re.findall(r"[^\W_]", text))


def content_texts(doc: Document) -> list[str]:
    """The texts every format shows, from headline to "Hakkında", in reading order."""
    texts = [doc.headline, doc.spot]
    for block in doc.body:
        match block:
            case Heading(text=text):
                texts.append(text)
            case Paragraph(runs=runs):
                texts.append(plain(runs))
            case BlockQuote(text=text, attribution=attribution):
                texts += [text, attribution]
            case ListBlock():
                texts += [plain(item) for item in block.words()]  # nested items too
            case Figure(caption=caption, credit=credit):
                texts += [caption, f"Fotoğraf: {credit}" if credit else ""]
    if doc.contact:
        texts += [doc.contact.heading, *doc.contact.lines]
    if doc.about:
        texts += [doc.about.heading, doc.about.text]
    return [text for text in texts if text]


def pdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def pdf_body_letters(data: bytes, doc: Document) -> str:
    """The PDF's letters with every page footer (contact line, "Sayfa X / Y") taken out."""
    pages = pdf_pages(data)
    footer = letters(doc.letterhead.contact_line)
    out = []
    for number, page in enumerate(pages, start=1):
        text = letters(page)
        marker = letters(f"Sayfa {number} / {len(pages)}")
        text = text.replace(marker, "", 1) if marker in text[-200 - len(footer) :] else text
        if footer:
            at = text.rfind(footer)
            if at >= 0:
                text = text[:at] + text[at + len(footer) :]
        out.append(text)
    return "".join(out)


def docx_paragraphs(data: bytes) -> list[tuple[str, str]]:
    """(style name, text) of every body paragraph."""
    word = open_docx(io.BytesIO(data))
    return [(p.style.name if p.style else "", p.text) for p in word.paragraphs]


class TagChecker(HTMLParser):
    """Collects text, tags, attributes and comments; records any unbalanced end tag."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str, str | None]] = []
        self.comments: list[str] = []
        self.text: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += [(tag, name, value) for name, value in attrs]
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += [(tag, name, value) for name, value in attrs]

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unexpected </{tag}> with open {self.stack}")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)


def parse_html(html: str) -> TagChecker:
    checker = TagChecker()
    checker.feed(html)
    checker.close()
    if checker.stack:
        checker.errors.append(f"unclosed {checker.stack}")
    return checker
