"""Export and copy write the text on screen: a keystroke 10 ms before Ctrl+E or
Ctrl+Shift+C is in what they write, and a text that cannot be composed is never
exported from an older one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.keyboard import type_text
from tests.ui.test_main_window import Harness, settle
from ui.dialogs.export import ExportDialog
from ui.forms.photos import PhotosPage
from ui.forms.publish import PublishPage
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    harness = Harness(qtbot, tmp_path)
    window = harness.open()
    settle(qtbot, window)
    yield window
    harness.shutdown()


def _type_into_headline(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.editor.setCurrentWidget(window.editor.page(PublishPage))
    edit = window.editor.page(PublishPage).widget_for(("headline",))
    assert isinstance(edit, QLineEdit)
    edit.setFocus()
    type_text(qtbot, edit, text)


def _action(window: MainWindow, text: str) -> QAction:
    """The menu command reading ``text``, as the officer finds it in Dosya."""
    return next(a for a in window.findChildren(QAction) if a.text() == text)


def _press(qtbot: QtBot, window: MainWindow, keys: str) -> None:
    """The shortcut as the officer presses it, with the focus still in the headline."""
    sequence = QKeySequence(keys)[0]
    qtbot.keyClick(QApplication.focusWidget(), sequence.key(), sequence.keyboardModifiers())


def test_ctrl_e_right_after_a_keystroke_exports_that_keystroke(
    qtbot: QtBot, window: MainWindow
) -> None:
    _type_into_headline(qtbot, window, "Son Dakika Başlığı")
    qtbot.wait(10)
    _press(qtbot, window, "Ctrl+E")
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is not None, timeout=10_000)
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    assert dialog.document.headline == "Son Dakika Başlığı"
    dialog.reject()
    settle(qtbot, window)


def test_ctrl_shift_c_right_after_a_keystroke_copies_that_keystroke(
    qtbot: QtBot, window: MainWindow
) -> None:
    QApplication.clipboard().setText("")
    _type_into_headline(qtbot, window, "Panoya Giden Başlık")
    qtbot.wait(10)
    _press(qtbot, window, "Ctrl+Shift+C")
    qtbot.waitUntil(lambda: bool(QApplication.clipboard().mimeData().html()), timeout=10_000)
    # The snippet leaves the title to the CMS; the plain text beside it starts with it.
    assert "\n\nPanoya Giden Başlık\n\n" in QApplication.clipboard().mimeData().text()
    settle(qtbot, window)


def test_export_waits_for_a_composition_still_running(qtbot: QtBot, window: MainWindow) -> None:
    session = window.session
    assert session is not None
    session.update(session.release.model_copy(update={"headline": "Yolda Olan Başlık"}))
    assert window.pipeline.current() is None  # being composed right now
    _action(window, "&Dışa aktar…").trigger()
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is not None, timeout=10_000)
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.document.headline == "Yolda Olan Başlık"
    dialog.reject()
    settle(qtbot, window)


def test_a_text_that_cannot_be_composed_is_not_exported_from_an_older_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    session = window.session
    assert session is not None
    assert window.previewer.latest() is not None  # an older, good render is on screen
    photo = session.release.photos[0].model_copy(update={"image": "sha256:" + "0" * 64})
    session.update(session.release.model_copy(update={"photos": [photo]}))
    _action(window, "&Dışa aktar…").trigger()
    qtbot.waitUntil(
        lambda: any(box.isVisible() for box in window.findChildren(QMessageBox)), timeout=10_000
    )
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    assert "oluşturulamıyor" in box.text() and "Fotoğraf" in box.text()
    assert window.findChild(ExportDialog) is None
    assert window.editor.currentWidget() is window.editor.page(PhotosPage)  # the field at fault
    box.button(QMessageBox.StandardButton.Ok).click()
    settle(qtbot, window)


def test_copy_of_a_text_that_cannot_be_composed_says_why(qtbot: QtBot, window: MainWindow) -> None:
    QApplication.clipboard().setText("")
    session = window.session
    assert session is not None
    photo = session.release.photos[0].model_copy(update={"image": "sha256:" + "0" * 64})
    session.update(session.release.model_copy(update={"photos": [photo]}))
    _action(window, "HTML’yi &kopyala").trigger()
    qtbot.waitUntil(
        lambda: any(box.isVisible() for box in window.findChildren(QMessageBox)), timeout=10_000
    )
    assert not QApplication.clipboard().mimeData().html()
    next(b for b in window.findChildren(QMessageBox) if b.isVisible()).reject()
    settle(qtbot, window)


class _GreedyLine(QLineEdit):
    """A one-line field that claims every shortcut, as Linux's QLineEdit claims Ctrl+E."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        return super().event(event)


def test_ctrl_e_works_from_a_field_that_claims_the_key(qtbot: QtBot, window: MainWindow) -> None:
    greedy = _GreedyLine(window.editor.page(PublishPage))
    greedy.show()
    greedy.setFocus()
    qtbot.waitUntil(greedy.hasFocus)
    _press(qtbot, window, "Ctrl+E")
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is not None, timeout=10_000)
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    dialog.reject()
    settle(qtbot, window)
