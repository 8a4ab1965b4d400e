"""“HTML’yi kopyala”: both clipboard flavours, read back as a paste target would see them."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from osbpress.compose import compose
from osbpress.document import Document
from osbpress.render import render_text
from osbpress.sample import sample_media, sample_profile, sample_release
from ui.clipboard import copy_html


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)


def tags(html: str) -> list[str]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


@pytest.fixture(scope="module")
def document() -> Document:
    release = sample_release()
    release.headline = "Panoya Kopyalanan Başlık"
    profile = sample_profile()
    profile.style.quote_style = "block"  # so the paste has a <blockquote> to keep
    return compose(release, profile, media=sample_media)


def test_copy_puts_html_and_plain_text_on_the_clipboard(qtbot: QtBot, document: Document) -> None:
    copy_html(document)
    data = QGuiApplication.clipboard().mimeData()
    assert data.hasHtml() and data.hasText()
    html = data.html()
    found = tags(html)
    for tag in ("p", "h2", "blockquote", "ul", "li", "strong"):
        assert tag in found, tag
    assert "h1" not in found  # the CMS keeps the headline in its own title field
    assert "Panoya Kopyalanan Başlık" not in html
    assert html.index(document.spot) < html.index("<h2>")  # the spot opens the body
    assert data.text() == render_text(document)
    assert "Panoya Kopyalanan Başlık" in data.text()


def test_the_wordpress_variant_puts_block_markup_in_both_flavours(
    qtbot: QtBot, document: Document
) -> None:
    clipboard = QGuiApplication.clipboard()
    copy_html(document, wordpress=True, clipboard=clipboard)
    data = clipboard.mimeData()
    assert data.text().startswith("<!-- wp:paragraph -->")
    assert "<!-- wp:quote -->" in data.text()
    assert "<!-- wp:heading -->" in data.html()
    assert "blockquote" in tags(data.html())


def test_quitting_after_a_copy_keeps_the_text_and_exits_cleanly() -> None:
    import subprocess
    import sys

    script = (
        "import ui\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from osbpress.compose import compose\n"
        "from osbpress.sample import sample_media, sample_profile, sample_release\n"
        "from ui.clipboard import copy_html, release_clipboard\n"
        "app = QApplication([])\n"
        "app.aboutToQuit.connect(release_clipboard)\n"
        "copy_html(compose(sample_release(), sample_profile(), media=sample_media))\n"
        "from PySide6.QtCore import QTimer\n"
        "QTimer.singleShot(0, app.quit)\n"
        "app.exec()\n"
        "print(QApplication.clipboard().text()[:20])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-400:]
    assert done.stdout.strip()
