"""The Katılımcılar page: cells typed in place, rows added, removed and moved with their ids."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from osbpress.model import Participant, Release, Side
from osbpress.store import DraftStore
from tests.ui.forms.people_fixtures import ChangeCounter, editor_context
from tests.ui.forms.showing import check_screenshot
from tests.ui.keyboard import type_text
from ui.context import AppContext
from ui.forms.participants import COLUMNS, ParticipantsPage


@pytest.fixture
def context() -> Iterator[AppContext]:
    with editor_context() as context:
        yield context


@pytest.fixture
def page(qtbot: QtBot, context: AppContext, release: Release) -> ParticipantsPage:
    page = ParticipantsPage(context)
    qtbot.addWidget(page)
    page.resize(700, 700)
    page.show_release(release)
    page.show()
    qtbot.waitExposed(page)
    activate(qtbot, page)
    return page


def ids(release: Release) -> list[str]:
    return [p.id for p in release.participants]


def activate(qtbot: QtBot, page: ParticipantsPage) -> None:
    """Make the page the active window again: offscreen, a completion popup that
    closed stays the active window, and an editor opened then never gets the focus."""
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)


def open_cell(qtbot: QtBot, page: ParticipantsPage, row: int, field: str) -> None:
    activate(qtbot, page)
    page.view.setFocus()
    qtbot.waitUntil(page.view.hasFocus)
    page.view.setCurrentIndex(page.model.index(row, COLUMNS.index(field)))


def type_in_cell(qtbot: QtBot, page: ParticipantsPage, row: int, field: str, text: str) -> None:
    """Select the cell and type over it, as in a spreadsheet, then press Enter."""
    open_cell(qtbot, page, row, field)
    qtbot.keyClick(page.view, text[0])  # the first key opens the editor with that letter
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    type_text(qtbot, editor, text[1:])
    press_enter(qtbot, page, editor)


def press_enter(qtbot: QtBot, page: ParticipantsPage, editor: QWidget) -> None:
    """Enter ends the edit; the delegate commits on the next turn of the event loop."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.view.state() != QAbstractItemView.State.EditingState)


def test_showing_a_release_is_not_an_edit(
    qtbot: QtBot, context: AppContext, release: Release
) -> None:
    page = ParticipantsPage(context)
    qtbot.addWidget(page)
    changes = ChangeCounter(page)
    page.show_release(release)
    assert changes.count == 0
    assert page.apply(release) == release
    assert page.model.rowCount() == 4
    assert page.model.index(0, COLUMNS.index("side")).data() == "Ev sahibi"


def test_typed_cells_reach_the_release(
    qtbot: QtBot, page: ParticipantsPage, release: Release
) -> None:
    changes = ChangeCounter(page)
    type_in_cell(qtbot, page, 1, "title", "Kıdemli Danışman")
    type_in_cell(qtbot, page, 2, "reading", "kotoe kuroda")
    type_in_cell(qtbot, page, 3, "name", "Seda Torısu-Yılmaz")
    assert changes.count == 3
    people = list(release.participants)
    people[1] = people[1].model_copy(update={"title": "Kıdemli Danışman"})
    people[2] = people[2].model_copy(update={"reading": "kotoe kuroda"})
    people[3] = people[3].model_copy(update={"name": "Seda Torısu-Yılmaz"})
    assert page.apply(release) == release.model_copy(update={"participants": people})
    assert ids(page.apply(release)) == ids(release)


def test_side_is_chosen_from_a_combo(
    qtbot: QtBot, page: ParticipantsPage, release: Release
) -> None:
    open_cell(qtbot, page, 1, "side")
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["Ev sahibi", "Konuk", "Diğer"]
    assert combo.currentText() == "Konuk"
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    press_enter(qtbot, page, combo)
    result = page.apply(release)
    assert result.participants[1].side is Side.OTHER
    assert result.participants[1].id == release.participants[1].id
    assert page.model.index(1, COLUMNS.index("side")).data() == "Diğer"


def test_add_types_a_new_participant_after_the_selected_one(
    qtbot: QtBot, page: ParticipantsPage, release: Release
) -> None:
    changes = ChangeCounter(page)
    page.rows.select_row(0)
    activate(qtbot, page)
    qtbot.mouseClick(page.rows.add_button, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)  # the name cell is open at once
    type_text(qtbot, editor, "Ayşe Yıldırım")
    press_enter(qtbot, page, editor)
    assert changes.count == 2  # the row, then its name
    result = page.apply(release)
    assert [p.name for p in result.participants] == [
        "Hasan Köse",
        "Ayşe Yıldırım",
        "Masashi Inove",
        "Kotoe Kuroda",
        "Seda Torısu",
    ]
    added = result.participants[1]
    assert added.id not in ids(release)
    assert ids(result)[:1] + ids(result)[2:] == ids(release)
    assert added.side is Side.OTHER


def test_remove_drops_only_the_selected_row(
    qtbot: QtBot, page: ParticipantsPage, release: Release
) -> None:
    page.rows.select_row(2)
    qtbot.mouseClick(page.rows.remove_button, Qt.MouseButton.LeftButton)
    assert page.apply(release) == release.model_copy(
        update={"participants": [p for i, p in enumerate(release.participants) if i != 2]}
    )
    assert page.rows.current_row() == 2  # the next one is selected for the next press


def test_up_and_down_reorder_and_keep_ids(
    qtbot: QtBot, page: ParticipantsPage, release: Release
) -> None:
    first, second, third, fourth = release.participants
    page.rows.select_row(0)
    assert not page.rows.up_button.isEnabled()
    qtbot.mouseClick(page.rows.down_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.rows.down_button, Qt.MouseButton.LeftButton)
    assert page.apply(release).participants == [second, third, first, fourth]
    qtbot.mouseClick(page.rows.down_button, Qt.MouseButton.LeftButton)
    assert page.apply(release).participants == [second, third, fourth, first]
    assert page.rows.current_row() == 3
    assert not page.rows.down_button.isEnabled()
    qtbot.mouseClick(page.rows.up_button, Qt.MouseButton.LeftButton)
    assert page.apply(release).participants == [second, third, first, fourth]


def test_dropping_a_dragged_row_moves_it(page: ParticipantsPage, release: Release) -> None:
    first, second, third, fourth = release.participants
    model = page.model
    changes = ChangeCounter(page)
    assert model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    drag = model.mimeData([model.index(3, 1)])
    assert model.dropMimeData(drag, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert page.apply(release).participants == [fourth, first, second, third]
    drag = model.mimeData([model.index(0, 0)])
    assert model.dropMimeData(drag, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert page.apply(release).participants == [first, second, third, fourth]
    assert changes.count == 2


def test_focus_field_selects_the_cell(qtbot: QtBot, page: ParticipantsPage) -> None:
    page.rows.select_row(0)
    assert page.focus_field(("participants", 2, "organisation"))
    qtbot.waitUntil(page.view.hasFocus)
    current = page.view.currentIndex()
    assert (current.row(), current.column()) == (2, COLUMNS.index("organisation"))
    assert page.focus_field(("participants",))
    assert page.focus_field(("participants", 99, "name"))  # a stale path still focuses the table


def test_release_values_are_offered_as_completions(
    qtbot: QtBot, page: ParticipantsPage, release: Release
) -> None:
    assert "Kahramanmaraş OSB Müdürü" in page.completions["title"].stringList()
    assert page.completions["organisation"].stringList() == ["Kahramanmaraş OSB", "JICA"]
    type_in_cell(qtbot, page, 1, "organisation", "Japonya Büyükelçiliği")
    assert "Japonya Büyükelçiliği" in page.completions["organisation"].stringList()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[DraftStore]:
    store = DraftStore(tmp_path / "s.sqlite3", auto_backup=False)
    earlier = Release(
        participants=[
            Participant(
                name="Zeynep Aksoy",
                title="Genel Sekreter",
                organisation="Kocaeli Sanayi Odası",
                side=Side.GUEST,
            )
        ]
    )
    store.create(earlier)
    yield store
    store.close()


def test_names_from_earlier_drafts_are_completed(
    qtbot: QtBot, page: ParticipantsPage, context: AppContext, store: DraftStore
) -> None:
    context.set_store(store)
    qtbot.waitUntil(lambda: "Zeynep Aksoy" in page.completions["name"].stringList())
    assert "Genel Sekreter" in page.completions["title"].stringList()
    assert "Kocaeli Sanayi Odası" in page.completions["organisation"].stringList()
    assert "Hasan Köse" in page.completions["name"].stringList()  # this release's own

    page.rows.select_row(3)
    activate(qtbot, page)
    qtbot.mouseClick(page.rows.add_button, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    type_text(qtbot, editor, "Zey")
    completer = editor.completer()
    assert completer.currentCompletion() == "Zeynep Aksoy"
    qtbot.waitUntil(completer.popup().isVisible)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert editor.text() == "Zeynep Aksoy"
    press_enter(qtbot, page, editor)
    assert page.model.item(4).name == "Zeynep Aksoy"


def test_screenshot(page: ParticipantsPage, tmp_path: Path) -> None:
    fields = check_screenshot(page, tmp_path / "katilimcilar.png")
    assert page.rows.view in fields


def signatory_cell(page: ParticipantsPage, row: int) -> QModelIndex:
    return page.model.index(row, COLUMNS.index("signatory"))


def test_signatory_is_a_check_box_column(
    qtbot: QtBot, page: ParticipantsPage, release: Release
) -> None:
    assert page.model.headerData(COLUMNS.index("signatory"), Qt.Orientation.Horizontal) == "İmzacı"
    cell = signatory_cell(page, 1)
    assert cell.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert not page.model.flags(cell) & Qt.ItemFlag.ItemIsEditable
    changes = ChangeCounter(page)
    page.view.scrollTo(cell)
    qtbot.mouseClick(
        page.view.viewport(), Qt.MouseButton.LeftButton, pos=page.view.visualRect(cell).center()
    )
    assert changes.count == 1
    result = page.apply(release)
    assert [p.signatory for p in result.participants] == [False, True, False, False]
    assert result.participants[1].id == release.participants[1].id
    assert cell.data(Qt.ItemDataRole.AccessibleTextRole) == "İmzacı"
    # The space bar toggles it back, as for any check box.
    open_cell(qtbot, page, 1, "signatory")
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    assert not page.apply(release).participants[1].signatory


def test_moving_a_row_orders_by_hand_until_protocol_order_is_chosen(
    qtbot: QtBot, page: ParticipantsPage, release: Release
) -> None:
    assert not release.manual_order
    assert not page.protocol_button.isEnabled()
    assert "protokol" in page.order.text()
    page.rows.select_row(0)
    changes = ChangeCounter(page)
    qtbot.mouseClick(page.rows.down_button, Qt.MouseButton.LeftButton)
    assert changes.count == 1
    assert page.apply(release).manual_order
    assert "elle" in page.order.text()
    assert page.protocol_button.isEnabled()

    qtbot.mouseClick(page.protocol_button, Qt.MouseButton.LeftButton)
    assert changes.count == 2
    result = page.apply(release)
    assert not result.manual_order
    assert not page.protocol_button.isEnabled()

    drag = page.model.mimeData([page.model.index(3, 0)])
    assert page.model.dropMimeData(drag, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert page.apply(release).manual_order


def test_a_release_ordered_by_hand_shows_so_and_editing_keeps_it(
    qtbot: QtBot, page: ParticipantsPage, release: Release
) -> None:
    manual = release.model_copy(update={"manual_order": True})
    page.show_release(manual)
    assert page.protocol_button.isEnabled()
    type_in_cell(qtbot, page, 0, "title", "Bölge Müdürü")
    assert page.apply(manual).manual_order
    page.show_release(release)
    assert not page.apply(release).manual_order
