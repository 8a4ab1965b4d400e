"""The status bar's save state speaks of the open draft only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from osbpress.sample import sample_release
from osbpress.store import DraftStore
from ui.editor.session import DraftSession
from ui.operations import Operations
from ui.save_status import SaveStatus


def test_the_draft_left_behind_no_longer_writes_its_revisions(
    qtbot: QtBot, tmp_path: Path, operations: Operations
) -> None:
    store = DraftStore(tmp_path / "s.sqlite3", auto_backup=False)
    try:
        window = QMainWindow()
        qtbot.addWidget(window)
        status = SaveStatus(window)
        first = DraftSession.open(store, store.create(sample_release()), operations=operations)
        second = DraftSession.open(store, store.create(sample_release()), operations=operations)
        status.follow(first)
        status.follow(second)
        first.update(first.release.model_copy(update={"headline": "Bırakılan"}))
        with qtbot.waitSignal(first.saved, timeout=5000):
            first.flush()
        assert status.text() == ""  # the draft on screen has saved nothing yet
        second.update(second.release.model_copy(update={"headline": "Açık olan"}))
        with qtbot.waitSignal(second.saved, timeout=5000):
            second.flush()
        assert status.text() == f"Kaydedildi ({second.revision}. sürüm)"
        first.close()
        second.close()
    finally:
        store.close()
