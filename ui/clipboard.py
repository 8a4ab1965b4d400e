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

from collections.abc import Callable

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QClipboard, QGuiApplication

from osbpress.document import Document
from osbpress.render import render_html, render_text
from ui.operations import Operations

# The last snippet put on the clipboard, so quitting touches only our own copy.
_last_copied: list[str] = []


def clipboard_texts(doc: Document, *, wordpress: bool = False) -> tuple[str, str]:
    """The ``text/html`` and ``text/plain`` flavours of ``doc`` (pure: run it in a worker).

    Raises the engine's ``MediaError`` for a photo that cannot be read.
    """
    snippet = render_html(doc, headline=False, wordpress=wordpress).html
    return snippet, snippet if wordpress else render_text(doc)


def put_on_clipboard(html: str, text: str, clipboard: QClipboard | None = None) -> None:
    """Put both flavours on the clipboard as one item (main thread)."""
    data = QMimeData()
    data.setHtml(html)
    data.setText(text)
    (clipboard or QGuiApplication.clipboard()).setMimeData(data)
    _last_copied[:] = [html]


def copy_html(
    doc: Document, *, wordpress: bool = False, clipboard: QClipboard | None = None
) -> None:
    """``clipboard_texts`` and ``put_on_clipboard`` in one go, for scripts and tests."""
    put_on_clipboard(*clipboard_texts(doc, wordpress=wordpress), clipboard=clipboard)


def copy_in_background(
    operations: Operations, doc: Document, *, wordpress: bool, done: Callable[[], None]
) -> None:
    """``copy_html`` with the rendering on a worker (it prepares every photo)."""

    def put(texts: tuple[str, str]) -> None:
        put_on_clipboard(*texts)
        done()

    operations.run(lambda task: clipboard_texts(doc, wordpress=wordpress), success=put)


def release_clipboard(clipboard: QClipboard | None = None) -> None:
    """Before Qt shuts down, swap our QMimeData for Qt's own plain-text copy.

    With PySide6 6.12 a QMimeData made in Python and still held by the
    clipboard when the interpreter exits crashes the process after it has
    quit (reproduced on the offscreen and minimal platforms). The plain
    text stays on the clipboard for pasting after the app has closed.
    """
    clipboard = clipboard or QGuiApplication.clipboard()
    data = clipboard.mimeData()
    if data is not None and data.hasHtml() and data.html() in _last_copied:
        clipboard.setText(data.text())
