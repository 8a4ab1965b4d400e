"""The PDF tab: the real ``render_pdf`` output, every page, with zoom and a page count.

A new PDF is loaded into a second ``QPdfDocument`` while the view keeps
showing the current one, and swapped in only once it is ready, so the
preview never flashes empty while the officer types; the scroll position
and zoom survive the swap. The QBuffer a document reads from lives exactly
as long as that document (QtPdf reads pages from it lazily).
"""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QMargins,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QPalette, QWheelEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from osbpress.i18n import N_, _

FIT_PAGE = "page"
FIT_WIDTH = "width"
# (label, zoom): a fit mode or a zoom factor; the order is the combo's. The fit
# modes' labels are marked here and translated in ``zoom_label``; a factor's
# label is made there ("%50" in Turkish, "50%" in English).
ZOOMS: tuple[tuple[str, str | float], ...] = (
    (N_("Sayfaya sığdır"), FIT_PAGE),
    (N_("Genişliğe sığdır"), FIT_WIDTH),
    ("", 0.5),
    ("", 0.75),
    ("", 1.0),
    ("", 1.25),
    ("", 1.5),
    ("", 2.0),
)
_FACTORS = [zoom for __, zoom in ZOOMS if isinstance(zoom, float)]
# The grey the pages lie on: dark enough that a white page's edge shows in any theme.
_DESK = QColor(128, 128, 128)


# A document stays on screen at least this long before the next replaces it: QPdfView
# paints a new document's pages in the background, and swapping on every keystroke
# of a fast typist showed blank pages until the typing stopped. A keystroke after
# a pause is shown at once.
MIN_SHOWN_MS = 250


def zoom_label(label: str, zoom: str | float) -> str:
    """What the zoom combo shows for one ``ZOOMS`` entry, in the interface language."""
    if isinstance(zoom, float):
        return _("%{percent}").format(percent=round(zoom * 100))
    return _(label)


class PdfPreview(QWidget):
    """A multi-page PDF view fed with bytes; ``loaded(page_count)`` after each swap."""

    loaded = Signal(int)
    load_failed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = QPdfView(self)
        self._swapped_at = 0.0
        self._swap_later = QTimer(self, singleShot=True)
        self._swap_later.timeout.connect(self._swap_when_ready)
        self._view.setAccessibleName(_("PDF önizlemesi"))
        self._view.setPageMode(QPdfView.PageMode.MultiPage)
        self._view.setPageSpacing(12)
        self._view.setDocumentMargins(QMargins(12, 12, 12, 12))
        palette = self._view.palette()
        palette.setColor(QPalette.ColorRole.Dark, _DESK)
        self._view.setPalette(palette)
        self._view.viewport().installEventFilter(self)

        self._zoom = QComboBox(self)
        self._zoom.setAccessibleName(_("Yakınlaştırma"))
        for label, zoom in ZOOMS:
            self._zoom.addItem(zoom_label(label, zoom))
        self._pages = QLabel(self)
        self._pages.setAccessibleName(_("Sayfa sayısı"))

        bar = QHBoxLayout()
        bar.setContentsMargins(4, 4, 4, 0)
        bar.addWidget(self._zoom)
        bar.addStretch(1)
        bar.addWidget(self._pages)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self._view, 1)

        self._shown: tuple[QPdfDocument, QBuffer] | None = None
        self._loading: tuple[QPdfDocument, QBuffer] | None = None
        self._connect_signals()
        self.set_zoom(FIT_WIDTH)
        self._update_pages()

    def _connect_signals(self) -> None:
        self._zoom.currentIndexChanged.connect(self._zoom_chosen)
        self._view.pageNavigator().currentPageChanged.connect(self._update_pages)

    # -- public --------------------------------------------------------------

    def show_pdf(self, data: bytes) -> None:
        """Load ``data`` and show it once ready, in place of the current PDF."""
        if self._loading is not None:
            self._discard(self._loading)
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument(self)
        self._loading = (document, buffer)
        document.statusChanged.connect(lambda _status: self._check(document))
        document.load(buffer)
        self._check(document)

    def page_count(self) -> int:
        """Pages of the PDF on screen (0 before the first one)."""
        return self._shown[0].pageCount() if self._shown else 0

    def zoom(self) -> str | float:
        """The chosen fit mode (``FIT_PAGE``/``FIT_WIDTH``) or zoom factor."""
        return ZOOMS[self._zoom.currentIndex()][1]

    def set_zoom(self, zoom: str | float) -> None:
        self._zoom.setCurrentIndex([value for __, value in ZOOMS].index(zoom))
        self._zoom_chosen(self._zoom.currentIndex())

    def view(self) -> QPdfView:
        return self._view

    # -- loading -------------------------------------------------------------

    def _check(self, document: QPdfDocument) -> None:
        if self._loading is None or self._loading[0] is not document:
            return
        if not shiboken6.isValid(document):
            return  # destroyed with the window while it loaded (it says so on the way out)
        status = document.status()
        if status == QPdfDocument.Status.Ready:
            shown_ms = (time.monotonic() - self._swapped_at) * 1000
            if shown_ms >= MIN_SHOWN_MS:
                self._swap()
            elif not self._swap_later.isActive():
                self._swap_later.start(max(1, round(MIN_SHOWN_MS - shown_ms)))
        elif status == QPdfDocument.Status.Error:
            self._discard(self._loading)
            self._loading = None
            self.load_failed.emit()

    def _swap_when_ready(self) -> None:
        if self._loading is not None and self._loading[0].status() == QPdfDocument.Status.Ready:
            self._swap()

    def _swap(self) -> None:
        assert self._loading is not None
        self._swapped_at = time.monotonic()
        previous, self._shown, self._loading = self._shown, self._loading, None
        # QPdfView keeps its zoom and scroll position when given a new document.
        self._view.setDocument(self._shown[0])
        if previous is not None:
            self._discard(previous)
        self._update_pages()
        self.loaded.emit(self.page_count())

    @staticmethod
    def _discard(pair: tuple[QPdfDocument, QBuffer]) -> None:
        document, buffer = pair
        document.statusChanged.disconnect()
        document.close()
        document.deleteLater()
        buffer.deleteLater()

    # -- zoom and page count ---------------------------------------------------

    def _zoom_chosen(self, index: int) -> None:
        zoom = ZOOMS[index][1]
        if zoom == FIT_PAGE:
            self._view.setZoomMode(QPdfView.ZoomMode.FitInView)
        elif zoom == FIT_WIDTH:
            self._view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        else:
            assert isinstance(zoom, float)
            self._view.setZoomMode(QPdfView.ZoomMode.Custom)
            self._view.setZoomFactor(zoom)

    def _effective_zoom(self) -> float:
        """The zoom factor on screen, also in the fit modes (which report none)."""
        zoom = self.zoom()
        if isinstance(zoom, float) or self._shown is None:
            return zoom if isinstance(zoom, float) else 1.0
        page = self._shown[0].pagePointSize(0)
        if page.isEmpty():
            return 1.0
        scale = self.logicalDpiX() / 72
        margins = self._view.documentMargins()
        viewport = self._view.viewport().size()
        width = (viewport.width() - margins.left() - margins.right()) / (page.width() * scale)
        if zoom == FIT_WIDTH:
            return width
        height = (viewport.height() - margins.top() - margins.bottom()) / (page.height() * scale)
        return min(width, height)

    def _step_zoom(self, steps: int) -> None:
        current = self._effective_zoom()
        if steps > 0:
            larger = [f for f in _FACTORS if f > current + 0.01]
            self.set_zoom(larger[0] if larger else _FACTORS[-1])
        else:
            smaller = [f for f in _FACTORS if f < current - 0.01]
            self.set_zoom(smaller[-1] if smaller else _FACTORS[0])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(event, QWheelEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            delta = event.angleDelta().y()
            if delta:
                self._step_zoom(1 if delta > 0 else -1)
            return True
        return super().eventFilter(watched, event)

    def _update_pages(self, *_args: object) -> None:
        count = self.page_count()
        if count == 0:
            self._pages.setText("")
            return
        current = self._view.pageNavigator().currentPage() + 1
        self._pages.setText(
            _("Sayfa {page} / {count}").format(page=min(current, count), count=count)
        )
