"""Local times in the interface language, and the one scroll wrapper of long forms."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QFrame, QLabel, QWidget
from pytestqt.qtbot import QtBot

from ui.widgets.local_time import interface_locale, local_time
from ui.widgets.scroll import fill_with_scrolled, scrolled


@pytest.fixture
def istanbul(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Istanbul")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_stored_utc_moment_reads_in_the_computers_zone(istanbul: None) -> None:
    saved = dt.datetime(2024, 11, 24, 11, 30, tzinfo=dt.UTC)
    assert local_time(saved) == "24 Kas 2024 14:30"


def test_date_editors_speak_the_interface_language() -> None:
    assert interface_locale().name() == "tr_TR"


def test_a_form_scrolls_at_the_areas_width_without_a_frame_of_its_own(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    form = QLabel("uzun form")
    area = fill_with_scrolled(page, form)
    assert area.widget() is form and area.widgetResizable()
    assert area.frameShape() == QFrame.Shape.NoFrame
    layout = page.layout()
    assert layout is not None and layout.contentsMargins().left() == 0


def test_a_picture_keeps_its_frame_when_asked(qtbot: QtBot) -> None:
    area = scrolled(QLabel("sayfa"), framed=True)
    qtbot.addWidget(area)
    assert area.frameShape() != QFrame.Shape.NoFrame
