"""One word of change: this window's saves and commands reach the library through
``AppContext.changed``, not through the store watcher (which ignores them)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.test_main_window import Harness, settle
from ui.context import Change
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    harness = Harness(qtbot, tmp_path)
    window = harness.open()
    settle(qtbot, window)
    yield window
    harness.shutdown()


def test_an_autosave_is_announced_and_the_library_shows_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    session = window.session
    assert session is not None
    announced: list[Change] = []
    window.context.changed.connect(announced.append)
    session.update(session.release.model_copy(update={"headline": "Kendi Kaydımız"}))
    qtbot.waitUntil(
        lambda: window.library.headline_of(session.draft_id) == "Kendi Kaydımız", timeout=10_000
    )
    assert announced and all(not change.elsewhere for change in announced)
    assert any(change.drafts and change.revisions for change in announced)
    settle(qtbot, window)


def test_a_new_draft_is_announced_with_the_draft_to_select(
    qtbot: QtBot, window: MainWindow
) -> None:
    announced: list[Change] = []
    window.context.changed.connect(announced.append)
    first = window.session
    window.library.new_action.trigger()
    qtbot.waitUntil(lambda: window.session not in (None, first), timeout=10_000)
    made = window.session
    assert made is not None
    assert Change(drafts=True, select=made.draft_id) in announced
    qtbot.waitUntil(lambda: window.library.current_id() == made.draft_id, timeout=10_000)
    settle(qtbot, window)
