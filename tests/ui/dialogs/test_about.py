"""The About dialog: the package version and the shipped licences, as the officer reads them."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTextBrowser
from pytestqt.qtbot import QtBot

import osbpress
from osbpress.resources import resource
from ui.dialogs.about import AboutDialog


def test_about_shows_the_version_and_the_font_and_qt_licences(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    (version,) = [w for w in dialog.findChildren(QLabel) if w.accessibleName() == "Sürüm"]
    assert f"Sürüm {osbpress.__version__}" in version.text()
    (browser,) = dialog.findChildren(QTextBrowser)
    shown = browser.toPlainText()
    assert "LGPLv3" in shown and "PySide6" in shown
    ofl = resource("fonts/noto/OFL.txt").read_text(encoding="utf-8")
    # The font licence verbatim, line by line (the browser keeps a <pre> block's lines).
    for line in ofl.splitlines():
        assert line.strip() in shown
