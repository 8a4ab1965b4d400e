"""Renderers: pure functions from a Document to the bytes or text of one format."""

from osbpress.render.docx import render_docx
from osbpress.render.html import HtmlExport, render_html
from osbpress.render.pdf import render_pdf
from osbpress.render.text import render_text

__all__ = ["HtmlExport", "render_docx", "render_html", "render_pdf", "render_text"]
