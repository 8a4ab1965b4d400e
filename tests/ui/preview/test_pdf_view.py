"""The PDF tab: every page, white on a grey desk, zoom and scroll kept across updates,
old documents freed, a broken PDF never blanks the view."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QApplication, QComboBox, QLabel
from pytestqt.qtbot import QtBot

from osbpress.compose import compose
from osbpress.model import Section
from osbpress.render import render_pdf
from osbpress.sample import sample_media, sample_profile, sample_release
from ui.preview.pdf_view import FIT_PAGE, FIT_WIDTH, MIN_SHOWN_MS, PdfPreview


@pytest.fixture(scope="module")
def sample_pdf() -> bytes:
    return render_pdf(compose(sample_release(), sample_profile(), media=sample_media))


@pytest.fixture(scope="module")
def long_pdf() -> bytes:
    release = sample_release()
    release.sections = [
        Section(heading=f"Bölüm {n}", body="Uzun bir paragraf. " * 80) for n in range(12)
    ]
    release.quotes = []
    return render_pdf(compose(release, sample_profile(), media=sample_media))


@pytest.fixture
def preview(qtbot: QtBot) -> PdfPreview:
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.resize(600, 800)
    preview.show()
    return preview


def load(qtbot: QtBot, preview: PdfPreview, data: bytes) -> None:
    with qtbot.waitSignal(preview.loaded, timeout=5000):
        preview.show_pdf(data)


def test_every_page_is_shown_with_its_count(
    qtbot: QtBot, preview: PdfPreview, long_pdf: bytes
) -> None:
    assert preview.page_count() == 0
    load(qtbot, preview, long_pdf)
    count = preview.page_count()
    assert count >= 3
    assert preview.view().pageMode() == QPdfView.PageMode.MultiPage
    assert preview.findChild(QLabel).text() == f"Sayfa 1 / {count}"


def test_pages_are_white_on_a_grey_desk(
    qtbot: QtBot, preview: PdfPreview, sample_pdf: bytes
) -> None:
    load(qtbot, preview, sample_pdf)
    viewport = preview.view().viewport()
    qtbot.waitUntil(lambda: viewport.grab().toImage().pixelColor(30, 30) == QColor("white"))
    image = viewport.grab().toImage()
    desk = image.pixelColor(4, image.height() // 2)
    assert desk.red() == desk.green() == desk.blue() < 200


def test_zoom_and_scroll_survive_a_new_pdf(
    qtbot: QtBot, preview: PdfPreview, long_pdf: bytes
) -> None:
    load(qtbot, preview, long_pdf)
    preview.set_zoom(1.5)
    bar = preview.view().verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 1000)
    bar.setValue(900)
    load(qtbot, preview, long_pdf)
    assert preview.zoom() == 1.5
    assert preview.view().zoomMode() == QPdfView.ZoomMode.Custom
    assert bar.value() == 900


def test_swapped_out_documents_are_freed(
    qtbot: QtBot, preview: PdfPreview, sample_pdf: bytes
) -> None:
    for _ in range(5):
        load(qtbot, preview, sample_pdf)
    qtbot.waitUntil(lambda: len(preview.findChildren(QPdfDocument)) == 1)
    assert len(preview.findChildren(QBuffer)) == 1
    assert preview.view().document() is preview.findChild(QPdfDocument)


def test_a_broken_pdf_keeps_the_last_one_on_screen(
    qtbot: QtBot, preview: PdfPreview, sample_pdf: bytes
) -> None:
    load(qtbot, preview, sample_pdf)
    with qtbot.waitSignal(preview.load_failed, timeout=5000):
        preview.show_pdf(b"%PDF-1.7 bu bir PDF degil")
    assert preview.page_count() == 2
    assert preview.view().document().pageCount() == 2


def test_zoom_choices_and_ctrl_wheel(qtbot: QtBot, preview: PdfPreview, sample_pdf: bytes) -> None:
    load(qtbot, preview, sample_pdf)
    combo = preview.findChild(QComboBox)
    assert preview.zoom() == FIT_WIDTH
    combo.setCurrentIndex(combo.findText("%200"))
    assert preview.view().zoomMode() == QPdfView.ZoomMode.Custom
    assert preview.view().zoomFactor() == 2.0
    combo.setCurrentIndex(combo.findText("Sayfaya sığdır"))
    assert preview.zoom() == FIT_PAGE
    assert preview.view().zoomMode() == QPdfView.ZoomMode.FitInView

    def wheel(steps: int, modifiers: Qt.KeyboardModifier) -> None:
        event = QWheelEvent(
            QPointF(100, 100),
            QPointF(100, 100),
            QPoint(0, 0),
            QPoint(0, 120 * steps),
            Qt.MouseButton.NoButton,
            modifiers,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(preview.view().viewport(), event)

    preview.set_zoom(1.0)
    wheel(1, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom() == 1.25
    wheel(-1, Qt.KeyboardModifier.ControlModifier)
    wheel(-1, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom() == 0.75
    assert combo.currentText() == "%75"
    wheel(-1, Qt.KeyboardModifier.NoModifier)  # a plain wheel scrolls, it does not zoom
    assert preview.zoom() == 0.75


def test_documents_arriving_faster_than_they_can_be_painted_end_in_the_newest(
    qtbot: QtBot, preview: PdfPreview, sample_pdf: bytes, long_pdf: bytes
) -> None:
    load(qtbot, preview, sample_pdf)
    shown: list[int] = []
    preview.loaded.connect(shown.append)
    # A fast typist: the long text, then the sample again, within a few milliseconds.
    preview.show_pdf(long_pdf)
    preview.show_pdf(sample_pdf)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    qtbot.wait(MIN_SHOWN_MS + 100)
    # The one in between was never put on screen (it would have been swapped away
    # before its pages were painted); the newest was, once the last one had been
    # on screen for a moment.
    assert shown == [preview.page_count()]
    assert (
        preview.view().document().pageCount() == PdfReader(io.BytesIO(sample_pdf)).get_num_pages()
    )
