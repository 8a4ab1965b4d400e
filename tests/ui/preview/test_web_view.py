"""The Web tab: the snippet's photos shown from memory and fitted to the view;
links open outside, never inside the preview."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QTextDocument
from pytestqt.qtbot import QtBot

from osbpress.compose import compose
from osbpress.render import render_html
from osbpress.sample import sample_media, sample_profile, sample_release
from ui.preview.web_view import WebPreview


@pytest.fixture
def view(qtbot: QtBot) -> WebPreview:
    view = WebPreview()
    qtbot.addWidget(view)
    view.resize(500, 700)
    view.show()
    return view


def image_widths(view: WebPreview) -> dict[str, float]:
    widths: dict[str, float] = {}
    block = view.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            image = iterator.fragment().charFormat().toImageFormat()
            if image.isValid():
                widths[image.name()] = image.width()
            iterator += 1
        block = block.next()
    return widths


def test_photos_come_from_the_render_and_fit_the_view(qtbot: QtBot, view: WebPreview) -> None:
    snippet = render_html(compose(sample_release(), sample_profile(), media=sample_media))
    view.show_snippet(snippet.html, snippet.images)
    (name, _), *_ = snippet.images
    image = view.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(name))
    assert image is not None and not image.isNull()
    assert image.width() > view.viewport().width()  # the web image is wider than the view …
    widths = image_widths(view)
    assert 0 < widths[name] <= view.viewport().width()  # … and shown within it

    view.resize(300, 700)
    qtbot.waitUntil(lambda: image_widths(view)[name] <= view.viewport().width())


class _Browser(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


def test_a_link_opens_in_the_browser_not_in_the_preview(qtbot: QtBot, view: WebPreview) -> None:
    view.show_snippet('<p>Ayrıntılar <a href="https://example.org/bulten">sitede</a>.</p>')
    browser = _Browser()
    QDesktopServices.setUrlHandler("https", browser, "open")
    try:
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_Tab)  # to the link, as a keyboard user would
        qtbot.keyClick(view, Qt.Key.Key_Return)
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert browser.opened == ["https://example.org/bulten"]
    assert "Ayrıntılar sitede." in view.toPlainText()
