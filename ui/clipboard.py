"""“HTML’yi kopyala”: the release's web snippet on the clipboard, ready to paste into the CMS.

The snippet leaves the headline out: the website's editor has its own
title field, so the officer pastes the headline there and the body here,
which then opens with the spot as its first (bold) paragraph. Rich-text
editors take the ``text/html`` flavour and keep paragraphs, headings,
quotes and lists; plain-text fields take the ``text/plain`` one, the
e-mail text. The WordPress variant puts the block markup in both flavours,
because WordPress's code editor is a plain-text field and its visual
editor turns the block comments back into blocks.

Photos are referenced by file name, as in the exported HTML: they are
uploaded to the CMS from the export folder, not carried on the clipboard.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QClipboard, QGuiApplication

from osbpress.document import Document
from osbpress.render import render_html, render_text


def copy_html(
    doc: Document, *, wordpress: bool = False, clipboard: QClipboard | None = None
) -> None:
    """Put ``doc`` on the clipboard as ``text/html`` and ``text/plain``.

    Raises the engine's ``MediaError`` for a photo that cannot be read.
    """
    snippet = render_html(doc, headline=False, wordpress=wordpress).html
    data = QMimeData()
    data.setHtml(snippet)
    data.setText(snippet if wordpress else render_text(doc))
    (clipboard or QGuiApplication.clipboard()).setMimeData(data)
