"""Putting an editor page on screen for a test, showing a release."""

from __future__ import annotations

from typing import TypeVar

from pytestqt.qtbot import QtBot

from osbpress.model import Release
from ui.forms.base import EditorContext, EditorPage

P = TypeVar("P", bound=EditorPage)


def shown_page(qtbot: QtBot, page_class: type[P], context: EditorContext, release: Release) -> P:
    """``page_class`` on screen at 700×700 showing ``release``, checked to stay quiet."""
    page = page_class(context)
    qtbot.addWidget(page)
    page.resize(700, 700)
    with qtbot.assertNotEmitted(page.changed):
        page.show_release(release)
    page.show()
    qtbot.waitExposed(page)
    return page
