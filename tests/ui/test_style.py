"""The app's look: the stylesheet colours what a property names, the icon has every size."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from osbpress.resources import resource
from ui.style import ICON_SIZES, app_icon, apply_style, set_role, stylesheet


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[QApplication]:
    """The app with our stylesheet, put back to Qt's own look afterwards."""
    apply_style(qapp)
    yield qapp
    qapp.setStyleSheet("")


def _has_red(label: QLabel) -> bool:
    image = label.grab().toImage()
    return any(
        (colour := QColor(image.pixel(x, y))).red() > 150 and colour.green() < 90
        for x in range(image.width())
        for y in range(image.height())
    )


def test_the_stylesheet_has_the_documented_selectors() -> None:
    text = stylesheet()
    for selector in ('[role="hint"]', '[role="example"]', '[state="error"]', '[severity="hata"]'):
        assert selector in text


def test_an_error_state_paints_the_label_red_and_clearing_it_does_not(
    qtbot: QtBot, styled: QApplication
) -> None:
    label = QLabel("██████ Kaydedilemedi")
    qtbot.addWidget(label)
    label.show()
    assert not _has_red(label)
    set_role(label, "state", "error")
    assert _has_red(label)
    set_role(label, "state", None)
    assert not _has_red(label)


def test_apply_style_sets_the_window_icon(styled: QApplication) -> None:
    assert not styled.windowIcon().isNull()


def test_the_icon_has_a_picture_for_every_size_up_to_1024() -> None:
    icon = app_icon()
    assert {size.width() for size in icon.availableSizes()} == set(ICON_SIZES)
    # A 200 % screen asking for 32 px gets the 64 px picture, not a scaled-up 32.
    assert icon.pixmap(QSize(32, 32), 2.0).width() == 64


def test_the_windows_and_macos_icons_are_generated_from_the_same_drawing() -> None:
    with Image.open(resource("icons/osbpress.ico")) as ico:
        assert {size for size, _ in ico.info["sizes"]} >= {16, 32, 48, 256}
    with Image.open(resource("icons/osbpress.icns")) as icns:
        assert icns.size == (1024, 1024)
        # The largest frame is the 1024 px PNG make_icons.py rendered from the SVG.
        with Image.open(resource("icons/png/osbpress-1024.png")) as png:
            assert icns.convert("RGBA").tobytes() == png.convert("RGBA").tobytes()
