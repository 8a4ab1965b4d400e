"""DraftSession: autosave after a pause or within a second, conflicts kept, failures retried."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

import ui.editor.session as session_module
from osbpress.sample import sample_release
from osbpress.store import DraftStore
from ui.editor.session import MAX_UNSAVED_MS, PAUSE_MS, DraftSession


@pytest.fixture
def store(tmp_path: Path) -> Iterator[DraftStore]:
    with DraftStore(tmp_path / "s.sqlite3", auto_backup=False) as store:
        yield store


@pytest.fixture
def open_session(store: DraftStore) -> Iterator[Callable[[str], DraftSession]]:
    """Opens sessions on ``store`` and closes them after the test, passed or failed, so
    a save still queued by a failed test never runs against a closed store."""
    sessions: list[DraftSession] = []

    def open_(draft_id: str) -> DraftSession:
        sessions.append(DraftSession.open(store, draft_id))
        return sessions[-1]

    yield open_
    for session in sessions:
        session.close()


def test_an_edit_is_saved_after_the_pause(
    qtbot: QtBot,
    store: DraftStore,
    monkeypatch: pytest.MonkeyPatch,
    open_session: Callable[[str], DraftSession],
) -> None:
    # The one-second deadline is pushed out of the way, so only the half-second
    # pause can save in time: a pause timer that never starts, or a pause longer
    # than promised, misses the 2.5 s wait. The margin (2 s over a 0.5 s timer)
    # is one that a loaded 2-core machine never reaches.
    monkeypatch.setattr(session_module, "MAX_UNSAVED_MS", 60_000)
    draft_id = store.create(sample_release())
    session = open_session(draft_id)
    started = time.perf_counter()
    session.update(session.release.model_copy(update={"headline": "Yeni başlık"}))
    assert session.dirty
    with qtbot.waitSignal(session.saved, timeout=2500):
        pass
    # Not before the pause (Qt's coarse timers may fire up to 5 % early).
    assert time.perf_counter() - started >= 0.45
    assert store.get(draft_id).release.headline == "Yeni başlık"
    assert session.revision == 2 and not session.dirty


def test_typing_on_postpones_the_pause_save(
    qtbot: QtBot,
    store: DraftStore,
    monkeypatch: pytest.MonkeyPatch,
    open_session: Callable[[str], DraftSession],
) -> None:
    monkeypatch.setattr(session_module, "MAX_UNSAVED_MS", 60_000)
    draft_id = store.create(sample_release())
    session = open_session(draft_id)
    saved: list[int] = []
    session.saved.connect(saved.append)
    # A keystroke every 200 ms never leaves a half-second pause: nothing is saved
    # while typing goes on (the deadline is out of the way), then the pause saves.
    for n in range(6):
        session.update(session.release.model_copy(update={"headline": "Başlık " + "x" * n}))
        qtbot.wait(200)
    assert not saved, "saved in the middle of typing although no pause came"
    with qtbot.waitSignal(session.saved, timeout=2500):
        pass
    assert store.get(draft_id).release.headline == "Başlık xxxxx"


def test_continuous_typing_is_saved_within_a_second(qtbot: QtBot, store: DraftStore) -> None:
    draft_id = store.create(sample_release())
    session = DraftSession.open(store, draft_id)
    saved: list[int] = []
    session.saved.connect(saved.append)
    # A keystroke every 100 ms never leaves a half-second pause.
    for n in range(15):
        session.update(session.release.model_copy(update={"headline": "Başlık " + "x" * n}))
        qtbot.wait(100)
    assert saved, "no save although typing went on for 1.5 s"
    assert len(store.get(draft_id).release.headline) >= len("Başlık ") + 15 - (
        MAX_UNSAVED_MS // 100 + 1
    )


def test_unchanged_text_does_not_mark_dirty(store: DraftStore) -> None:
    draft_id = store.create(sample_release())
    session = DraftSession.open(store, draft_id)
    session.update(session.release.model_copy())
    assert not session.dirty


def test_two_sessions_on_one_draft_keep_both_texts(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    with DraftStore(path, auto_backup=False) as one, DraftStore(path, auto_backup=False) as two:
        draft_id = one.create(sample_release())
        first = DraftSession.open(one, draft_id)
        second = DraftSession.open(two, draft_id)
        first.update(first.release.model_copy(update={"headline": "Birinci pencere"}))
        assert first.flush()
        conflicts = []
        second.conflict.connect(conflicts.append)
        second.update(second.release.model_copy(update={"headline": "İkinci pencere"}))
        assert second.flush()
        assert len(conflicts) == 1
        heads = {r.number: r.headline for r in one.revisions(draft_id)}
        assert heads[conflicts[0].revision] == "İkinci pencere"
        assert heads[conflicts[0].other_revision] == "Birinci pencere"


def test_a_failed_save_keeps_the_edit_for_the_next_try(qtbot: QtBot, store: DraftStore) -> None:
    draft_id = store.create(sample_release())
    session = DraftSession.open(store, draft_id)
    store.trash(draft_id)
    store.purge(draft_id)  # the draft vanished under the window: the save must fail, not crash
    failures: list[str] = []
    session.save_failed.connect(failures.append)
    session.update(session.release.model_copy(update={"headline": "Kaybolmasın"}))
    assert not session.flush()
    assert failures and "bulunamadı" in failures[0]
    assert session.dirty and session.release.headline == "Kaybolmasın"


def test_save_now_names_the_revision(store: DraftStore) -> None:
    draft_id = store.create(sample_release())
    session = DraftSession.open(store, draft_id)
    session.update(session.release.model_copy(update={"headline": "Son hâli"}))
    assert session.save_now("Basına giden")
    assert not session.dirty
    (head, *_) = store.revisions(draft_id)
    assert (head.number, head.headline, head.note) == (2, "Son hâli", "Basına giden")


class _DiskWaitingForTheWindow(DraftStore):
    """A real store whose saves each wait until the window's main thread says go.

    ``go`` is set by a main-thread timer. A save made on the main thread
    would block that timer, wait out its whole 5 s and note False: no timing
    margin is involved, a loaded machine only makes the save later.
    """

    def __init__(self, path: Path) -> None:
        super().__init__(path, auto_backup=False)
        self.go = threading.Event()
        self.waited: list[bool] = []

    def save(self, *args: object, **kwargs: object) -> int:  # type: ignore[override]
        self.waited.append(self.go.wait(5))
        return super().save(*args, **kwargs)  # type: ignore[arg-type]


def test_autosave_does_not_hold_up_typing(qtbot: QtBot, tmp_path: Path) -> None:
    with _DiskWaitingForTheWindow(tmp_path / "s.sqlite3") as store:
        draft_id = store.create(sample_release())
        session = DraftSession.open(store, draft_id)
        session.update(session.release.model_copy(update={"headline": "Yavaş disk"}))
        # Fires after the pause, while the autosave waits on its thread.
        QTimer.singleShot(PAUSE_MS + 300, store.go.set)
        with qtbot.waitSignal(session.saved, timeout=8000):
            pass
        session.close()
        assert store.waited == [True], "the save held up the main thread"
        assert store.get(draft_id).release.headline == "Yavaş disk"


def test_close_later_saves_the_last_edits_without_waiting(qtbot: QtBot, store: DraftStore) -> None:
    draft_id = store.create(sample_release())
    session = DraftSession.open(store, draft_id)
    session.update(session.release.model_copy(update={"headline": "Son hâli"}))
    with qtbot.waitSignal(session.saved) as saved, qtbot.waitSignal(session.closed):
        session.close_later()
    assert saved.args == [2]
    assert store.get(draft_id).release.headline == "Son hâli"
    session.close()  # at quit after a close_later: nothing more to save, nothing fails
