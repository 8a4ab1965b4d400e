"""DraftSession's commands besides autosave: save_then, load, the untitled label, flush.

Each test drives a real session on a real store and checks what reached the
disk and what the caller was told (found unpinned by mutation testing).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from osbpress.model import Release
from osbpress.sample import sample_release
from osbpress.store import DraftStore
from ui.editor.session import DraftSession
from ui.operations import Operations


@pytest.fixture
def store(tmp_path: Path) -> Iterator[DraftStore]:
    with DraftStore(tmp_path / "s.sqlite3", auto_backup=False) as store:
        yield store


def test_save_then_names_the_revision_and_reports_success(qtbot: QtBot, store: DraftStore) -> None:
    draft_id = store.create(sample_release())
    session = DraftSession.open(store, draft_id)
    session.update(session.release.model_copy(update={"headline": "Adlı sürüm"}))
    results: list[bool] = []
    session.save_then(results.append, note="Basına giden")
    qtbot.waitUntil(lambda: results == [True])
    head, *_ = store.revisions(draft_id)
    assert (head.number, head.headline, head.note) == (2, "Adlı sürüm", "Basına giden")
    assert not session.dirty
    # Nothing unsaved and no name: nothing is written, the caller still hears back.
    session.save_then(results.append)
    qtbot.waitUntil(lambda: results == [True, True])
    assert len(store.revisions(draft_id)) == 2
    session.close()


def test_save_then_on_a_vanished_draft_reports_failure_and_keeps_the_edit(
    qtbot: QtBot, store: DraftStore
) -> None:
    draft_id = store.create(sample_release())
    session = DraftSession.open(store, draft_id)
    store.trash(draft_id)
    store.purge(draft_id)
    failures: list[str] = []
    session.save_failed.connect(failures.append)
    session.update(session.release.model_copy(update={"headline": "Kaybolmasın"}))
    results: list[bool] = []
    session.save_then(results.append)
    qtbot.waitUntil(lambda: results == [False])
    assert failures == [f"“{draft_id}” kimlikli taslak bulunamadı"]
    assert session.dirty and session.release.headline == "Kaybolmasın"
    assert not session.flush()  # still unsaved, still failing


def test_load_opens_the_stored_draft_or_says_why_not(
    qtbot: QtBot, store: DraftStore, operations: Operations
) -> None:
    draft_id = store.create(sample_release())
    store.save(draft_id, Release(headline="İkinci"))
    opened: list[DraftSession] = []
    failed: list[BaseException] = []
    DraftSession.load(operations, store, draft_id, opened=opened.append, failed=failed.append)
    qtbot.waitUntil(lambda: len(opened) == 1)
    (session,) = opened
    assert (session.draft_id, session.revision, session.release.headline) == (
        draft_id,
        2,
        "İkinci",
    )
    DraftSession.load(operations, store, "yok", opened=opened.append, failed=failed.append)
    qtbot.waitUntil(lambda: len(failed) == 1)
    assert str(failed[0]) == "“yok” kimlikli taslak bulunamadı" and len(opened) == 1
    session.close()


def test_an_untitled_draft_is_listed_by_its_label(qtbot: QtBot, store: DraftStore) -> None:
    draft_id = store.create(sample_release().model_copy(update={"headline": "İlk"}))
    session = DraftSession.open(
        store, draft_id, label=lambda release: f"Önerilen: {release.participants[0].name}"
    )
    session.update(session.release.model_copy(update={"headline": ""}))
    assert session.flush()
    (row,) = store.list()
    assert row.headline == f"Önerilen: {session.release.participants[0].name}"
    session.update(session.release.model_copy(update={"headline": "Kendi başlığı"}))
    assert session.flush()
    (row,) = store.list()
    assert row.headline == "Kendi başlığı"
    session.close()


def test_save_then_names_an_unchanged_text_and_saves_an_edit_without_a_note(
    qtbot: QtBot, store: DraftStore
) -> None:
    draft_id = store.create(sample_release())
    session = DraftSession.open(store, draft_id)
    results: list[bool] = []
    with qtbot.assertNotEmitted(session.saved):
        session.save_then(results.append)  # nothing to save: no save at all
        qtbot.waitUntil(lambda: results == [True])
    session.save_then(results.append, note="Adlı")  # unchanged text: the head gets the name
    qtbot.waitUntil(lambda: results == [True, True])
    assert [(r.number, r.note) for r in store.revisions(draft_id)] == [(1, "Adlı")]
    session.update(session.release.model_copy(update={"headline": "Notsuz"}))
    session.save_then(results.append)
    qtbot.waitUntil(lambda: len(results) == 3)
    head, *_ = store.revisions(draft_id)
    assert (head.number, head.headline, head.note) == (2, "Notsuz", "")
    session.close()


def test_close_saves_what_is_unsaved(qtbot: QtBot, store: DraftStore) -> None:
    draft_id = store.create(sample_release())
    session = DraftSession.open(store, draft_id)
    session.update(session.release.model_copy(update={"headline": "Kapanırken"}))
    session.close()
    head, *_ = store.revisions(draft_id)
    assert (head.headline, head.note) == ("Kapanırken", "")


def test_close_later_saves_once_without_a_note_and_leaves_nothing_dirty(
    qtbot: QtBot, store: DraftStore
) -> None:
    draft_id = store.create(sample_release())
    session = DraftSession.open(store, draft_id)
    session.update(session.release.model_copy(update={"headline": "Ayrılırken"}))
    with qtbot.waitSignal(session.closed):
        session.close_later()
        assert not session.dirty
    head, *_ = store.revisions(draft_id)
    assert (head.number, head.headline, head.note) == (2, "Ayrılırken", "")
    clean = DraftSession.open(store, draft_id)
    with qtbot.assertNotEmitted(clean.saved), qtbot.waitSignal(clean.closed):
        clean.close_later()  # nothing unsaved: nothing saved
    assert len(store.revisions(draft_id)) == 2


def test_load_hands_the_session_its_parent_label_and_store_and_the_newest_load_wins(
    qtbot: QtBot, store: DraftStore, operations: Operations
) -> None:
    first = store.create(sample_release().model_copy(update={"headline": "Birinci"}))
    second = store.create(sample_release().model_copy(update={"headline": "İkinci"}))
    parent = QObject()
    opened: list[DraftSession] = []
    for draft_id in (first, second):
        DraftSession.load(
            operations,
            store,
            draft_id,
            opened=opened.append,
            failed=pytest.fail,
            parent=parent,
            label=lambda release: "Etiket",
            key="open",
        )
    qtbot.waitUntil(lambda: bool(opened))
    qtbot.wait(100)
    (session,) = opened  # the first load's result was dropped
    assert session.draft_id == second and session.parent() is parent
    session.update(session.release.model_copy(update={"headline": ""}))
    assert session.flush()  # saved to the store it was loaded from, under its label
    assert {row.id: row.headline for row in store.list()}[second] == "Etiket"
    session.close()


def test_flush_and_the_pause_save_without_a_note_and_report_a_clean_session(
    qtbot: QtBot, store: DraftStore
) -> None:
    draft_id = store.create(sample_release())
    session = DraftSession.open(store, draft_id)
    assert session.dirty is False
    assert session.flush() is True  # nothing to save
    session.update(session.release.model_copy(update={"headline": "Elle"}))
    assert session.flush() is True and session.dirty is False
    with qtbot.waitSignal(session.saved, timeout=3000):
        session.update(session.release.model_copy(update={"headline": "Kendiliğinden"}))
    assert [(r.number, r.note) for r in store.revisions(draft_id)][:2] == [(3, ""), (2, "")]
    session.close()


def test_after_a_conflict_the_session_builds_on_its_own_revision(
    qtbot: QtBot, store: DraftStore
) -> None:
    draft_id = store.create(sample_release())
    session = DraftSession.open(store, draft_id)
    store.save(draft_id, Release(headline="Başka pencere"))
    conflicts: list[object] = []
    session.conflict.connect(conflicts.append)
    session.update(session.release.model_copy(update={"headline": "Bu pencere"}))
    assert session.flush()
    assert len(conflicts) == 1
    assert session.revision == 3 and session.dirty is False
    session.update(session.release.model_copy(update={"headline": "Sonra"}))
    assert session.flush() and not conflicts[1:]  # no second conflict: it built on 3
    session.close()
