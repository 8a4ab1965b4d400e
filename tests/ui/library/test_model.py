"""The library's table model alone: paging, in-place refresh, filters and a failing store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from osbpress.sample import sample_release
from osbpress.store import DraftStore
from ui.library.model import ID_ROLE, PAGE_SIZE, Column, DraftTableModel
from ui.operations import Operations


def make_draft(store: DraftStore, headline: str, kind: str = "genel") -> str:
    release = sample_release().model_copy(
        update={"headline": headline, "kind": kind, "release_date": dt.date(2024, 11, 24)}
    )
    return store.create(release)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[DraftStore]:
    opened = DraftStore(tmp_path / "s.sqlite3", auto_backup=False)
    yield opened
    opened.close()


def loaded_ids(model: DraftTableModel) -> list[str]:
    return [model.summary(row).id for row in range(model.rowCount())]


def settle(qtbot: QtBot, model: DraftTableModel) -> None:
    """Wait for the model's reads (they run in a worker) to be put in."""
    qtbot.waitUntil(lambda: not model.loading)


def test_pages_are_fetched_until_every_draft_is_loaded(
    qtbot: QtBot, store: DraftStore, operations: Operations
) -> None:
    for number in range(250):
        make_draft(store, f"Taslak {number}")
    model = DraftTableModel(operations)
    model.set_store(store)
    settle(qtbot, model)
    assert model.rowCount() == PAGE_SIZE
    sizes = []
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        settle(qtbot, model)
        sizes.append(model.rowCount())
    assert sizes == [200, 250]
    assert len(set(loaded_ids(model))) == 250
    assert model.summary(0).headline == "Taslak 249"
    assert model.row_of(model.summary(137).id) == 137
    assert model.row_of("yok") == -1


def test_drafts_added_between_pages_are_neither_doubled_nor_lost(
    qtbot: QtBot, store: DraftStore, operations: Operations
) -> None:
    first = [make_draft(store, f"Eski {number}") for number in range(150)]
    model = DraftTableModel(operations)
    model.set_store(store)
    settle(qtbot, model)
    added = [make_draft(store, f"Yeni {number}") for number in range(5)]
    model.fetch_all()
    settle(qtbot, model)
    assert len(loaded_ids(model)) == len(set(loaded_ids(model)))
    model.refresh()
    settle(qtbot, model)
    model.fetch_all()
    settle(qtbot, model)
    assert sorted(loaded_ids(model)) == sorted(first + added)


def test_refresh_updates_rows_in_place_and_drops_the_ones_gone(
    qtbot: QtBot, store: DraftStore, operations: Operations
) -> None:
    kept, renamed, trashed = (make_draft(store, name) for name in ("Bir", "İki", "Üç"))
    model = DraftTableModel(operations)
    model.set_store(store)
    settle(qtbot, model)
    release = store.get(renamed).release.model_copy(update={"headline": "İki (düzeltildi)"})
    store.save(renamed, release)
    store.trash(trashed)
    with qtbot.assertNotEmitted(model.modelReset):
        model.refresh()
        settle(qtbot, model)
    assert sorted(loaded_ids(model)) == sorted([kept, renamed])
    row = model.row_of(renamed)
    assert model.index(row, Column.HEADLINE).data() == "İki (düzeltildi)"
    assert model.index(row, 0).data(ID_ROLE) == renamed


def test_the_filter_goes_to_the_store_with_turkish_folding(
    qtbot: QtBot, store: DraftStore, operations: Operations
) -> None:
    make_draft(store, "Şişli’de ortak toplantı", kind="toplanti")
    wanted = make_draft(store, "IĞDIR heyeti ziyarette", kind="ziyaret")
    model = DraftTableModel(operations)
    model.set_store(store)
    settle(qtbot, model)
    model.set_filter("ığdır", None)
    settle(qtbot, model)
    assert loaded_ids(model) == [wanted]
    model.set_filter("  ", "ziyaret")
    settle(qtbot, model)
    assert model.query is None
    assert loaded_ids(model) == [wanted]
    model.set_filter(None, None, trashed=True)
    settle(qtbot, model)
    assert loaded_ids(model) == []


def test_sort_ranks_follow_real_dates_and_turkish_letters(
    qtbot: QtBot, store: DraftStore, operations: Operations
) -> None:
    days = {
        "Dünya": dt.date(2024, 12, 2),
        "Cami": dt.date(2024, 11, 10),
        "Çevre": dt.date(2024, 11, 3),
    }
    for headline, day in days.items():
        release = sample_release().model_copy(update={"headline": headline, "release_date": day})
        store.create(release)
    model = DraftTableModel(operations)
    model.set_store(store)
    settle(qtbot, model)
    shown = [model.summary(row).headline for row in range(model.rowCount())]
    assert shown == ["Çevre", "Cami", "Dünya"]
    assert model.sort_ranks(Column.HEADLINE) == [1, 0, 2]
    assert model.sort_ranks(Column.DATE) == [0, 1, 2]
    assert model.index(0, Column.DATE).data(Qt.ItemDataRole.DisplayRole) == "3 Kasım 2024"


def test_an_unreadable_store_gives_a_turkish_message_not_a_crash(
    qtbot: QtBot, tmp_path: Path, operations: Operations
) -> None:
    store = DraftStore(tmp_path / "closed.sqlite3", auto_backup=False)
    make_draft(store, "Bir")
    model = DraftTableModel(operations)
    model.set_store(store)
    settle(qtbot, model)
    store.close()
    with qtbot.waitSignal(model.failed) as failed:
        model.refresh()
    assert failed.args[0].startswith("Taslak listesi okunamadı")
    assert model.rowCount() == 1
    assert not model.canFetchMore(QModelIndex())


def test_only_the_newest_filter_is_shown_when_reads_overlap(
    qtbot: QtBot, store: DraftStore, operations: Operations
) -> None:
    for number in range(30):
        make_draft(store, f"Toplantı {number}", kind="toplanti")
    wanted = make_draft(store, "IĞDIR heyeti ziyarette", kind="ziyaret")
    model = DraftTableModel(operations)
    model.set_store(store)
    settle(qtbot, model)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(model.rowCount()))
    # As a fast typist's pauses would: each filter starts a read before the last one is in.
    for query in ("t", "to", "ığ", "ığdır"):
        model.set_filter(query, None)
    assert model.query is None  # the rows shown are still those of the last read put in
    settle(qtbot, model)
    assert loaded_ids(model) == [wanted] and model.query == "ığdır"
    assert resets == [1]  # the older reads were dropped, never shown
