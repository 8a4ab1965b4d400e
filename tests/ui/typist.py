"""A child app process that types a headline forever, for the kill test.

Run as ``python -m tests.ui.typist LOG`` with ``OSBPRESS_HOME`` set: it opens
the real main window (offscreen) on the store there, types one letter into
the headline every 40 ms and appends ``<unix time> <headline>`` to LOG after
each, until someone kills it.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from osbpress.paths import store_path
from ui.forms.publish import PublishPage
from ui.main_window import MainWindow
from ui.operations import Operations


def main(log_path: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication([])
    operations = Operations()
    settings = QSettings(str(log_path.with_suffix(".ini")), QSettings.Format.IniFormat)
    window = MainWindow(operations, settings)
    log = log_path.open("a", encoding="utf-8")
    letters = iter("abcçdefgğhıijklmnoöprsştuüvyz" * 100)

    def type_one() -> None:
        page = window.editor.page(PublishPage)
        edit = page.widget_for(("headline",))
        assert isinstance(edit, QLineEdit)
        letter = next(letters)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(
                edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, letter)
            )
        log.write(f"{time.time():.3f} {edit.text()}\n")
        log.flush()

    timer = QTimer(interval=40)
    timer.timeout.connect(type_one)
    window.preview_shown.connect(lambda: timer.isActive() or timer.start())
    window.show()
    window.start(store_path())
    app.exec()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
