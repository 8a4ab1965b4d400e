"""Putting an editor page on screen for a test, showing a release; checking its picture."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from osbpress.model import Release
from ui.context import AppContext
from ui.forms.base import EditorPage

P = TypeVar("P", bound=EditorPage)


def shown_page(qtbot: QtBot, page_class: type[P], context: AppContext, release: Release) -> P:
    """``page_class`` on screen at 700×700 showing ``release``, checked to stay quiet."""
    page = page_class(context)
    qtbot.addWidget(page)
    page.resize(700, 700)
    with qtbot.assertNotEmitted(page.changed):
        page.show_release(release)
    page.show()
    qtbot.waitExposed(page)
    return page


_FIELDS = (
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractButton,
)


def _colours(image: QImage, area: QRect) -> int:
    return len(
        {
            image.pixel(x, y)
            for x in range(area.left(), area.right())
            for y in range(area.top(), area.bottom())
        }
    )


def check_screenshot(page: QWidget, path: Path) -> list[QWidget]:
    """Save ``page``'s picture to ``path`` and check what it shows; the fields checked.

    Every field on screen (an input, a list, a button) lies wholly inside the
    page, is not squashed below its minimum height, and overlaps no other
    field; a line or text field that holds text shows it (its inside is not
    one flat colour), so a page that paints nothing or hides its text fails.
    """
    image = page.grab().toImage()
    assert image.save(str(path))
    bounds = page.rect()
    fields = [
        widget
        for widget in page.findChildren(QWidget)
        if isinstance(widget, _FIELDS)
        and widget.isVisibleTo(page)
        and not widget.visibleRegion().isEmpty()
        and not isinstance(widget.parentWidget(), _FIELDS)
    ]
    areas = {}
    for field in fields:
        area = QRect(field.mapTo(page, QPoint(0, 0)), field.size())
        name = field.accessibleName() or field.objectName() or type(field).__name__
        assert bounds.contains(area), f"{name} sticks out of the page: {area}"
        assert field.height() >= field.minimumSizeHint().height(), f"{name} is squashed"
        areas[name, id(field)] = area
        text = (
            field.text()
            if isinstance(field, QLineEdit)
            else (field.toPlainText() if isinstance(field, QPlainTextEdit | QTextEdit) else "")
        )
        if text.strip():
            assert _colours(image, area.adjusted(4, 4, -4, -4)) > 2, f"{name} shows no text"
    for (one, a), (other, b) in itertools.combinations(areas.items(), 2):
        assert not a.intersects(b), f"{one[0]} overlaps {other[0]}"
    return fields
