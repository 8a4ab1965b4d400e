"""The PDF for the press: an A4 release laid out with reportlab platypus.

``render_pdf`` turns a Document into PDF bytes: letterhead, headline, spot,
body, photos, contact, "Hakkında" and end mark (flowables from
``pdf_story``), a footer with "Sayfa X / Y" and the organisation's contact
line on every page, document metadata (title, author, subject, keywords,
/Lang tr-TR) and bookmarks for the headline and sections. Fonts are the
bundled Noto families only. With ``deterministic=True`` two renders of the
same Document are byte-identical (fixed dates and IDs), which tests rely on.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab import rl_config
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from osbpress.document import Document
from osbpress.render.common import one_line
from osbpress.render.pdf_fonts import SANS, family
from osbpress.render.pdf_story import build_story
from osbpress.render.pdf_styles import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    TEXT_WIDTH,
)

# reportlab's default ASCII85 text encoding of images runs in pure Python
# (about 10 ms per photo) and makes the file a quarter larger; binary streams
# are valid PDF everywhere. Only this engine uses reportlab in the process.
rl_config.useA85 = 0

_FOOTER_SIZE = 8
_FOOTER_LEADING = 10
_FOOTER_Y = 1.3 * MARGIN_BOTTOM / 2.4


def render_pdf(doc: Document, *, deterministic: bool = False) -> bytes:
    """The release as an A4 PDF.

    Raises MediaError (naming the photo) when a photo or the logo cannot be read.
    """
    out = io.BytesIO()
    meta = doc.meta
    template = _ReleaseTemplate(
        out,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=one_line(meta.title or doc.headline),
        author=one_line(meta.author or doc.letterhead.organisation),
        subject=one_line(meta.subject or doc.spot)[:500],
        keywords=[one_line(word) for word in meta.keywords if one_line(word)],
        creator="OSB Basın",
        producer="OSB Basın (reportlab)",
        lang=one_line(meta.lang) or "tr-TR",
        invariant=1 if deterministic else 0,
        displayDocTitle=1,
        initialFontName=family(SANS).regular,
    )
    contact_line = one_line(doc.letterhead.contact_line)
    template.build(build_story(doc), canvasmaker=_numbered_canvas(contact_line))
    return out.getvalue()


class _ReleaseTemplate(BaseDocTemplate):  # type: ignore[misc]
    """One frame per page; headings marked by ``pdf_story.outlined`` become bookmarks."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self._outline_count = 0
        self._outline_level = -1

    def afterFlowable(self, flowable: Flowable) -> None:
        title = getattr(flowable, "outline_title", None)
        if title is None:
            return
        # reportlab refuses an entry more than one level below the previous one.
        level = min(int(getattr(flowable, "outline_level", 0)), self._outline_level + 1)
        self._outline_level = level
        self._outline_count += 1
        key = f"outline{self._outline_count}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(title[:200], key, level=level, closed=False)
        if self._outline_count == 1:
            self.canv.showOutline()


def _numbered_canvas(contact_line: str) -> type[Canvas]:
    """A canvas class that draws the footer once the page count is known."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            font = family(SANS).regular
            widest = stringWidth(_page_text(total, total), font, _FOOTER_SIZE)
            lines = _footer_lines(contact_line, font, TEXT_WIDTH - widest - 12)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                _footer(self, _page_text(number, total), lines)
                super().showPage()
            super().save()

    return NumberedCanvas


def _page_text(number: int, total: int) -> str:
    return f"Sayfa {number} / {total}"


def _footer(canvas: Canvas, page_text: str, lines: list[str]) -> None:
    """The rule, the contact line (one or two lines) and "Sayfa X / Y" at the page foot."""
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    rule_y = _FOOTER_Y + _FOOTER_SIZE + 4
    canvas.line(MARGIN_LEFT, rule_y, MARGIN_LEFT + TEXT_WIDTH, rule_y)
    canvas.setFillColor(MUTED)
    canvas.setFont(family(SANS).regular, _FOOTER_SIZE)
    for row, line in enumerate(lines):
        canvas.drawString(MARGIN_LEFT, _FOOTER_Y - row * _FOOTER_LEADING, line)
    canvas.drawRightString(MARGIN_LEFT + TEXT_WIDTH, _FOOTER_Y, page_text)
    canvas.restoreState()


def _footer_lines(text: str, font: str, width: float) -> list[str]:
    """The contact line wrapped to at most two footer lines, the second cut with "…" if needed."""
    lines = simpleSplit(text, font, _FOOTER_SIZE, width) if text else []
    if len(lines) <= 2:
        return lines
    return [lines[0], _fit(" ".join(lines[1:]), font, width)]


def _fit(text: str, font: str, width: float) -> str:
    """``text`` cut with an ellipsis so it fits ``width`` points on one footer line."""
    if stringWidth(text, font, _FOOTER_SIZE) <= width:
        return text
    low, high = 0, min(len(text), 1000)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + "…", font, _FOOTER_SIZE) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"
