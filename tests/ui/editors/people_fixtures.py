"""Helpers for the people pages' tests: a context, typing Turkish, counting ``changed``."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ui.editors.base import EditorContext, EditorPage
from ui.operations import Operations


@contextmanager
def editor_context() -> Iterator[EditorContext]:
    """A real context with its own worker pool, shut down afterwards."""
    operations = Operations()
    try:
        yield EditorContext(operations)
    finally:
        operations.shutdown()


class ChangeCounter:
    """Counts ``changed`` signals of a page."""

    def __init__(self, page: EditorPage) -> None:
        self.count = 0
        page.changed.connect(self._changed)

    def _changed(self) -> None:
        self.count += 1


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key, Turkish letters included.

    ``QTest.keyClicks`` maps each character to a key code and aborts on letters
    outside Latin-1 (İ, ı, ş, ğ); those arrive here as key events that carry
    only their text, as from a keyboard layout that has them.
    """
    for char in text:
        if char.isascii():
            qtbot.keyClick(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QCoreApplication.sendEvent(widget, event)
