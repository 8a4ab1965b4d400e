"""Switched to English, the main window and its menus hold no Turkish of their own.

Walks the widget tree of a window opened on the sample: every menu and
action, button, label, tab, group box title, column header and tooltip. The
draft's own text (the release is Turkish whatever the interface speaks), the
product name and the Turkish suffixed forms shown as data are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from osbpress import i18n
from tests.ui.test_main_window import Harness, settle
from ui.main_window import MainWindow

_TURKISH = re.compile(r"[çğıİöşüÇĞÖŞÜ]")
# What stays Turkish on purpose: the product name and data the release is made of.
_ALLOWED = ("OSB Basın", "maykıl")  # a Turkish reading, shown as an example


@pytest.fixture
def english(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    i18n.set_language("en")
    harness = Harness(qtbot, tmp_path)
    try:
        window = harness.open()
        yield window
        settle(qtbot, window)
    finally:
        harness.shutdown()
        i18n.set_language("tr")


def _turkish(text: str) -> bool:
    for allowed in _ALLOWED:
        text = text.replace(allowed, "")
    return bool(_TURKISH.search(text))


def _texts(window: MainWindow) -> Iterator[tuple[str, str]]:
    for action in window.findChildren(QAction):
        yield "action", action.text()
        yield "action tip", action.toolTip()
    for menu_action in window.menuBar().actions():
        yield "menu", menu_action.text()
    for button in window.findChildren(QAbstractButton):
        yield "button", button.text()
        yield "tooltip", button.toolTip()
        yield "accessible", button.accessibleName()
    for box in window.findChildren(QGroupBox):
        yield "group", box.title()
    for tabs in window.findChildren(QTabWidget):
        for index in range(tabs.count()):
            yield "tab", tabs.tabText(index)
    for view in window.findChildren(QTableView) + window.findChildren(QTreeView):
        model = view.model()
        if model is None:
            continue
        for column in range(model.columnCount(QModelIndex())):
            header = model.headerData(column, Qt.Orientation.Horizontal)
            if isinstance(header, str):
                yield "header", header
    for label in window.findChildren(QLabel):
        if not _shows_data(label):
            yield "label", label.text()


def _shows_data(widget: QWidget) -> bool:
    """Labels that show the draft's own words (suffix forms, suggestions)."""
    name = widget.accessibleName().lower()
    return "ekler" in name or "suffix" in name or "forms" in name


def test_no_turkish_is_left_in_the_main_window_and_its_menus(english: MainWindow) -> None:
    found = sorted(
        {f"{kind}: {text!r}" for kind, text in _texts(english) if text and _turkish(text)}
    )
    assert not found, "\n".join(found)


def test_release_kinds_are_named_in_english(english: MainWindow) -> None:
    items = {
        combo.itemText(index)
        for combo in english.findChildren(QComboBox)
        for index in range(combo.count())
    }
    assert {"Visit", "Meeting"} <= items
    assert "Ziyaret" not in items
