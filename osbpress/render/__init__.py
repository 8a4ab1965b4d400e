"""Renderers: pure functions from a Document to the bytes or text of one format.

Each renderer here is a thin wrapper that imports its module on the first
call, so importing this package (as ``osbpress.export`` does for all four)
costs nothing: ``osbpress render --format txt`` and the plain-text preview
never load reportlab or python-docx, and ``render_html`` alone pulls in
Jinja. The wrappers keep the real functions' signatures; the real ones live
in ``osbpress.render.pdf``, ``.docx``, ``.html`` and ``.text``.
"""

from __future__ import annotations

import datetime as dt
import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from osbpress.document import Document
    from osbpress.render.html import HtmlExport

__all__ = ["HtmlExport", "render_docx", "render_html", "render_pdf", "render_text"]


def render_pdf(doc: Document, *, deterministic: bool = False) -> bytes:
    """The release as an A4 PDF (see ``osbpress.render.pdf.render_pdf``)."""
    from osbpress.render.pdf import render_pdf as render

    return render(doc, deterministic=deterministic)


def render_docx(doc: Document, *, created: dt.datetime | None = None) -> bytes:
    """The release as a Word document (see ``osbpress.render.docx.render_docx``)."""
    from osbpress.render.docx import render_docx as render

    return render(doc, created=created)


def render_html(
    doc: Document,
    *,
    headline: bool = True,
    spot: bool = True,
    wordpress: bool = False,
    image_dir: str = "",
) -> HtmlExport:
    """The release as a CMS snippet (see ``osbpress.render.html.render_html``)."""
    from osbpress.render.html import render_html as render

    return render(doc, headline=headline, spot=spot, wordpress=wordpress, image_dir=image_dir)


def render_text(doc: Document) -> str:
    """The release as plain text (see ``osbpress.render.text.render_text``)."""
    from osbpress.render.text import render_text as render

    return render(doc)


def __getattr__(name: str) -> Any:
    # HtmlExport is a class callers may check against; it comes with Jinja.
    if name == "HtmlExport":
        return importlib.import_module("osbpress.render.html").HtmlExport
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
