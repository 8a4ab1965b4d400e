"""The PDF for the press: an A4 release laid out with reportlab platypus.

``render_pdf`` turns a Document into PDF bytes: letterhead, headline, spot,
body, photos, contact, "Hakkında" and end mark (flowables from
``pdf_story``), a footer with "Sayfa X / Y" and the organisation's contact
line on every page (``pdf_footer``), document metadata (title, author,
subject, keywords, /Lang tr-TR) and bookmarks for the headline and sections,
each pointing at the page its heading is printed on. Fonts are the
bundled Noto families only. With ``deterministic=True`` two renders of the
same Document are byte-identical (fixed dates and IDs), which tests rely on.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from osbpress.document import Document
from osbpress.render.common import one_line
from osbpress.render.pdf_fonts import SANS, family
from osbpress.render.pdf_footer import Footer
from osbpress.render.pdf_platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from osbpress.render.pdf_story import build_story
from osbpress.render.pdf_styles import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_HEIGHT,
    PAGE_WIDTH,
)

# reportlab's default ASCII85 text encoding of images runs in pure Python
# (about 10 ms per photo) and makes the file a quarter larger; binary streams
# are valid PDF everywhere. Only this engine uses reportlab in the process.
rl_config.useA85 = 0


def render_pdf(doc: Document, *, deterministic: bool = False) -> bytes:
    """The release as an A4 PDF.

    Raises MediaError (naming the photo) when a photo or the logo cannot be read.
    """
    out = io.BytesIO()
    meta = doc.meta
    footer = Footer(doc.letterhead.contact_line)
    template = _ReleaseTemplate(
        out,
        footer,
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
    template.build(build_story(doc), canvasmaker=_finishing_canvas(footer))
    return out.getvalue()


class _ReleaseTemplate(BaseDocTemplate):  # type: ignore[misc]
    """One frame per page with the footer; headings marked by ``pdf_story.outlined`` become bookmarks."""

    def __init__(self, out: io.BytesIO, footer: Footer, **kwargs: Any) -> None:
        super().__init__(out, **kwargs)
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
        page = PageTemplate(
            id="page", frames=[frame], onPageEnd=lambda canvas, _: footer.draw(canvas)
        )
        self.addPageTemplates([page])
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


def _finishing_canvas(footer: Footer) -> type[Canvas]:
    """A canvas class that defines the footer's page-number forms just before saving."""

    class FinishingCanvas(Canvas):  # type: ignore[misc]
        def save(self) -> None:
            footer.finish(self)
            super().save()

    return FinishingCanvas
