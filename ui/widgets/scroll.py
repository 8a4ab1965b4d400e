"""The scroll wrapper for a form taller than the screen it may open on.

A long form (the Etkinlik page, a settings tab, a revision's first page)
must scroll rather than push its window past a 720-pixel-high laptop screen.
``scrolled`` wraps the content once, the same way everywhere: the content
stretches to the width of the area (``widgetResizable``), and a form inside a
page or tab has no frame of its own, since the page already draws one.
"""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget


def scrolled(
    content: QWidget, parent: QWidget | None = None, *, framed: bool = False
) -> QScrollArea:
    """A scroll area showing ``content`` at the area's width; frameless unless ``framed``."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    if not framed:
        area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(content)
    return area


def fill_with_scrolled(page: QWidget, content: QWidget) -> QScrollArea:
    """Give ``page`` one edge-to-edge layout holding ``content`` in a frameless scroll area."""
    area = scrolled(content, page)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(area)
    return area
