"""The library's command surfaces: its toolbar and the list's context menu.

Both show the same actions (the panel's "Yeni taslak", "Çoğalt", "Çöpe
taşı" and the trash view's "Geri al", "Kalıcı sil"); only the visible ones,
so the trash view offers its own commands and the list of drafts its.
Toolbar buttons are named for screen readers and take focus by Tab only,
so a click on one leaves the keyboard in the list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar, QWidget

from osbpress.i18n import _


def make_action(parent: QWidget, text: str, tip: str, slot: Callable[[], object]) -> QAction:
    made = QAction(text, parent)
    made.setToolTip(tip)
    made.triggered.connect(slot)
    return made


def command_toolbar(actions: Sequence[QAction], parent: QWidget) -> QToolBar:
    toolbar = QToolBar(_("Taslak komutları"), parent)
    toolbar.setAccessibleName(_("Taslak komutları"))
    for each in actions:
        toolbar.addAction(each)
        button = toolbar.widgetForAction(each)
        button.setAccessibleName(each.text())
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return toolbar


def context_menu(actions: Sequence[QAction], parent: QWidget) -> QMenu:
    """A menu of the visible ``actions``, deleted once it closes."""
    menu = QMenu(parent)
    menu.setAccessibleName(_("Taslak komutları menüsü"))
    for each in actions:
        if each.isVisible():
            menu.addAction(each)
    menu.aboutToHide.connect(menu.deleteLater)
    return menu
