"""The library notices saves made by another store connection, asked in a worker."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from osbpress.sample import sample_release
from osbpress.store import DraftStore
from ui.library.watch import StoreWatcher
from ui.operations import Operations


def test_a_save_elsewhere_is_noticed_and_the_starting_point_is_not(
    qtbot: QtBot, tmp_path: Path, operations: Operations
) -> None:
    path = tmp_path / "s.sqlite3"
    mine, theirs = DraftStore(path, auto_backup=False), DraftStore(path, auto_backup=False)
    try:
        watcher = StoreWatcher(operations)
        changes: list[None] = []
        watcher.changed.connect(lambda: changes.append(None))
        watcher.watch(mine)  # its starting token is read in a worker, at once
        qtbot.waitUntil(lambda: watcher.watching, timeout=5000)
        qtbot.wait(50)
        assert changes == []
        theirs.create(sample_release())
        qtbot.waitUntil(lambda: changes == [None], timeout=5000)  # the next poll, within 1 s
        # This window's own writes are announced by its commands, not noticed here.
        mine.create(sample_release())
        qtbot.wait(1500)  # past the next poll
        assert changes == [None]
        watcher.watch(None)
    finally:
        mine.close()
        theirs.close()
