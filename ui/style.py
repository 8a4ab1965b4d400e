"""The app's look in one place: the stylesheet, the window icon, re-styling a widget.

``apply_style(app)`` loads ``resources/style.qss`` once for the whole
application (Dangerzone's habit: widgets say what they are through dynamic
properties such as ``role="hint"`` or ``state="error"``, the stylesheet says
how that looks, and no widget calls ``setStyleSheet``). ``app_icon()`` is the
icon drawn in ``resources/icons/osbpress.svg``, rendered by
``make_icons.py`` to PNGs from 16 to 1024 px so every screen scale gets a
sharp picture. Both read through ``osbpress.resources``, which finds the
same relative paths in a checkout and in the frozen bundle.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from osbpress.resources import resource

STYLESHEET = "style.qss"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)


def stylesheet() -> str:
    """The text of the app stylesheet ("" if the file is missing: Qt's own look)."""
    try:
        return resource(STYLESHEET).read_text(encoding="utf-8")
    except OSError:
        return ""


def apply_style(app: QApplication) -> None:
    """Give ``app`` the stylesheet and the window icon; call once, before windows open."""
    app.setStyleSheet(stylesheet())
    app.setWindowIcon(app_icon())


def app_icon() -> QIcon:
    """The OSB Basın icon with one picture per size, so Qt never scales a small one up."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = resource(f"icons/png/osbpress-{size}.png")
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    return icon


def set_role(widget: QWidget, name: str, value: str | None) -> None:
    """Set the dynamic property ``name`` (``role``, ``state``, ``severity``) and re-style.

    ``None`` removes the property. Qt applies property selectors only when a
    widget is polished, so a change at run time needs the re-polish done here.
    """
    widget.setProperty(name, value)
    repolish(widget)


def repolish(widget: QWidget) -> None:
    """Make the stylesheet look at ``widget``'s dynamic properties again."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
