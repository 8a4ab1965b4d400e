"""The Web tab: the HTML snippet as a rich-text page, with its photos, links opened outside.

The snippet names its photos by relative file name (they are uploaded
beside it); here ``loadResource`` answers those names from the render's
web images in memory, and each photo is scaled down to the width of the
view, since the snippet's ``width`` attributes are the full pixel size.
Links never navigate inside the preview: they open in the browser or the
mail program.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QImage, QResizeEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from osbpress.i18n import _

_EXTERNAL = {"http", "https", "mailto"}


class WebPreview(QTextBrowser):
    """A read-only rendering of the HTML snippet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(_("Web önizlemesi"))
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._open_outside)
        self._images: dict[str, QImage] = {}

    def show_snippet(self, html: str, images: tuple[tuple[str, bytes], ...] = ()) -> None:
        bar = self.verticalScrollBar()
        position = bar.value()
        self._images = {}
        for name, data in images:
            image = QImage.fromData(data)
            if not image.isNull():
                self._images[name] = image
        self.setHtml(html)
        self._fit_images()
        bar.setValue(position)

    def _fit_images(self) -> None:
        """Scale every photo to the view's width, keeping its proportions."""
        available = max(self.viewport().width() - 2 * int(self.document().documentMargin()), 50)
        cursor = QTextCursor(self.document())
        block = self.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                image = fragment.charFormat().toImageFormat()
                photo = self._images.get(image.name()) if image.isValid() else None
                if photo is not None:
                    width, height = photo.width(), photo.height()
                    scale = min(1.0, available / width)
                    image.setWidth(width * scale)
                    image.setHeight(height * scale)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(
                        fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                    )
                    cursor.setCharFormat(image)
                iterator += 1
            block = block.next()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._images:
            self._fit_images()

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        """The snippet's photos from memory; nothing is ever read from disk or the network."""
        if kind == QTextDocument.ResourceType.ImageResource:
            return self._images.get(name.toString() if isinstance(name, QUrl) else name)
        return None

    @staticmethod
    def _open_outside(url: QUrl) -> None:
        if url.scheme() in _EXTERNAL:
            QDesktopServices.openUrl(url)
