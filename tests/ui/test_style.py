"""The app's look: the stylesheet colours what a property names, the icon has every size."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from osbpress.resources import resource
from ui.style import ICON_SIZES, app_icon, set_role, stylesheet


@pytest.fixture
def styled(qtbot: QtBot) -> Iterator[QWidget]:
    """A window carrying our stylesheet. Not the whole app's: setting and clearing an
    application stylesheet re-polishes every widget earlier tests left behind."""
    window = QWidget()
    window.setStyleSheet(stylesheet())
    qtbot.addWidget(window)
    yield window


def _has_red(label: QLabel) -> bool:
    image = label.grab().toImage()
    return any(
        (colour := QColor(image.pixel(x, y))).red() > 150 and colour.green() < 90
        for x in range(image.width())
        for y in range(image.height())
    )


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("role", "hint"),
        ("role", "example"),
        ("role", "heading"),
        ("state", "error"),
        ("state", "ok"),
        ("state", "busy"),
        ("severity", "hata"),
        ("severity", "uyari"),
        ("severity", "bilgi"),
    ],
)
def test_each_documented_property_changes_how_a_label_looks(
    qtbot: QtBot, styled: QWidget, name: str, value: str
) -> None:
    plain, marked = (QLabel("██ Örnek metin", styled) for _ in range(2))
    for label in (plain, marked):
        label.setFixedSize(160, 40)
    set_role(marked, name, value)
    styled.show()
    assert plain.grab().toImage() != marked.grab().toImage()


def test_an_error_state_paints_the_label_red_and_clearing_it_does_not(
    qtbot: QtBot, styled: QWidget
) -> None:
    label = QLabel("██████ Kaydedilemedi", styled)
    styled.show()
    assert not _has_red(label)
    set_role(label, "state", "error")
    assert _has_red(label)
    set_role(label, "state", None)
    assert not _has_red(label)


def test_apply_style_gives_the_app_the_stylesheet_and_the_window_icon() -> None:
    # In a process of its own, like the app's start (see the fixture above).
    script = (
        "from PySide6.QtWidgets import QApplication\n"
        "import ui\n"
        "from ui.style import apply_style, stylesheet\n"
        "app = QApplication([])\n"
        "apply_style(app)\n"
        "assert app.styleSheet() == stylesheet()\n"
        "assert not app.windowIcon().isNull()\n"
        "print('ok')\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.stdout.strip() == "ok", done.stderr


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
