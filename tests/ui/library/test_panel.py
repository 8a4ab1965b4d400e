"""The draft library panel over a real store: listing, searching, filtering, sorting, commands."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from osbpress.errors import StoreError
from osbpress.sample import sample_release
from osbpress.store import DraftStore
from ui.library.model import Column
from ui.library.panel import LibraryPanel
from ui.operations import Operations

# kind, headline, release date
DRAFTS = [
    ("ziyaret", "JICA heyeti Kahramanmaraş OSB’yi ziyaret etti", dt.date(2024, 11, 24)),
    ("toplanti", "İSTANBUL SANAYİ ODASI İLE ORTAK TOPLANTI", dt.date(2024, 12, 2)),
    ("imza", "Çevre protokolü imzalandı", dt.date(2024, 11, 3)),
    ("genel", "", dt.date(2024, 11, 10)),
    ("ziyaret", "Ilgaz firmasından OSB’ye ziyaret", dt.date(2025, 1, 15)),
]


def make_draft(store: DraftStore, kind: str, headline: str, day: dt.date) -> str:
    release = sample_release().model_copy(
        update={"kind": kind, "headline": headline, "release_date": day}
    )
    return store.create(release)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[DraftStore]:
    opened = DraftStore(tmp_path / "s.sqlite3", auto_backup=False)
    yield opened
    opened.close()


@pytest.fixture
def ids(store: DraftStore) -> dict[str, str]:
    """The DRAFTS in the store, headline → id."""
    return {headline: make_draft(store, kind, headline, day) for kind, headline, day in DRAFTS}


@pytest.fixture
def panel(
    qtbot: QtBot, store: DraftStore, ids: dict[str, str], operations: Operations
) -> LibraryPanel:
    widget = LibraryPanel(operations)
    qtbot.addWidget(widget)
    widget.resize(640, 420)
    widget.set_store(store)
    widget.show()
    qtbot.waitExposed(widget)
    settle(qtbot, widget)
    return widget


def settle(qtbot: QtBot, panel: LibraryPanel) -> None:
    """Wait for the list's reads (they run in a worker) to be put in."""
    qtbot.waitUntil(lambda: not panel.loading)


def table(panel: LibraryPanel) -> QTableView:
    return panel.findChild(QTableView)


def search_box(panel: LibraryPanel) -> QLineEdit:
    return panel.findChild(QLineEdit)


def column(panel: LibraryPanel, which: Column) -> list[str]:
    model = table(panel).model()
    return [model.index(row, which).data() for row in range(model.rowCount())]


def shown_ids(panel: LibraryPanel) -> list[str]:
    model = table(panel).model()
    return [model.index(row, 0).data(Qt.ItemDataRole.UserRole) for row in range(model.rowCount())]


def button(panel: LibraryPanel, text: str) -> QToolButton:
    (found,) = [b for b in panel.findChildren(QToolButton) if b.text() == text]
    return found


def row_center(panel: LibraryPanel, row: int) -> QPoint:
    view = table(panel)
    return view.visualRect(view.model().index(row, 0)).center()


def click_header(qtbot: QtBot, panel: LibraryPanel, which: Column) -> None:
    header = table(panel).horizontalHeader()
    x = header.sectionViewportPosition(which) + header.sectionSize(which) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_the_table_lists_every_draft_with_turkish_columns(panel: LibraryPanel) -> None:
    headers = table(panel).model()
    titles = [headers.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert titles == ["Başlık", "Tür", "Tarih", "Değiştirildi"]
    # Most recently changed first: the last one created leads.
    assert column(panel, Column.HEADLINE) == [
        "Ilgaz firmasından OSB’ye ziyaret",
        "(başlıksız taslak)",
        "Çevre protokolü imzalandı",
        "İSTANBUL SANAYİ ODASI İLE ORTAK TOPLANTI",
        "JICA heyeti Kahramanmaraş OSB’yi ziyaret etti",
    ]
    assert column(panel, Column.KIND)[1:4] == ["Genel", "Protokol / İmza Töreni", "Toplantı"]
    assert column(panel, Column.DATE)[:2] == ["15 Ocak 2025", "10 Kasım 2024"]
    changed = column(panel, Column.UPDATED)[0]
    assert str(dt.date.today().year) in changed and ":" in changed


def test_typing_istanbul_shows_only_the_istanbul_draft(
    qtbot: QtBot, panel: LibraryPanel, ids: dict[str, str]
) -> None:
    qtbot.keyClicks(search_box(panel), "istanbul")
    qtbot.waitUntil(lambda: len(shown_ids(panel)) == 1)
    assert column(panel, Column.HEADLINE) == ["İSTANBUL SANAYİ ODASI İLE ORTAK TOPLANTI"]
    # Escape clears the search and every draft is back.
    qtbot.keyClick(search_box(panel), Qt.Key.Key_Escape)
    settle(qtbot, panel)
    assert len(shown_ids(panel)) == len(DRAFTS)


def test_a_search_without_match_says_so(qtbot: QtBot, panel: LibraryPanel) -> None:
    qtbot.keyClicks(search_box(panel), "zeplin")
    qtbot.waitUntil(lambda: not shown_ids(panel))
    labels = [label.text() for label in panel.findChildren(QLabel) if label.isVisible()]
    assert "Aramanıza uyan taslak yok." in labels


def test_an_empty_store_shows_how_to_start(
    qtbot: QtBot, tmp_path: Path, operations: Operations
) -> None:
    widget = LibraryPanel(operations)
    qtbot.addWidget(widget)
    widget.show()
    with DraftStore(tmp_path / "empty.sqlite3", auto_backup=False) as empty:
        widget.set_store(empty)
        settle(qtbot, widget)
        labels = [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]
        assert any(text.startswith("Henüz taslak yok.") for text in labels)
        assert not table(widget).isVisible()
        widget.set_store(None)


def test_the_kind_filter_keeps_one_kind(
    qtbot: QtBot, panel: LibraryPanel, ids: dict[str, str]
) -> None:
    combo = panel.findChild(QComboBox)
    assert combo.itemText(0) == "Tüm türler"
    combo.setCurrentIndex(combo.findText("Ziyaret"))
    settle(qtbot, panel)
    assert sorted(shown_ids(panel)) == sorted(
        [ids[DRAFTS[0][1]], ids["Ilgaz firmasından OSB’ye ziyaret"]]
    )
    combo.setCurrentIndex(0)
    settle(qtbot, panel)
    assert len(shown_ids(panel)) == len(DRAFTS)


def test_sorting_by_date_uses_the_real_date(qtbot: QtBot, panel: LibraryPanel) -> None:
    click_header(qtbot, panel, Column.DATE)
    settle(qtbot, panel)
    # As text, "10 Kasım" would come before "3 Kasım" and "2 Aralık" before both.
    assert column(panel, Column.DATE) == [
        "3 Kasım 2024",
        "10 Kasım 2024",
        "24 Kasım 2024",
        "2 Aralık 2024",
        "15 Ocak 2025",
    ]
    click_header(qtbot, panel, Column.DATE)
    assert column(panel, Column.DATE)[0] == "15 Ocak 2025"


def test_sorting_by_headline_follows_the_turkish_alphabet(
    qtbot: QtBot, panel: LibraryPanel
) -> None:
    click_header(qtbot, panel, Column.HEADLINE)
    settle(qtbot, panel)
    # c < ç < d … ı < i < j: by code point "Ç" and "İ" would sort after "J".
    assert column(panel, Column.HEADLINE) == [
        "(başlıksız taslak)",
        "Çevre protokolü imzalandı",
        "Ilgaz firmasından OSB’ye ziyaret",
        "İSTANBUL SANAYİ ODASI İLE ORTAK TOPLANTI",
        "JICA heyeti Kahramanmaraş OSB’yi ziyaret etti",
    ]


def test_scrolling_fetches_pages_beyond_the_first(
    qtbot: QtBot, panel: LibraryPanel, store: DraftStore
) -> None:
    for number in range(245):
        make_draft(store, "genel", f"Ek taslak {number}", dt.date(2023, 1, 1))
    panel.refresh()
    settle(qtbot, panel)
    view = table(panel)
    assert view.model().rowCount() == 100

    def scrolled_to_the_end() -> bool:
        view.scrollToBottom()
        return view.model().rowCount() == 250

    qtbot.waitUntil(scrolled_to_the_end)
    assert len(set(shown_ids(panel))) == 250 == store.count()


def test_sorting_by_date_orders_every_draft_not_only_the_first_page(
    qtbot: QtBot, panel: LibraryPanel, store: DraftStore
) -> None:
    oldest = make_draft(store, "genel", "En eski bülten", dt.date(2001, 5, 1))
    for number in range(150):
        make_draft(store, "genel", f"Ek taslak {number}", dt.date(2023, 1, 1))
    panel.refresh()
    settle(qtbot, panel)
    assert oldest not in shown_ids(panel)
    click_header(qtbot, panel, Column.DATE)
    settle(qtbot, panel)
    assert shown_ids(panel)[0] == oldest
    assert len(shown_ids(panel)) == 156


def test_choosing_a_row_emits_its_id_once(
    qtbot: QtBot, panel: LibraryPanel, ids: dict[str, str]
) -> None:
    view = table(panel)
    with qtbot.waitSignal(panel.draft_selected) as chosen:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=row_center(panel, 2))
    assert chosen.args == [ids["Çevre protokolü imzalandı"]]
    with qtbot.waitSignal(panel.draft_selected) as chosen:
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert chosen.args == [ids["İSTANBUL SANAYİ ODASI İLE ORTAK TOPLANTI"]]
    assert panel.current_id() == chosen.args[0]
    # Choosing the same draft again, or selecting from the program, says nothing.
    with qtbot.assertNotEmitted(panel.draft_selected):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=row_center(panel, 3))
        assert panel.select(ids["Çevre protokolü imzalandı"])
    assert panel.current_id() == ids["Çevre protokolü imzalandı"]


def test_toolbar_commands_ask_for_the_selected_draft(
    qtbot: QtBot, panel: LibraryPanel, ids: dict[str, str]
) -> None:
    chosen = ids["Çevre protokolü imzalandı"]
    assert not button(panel, "Çoğalt").isEnabled()
    panel.select(chosen)
    with qtbot.waitSignal(panel.new_requested):
        qtbot.mouseClick(button(panel, "Yeni taslak"), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(panel.duplicate_requested) as copied:
        qtbot.mouseClick(button(panel, "Çoğalt"), Qt.MouseButton.LeftButton)
    assert copied.args == [chosen]
    with qtbot.waitSignal(panel.trash_requested) as trashed:
        qtbot.mouseClick(button(panel, "Çöpe taşı"), Qt.MouseButton.LeftButton)
    assert trashed.args == [chosen]
    table(panel).setFocus()
    with qtbot.waitSignal(panel.trash_requested) as trashed:
        qtbot.keyClick(table(panel), Qt.Key.Key_Delete)
    assert trashed.args == [chosen]


# A popup menu on the offscreen platform cannot raise itself or grab the keyboard.
@pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "does not support grabbing the keyboard"
)
def test_the_context_menu_acts_on_the_row_clicked(
    qtbot: QtBot, panel: LibraryPanel, ids: dict[str, str]
) -> None:
    view = table(panel)
    view.customContextMenuRequested.emit(row_center(panel, 3))
    menu = panel.findChild(QMenu)
    qtbot.waitUntil(menu.isVisible)
    assert [action.text() for action in menu.actions()] == ["Yeni taslak", "Çoğalt", "Çöpe taşı"]
    (duplicate,) = [action for action in menu.actions() if action.text() == "Çoğalt"]
    with qtbot.waitSignal(panel.duplicate_requested) as copied:
        qtbot.mouseClick(
            menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(duplicate).center()
        )
    assert copied.args == [ids["İSTANBUL SANAYİ ODASI İLE ORTAK TOPLANTI"]]


def test_duplicate_then_refresh_selects_the_copy_quietly(
    qtbot: QtBot, panel: LibraryPanel, store: DraftStore, ids: dict[str, str]
) -> None:
    original = ids["Çevre protokolü imzalandı"]
    panel.select(original)
    # What the main window does on duplicate_requested.
    copy = store.duplicate(original)
    with qtbot.assertNotEmitted(panel.draft_selected):
        panel.refresh(select=copy)
        settle(qtbot, panel)
    assert panel.current_id() == copy
    assert len(shown_ids(panel)) == len(DRAFTS) + 1


def test_refresh_shows_a_headline_saved_elsewhere_and_keeps_the_selection(
    qtbot: QtBot, panel: LibraryPanel, store: DraftStore, ids: dict[str, str], tmp_path: Path
) -> None:
    kept = ids["Çevre protokolü imzalandı"]
    edited = ids["JICA heyeti Kahramanmaraş OSB’yi ziyaret etti"]
    panel.select(kept)
    with DraftStore(tmp_path / "s.sqlite3", auto_backup=False) as other_window:
        stored = other_window.get(edited)
        renamed = stored.release.model_copy(update={"headline": "JICA heyeti OSB’de ağırlandı"})
        other_window.save(edited, renamed, base_revision=stored.revision)
    panel.refresh()
    settle(qtbot, panel)
    assert column(panel, Column.HEADLINE)[0] == "JICA heyeti OSB’de ağırlandı"
    assert "JICA heyeti Kahramanmaraş OSB’yi ziyaret etti" not in column(panel, Column.HEADLINE)
    assert panel.current_id() == kept


def test_trashed_drafts_leave_the_list_and_come_back_from_the_trash(
    qtbot: QtBot, panel: LibraryPanel, store: DraftStore, ids: dict[str, str]
) -> None:
    trashed = ids["Çevre protokolü imzalandı"]

    def window_trashes(draft_id: str) -> None:
        store.trash(draft_id)
        panel.refresh()

    panel.trash_requested.connect(window_trashes)
    panel.select(trashed)
    qtbot.mouseClick(button(panel, "Çöpe taşı"), Qt.MouseButton.LeftButton)
    settle(qtbot, panel)
    assert trashed not in shown_ids(panel)
    assert panel.current_id() is None

    qtbot.mouseClick(button(panel, "Çöp kutusu"), Qt.MouseButton.LeftButton)
    settle(qtbot, panel)
    assert shown_ids(panel) == [trashed]
    # The toolbar lays out its buttons after the event loop turns.
    qtbot.waitUntil(lambda: not button(panel, "Çoğalt").isVisible())
    assert button(panel, "Geri al").isVisible()
    with qtbot.assertNotEmitted(panel.draft_selected, wait=0):
        qtbot.mouseClick(
            table(panel).viewport(), Qt.MouseButton.LeftButton, pos=row_center(panel, 0)
        )
    with (
        qtbot.waitSignal(panel.draft_restored) as restored,
        qtbot.waitSignal(panel.draft_selected) as opened,
    ):
        qtbot.mouseClick(button(panel, "Geri al"), Qt.MouseButton.LeftButton)
    assert restored.args == opened.args == [trashed]
    assert not store.get(trashed).trashed
    settle(qtbot, panel)
    assert len(shown_ids(panel)) == len(DRAFTS)
    assert panel.current_id() == trashed
    qtbot.waitUntil(lambda: button(panel, "Çoğalt").isVisible())


def test_every_control_has_an_accessible_name(panel: LibraryPanel) -> None:
    controls = [
        widget
        for widget in panel.findChildren(QWidget)
        if isinstance(widget, QLineEdit | QComboBox | QTableView | QToolButton | QLabel)
        and widget.isVisible()
    ]
    assert len(controls) >= 7
    assert all(widget.accessibleName() for widget in controls), [
        type(widget).__name__ for widget in controls if not widget.accessibleName()
    ]


def test_focus_search_puts_the_cursor_in_the_search_box(qtbot: QtBot, panel: LibraryPanel) -> None:
    panel.activateWindow()
    panel.focus_search()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search_box(panel))
    # Down from the search box moves into the list.
    with qtbot.waitSignal(panel.draft_selected):
        qtbot.keyClick(search_box(panel), Qt.Key.Key_Down)
    assert QApplication.focusWidget() is table(panel)


def test_a_narrow_panel_keeps_room_for_the_headline(qtbot: QtBot, panel: LibraryPanel) -> None:
    view = table(panel)
    assert not any(view.isColumnHidden(c) for c in Column)
    panel.resize(260, 420)
    qtbot.waitUntil(lambda: view.isColumnHidden(Column.UPDATED))
    assert view.isColumnHidden(Column.KIND)
    assert not view.isColumnHidden(Column.HEADLINE) and not view.isColumnHidden(Column.DATE)
    assert view.columnWidth(Column.HEADLINE) >= 120
    panel.resize(640, 420)
    qtbot.waitUntil(lambda: not view.isColumnHidden(Column.UPDATED))


def purge_box(qtbot: QtBot, panel: LibraryPanel) -> QMessageBox:
    """The confirmation "Kalıcı sil" opens (without blocking: it is opened, not exec'd)."""
    qtbot.waitUntil(lambda: panel.findChild(QMessageBox) is not None)
    box = panel.findChild(QMessageBox)
    assert isinstance(box, QMessageBox)
    qtbot.waitExposed(box)
    return box


def answer(box: QMessageBox, text: str) -> None:
    (chosen,) = [b for b in box.buttons() if b.text() == text]
    chosen.click()


def test_purge_asks_first_and_deletes_only_when_confirmed(
    qtbot: QtBot, panel: LibraryPanel, store: DraftStore, ids: dict[str, str]
) -> None:
    doomed = ids["Çevre protokolü imzalandı"]
    store.trash(doomed)
    store.trash(ids["Ilgaz firmasından OSB’ye ziyaret"])
    qtbot.mouseClick(button(panel, "Çöp kutusu"), Qt.MouseButton.LeftButton)
    settle(qtbot, panel)
    qtbot.waitUntil(lambda: button(panel, "Kalıcı sil").isVisible())
    assert not button(panel, "Kalıcı sil").isEnabled()  # nothing selected yet
    panel.select(doomed)
    qtbot.waitUntil(lambda: button(panel, "Kalıcı sil").isEnabled())

    qtbot.mouseClick(button(panel, "Kalıcı sil"), Qt.MouseButton.LeftButton)
    box = purge_box(qtbot, panel)
    assert "“Çevre protokolü imzalandı”" in box.text()
    assert box.defaultButton().text() == "Vazgeç"  # Enter keeps the draft
    with qtbot.waitSignal(box.destroyed):
        answer(box, "Vazgeç")
    assert store.get(doomed).trashed  # still there, still in the trash

    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    table(panel).setFocus()
    qtbot.keyClick(table(panel), Qt.Key.Key_Delete, Qt.KeyboardModifier.ShiftModifier)
    with qtbot.waitSignal(panel.draft_purged) as purged:
        answer(purge_box(qtbot, panel), "Kalıcı sil")
    assert purged.args == [doomed]
    settle(qtbot, panel)
    assert doomed not in shown_ids(panel)
    assert store.count(trashed=True) == 1
    with pytest.raises(StoreError):
        store.revisions(doomed)
    status = [label.text() for label in panel.findChildren(QLabel) if label.isVisible()]
    assert "“Çevre protokolü imzalandı” kalıcı olarak silindi." in status


def test_purge_is_offered_only_in_the_trash(
    qtbot: QtBot, panel: LibraryPanel, ids: dict[str, str]
) -> None:
    panel.select(ids["Çevre protokolü imzalandı"])
    qtbot.waitUntil(lambda: button(panel, "Çöpe taşı").isVisible())
    assert not button(panel, "Kalıcı sil").isVisible()
    table(panel).setFocus()
    qtbot.keyClick(table(panel), Qt.Key.Key_Delete)  # "Çöpe taşı", never "Kalıcı sil"
    assert panel.findChild(QMessageBox) is None
