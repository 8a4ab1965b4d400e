"""The item list: buttons move and remove rows (ids kept), Ekle is the owner's, state follows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from osbpress.model import Section
from ui.widgets.item_list import ItemList, ItemListModel

NAMES = ("Bölüm ekle", "Seçili bölümü sil", "Seçili bölümü yukarı taşı", "Seçili bölümü aşağı taşı")


@pytest.fixture
def items(qtbot: QtBot) -> ItemList:
    model = ItemListModel(lambda section: section.heading)
    items = ItemList(model, NAMES)
    model.setParent(items)
    qtbot.addWidget(items)
    model.set_items([Section(heading=heading) for heading in ("Bir", "İki", "Üç")])
    items.show()
    return items


def headings(items: ItemList) -> list[str]:
    return [section.heading for section in items.model.items()]


def click(qtbot: QtBot, items: ItemList, name: str) -> None:
    button = {
        b.accessibleName(): b
        for b in (items.add_button, items.remove_button, items.up_button, items.down_button)
    }[name]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_buttons_are_named_and_follow_the_selection(items: ItemList) -> None:
    assert items.add_button.text() == "Ekle" and items.add_button.accessibleName() == NAMES[0]
    items.select(-1)
    assert not items.remove_button.isEnabled()
    items.select(0)
    assert items.remove_button.isEnabled() and items.down_button.isEnabled()
    assert not items.up_button.isEnabled()
    items.select(2)
    assert items.up_button.isEnabled() and not items.down_button.isEnabled()


def test_moving_keeps_the_items_and_the_selection(qtbot: QtBot, items: ItemList) -> None:
    ids = [section.id for section in items.model.items()]
    items.select(0)
    click(qtbot, items, NAMES[3])
    assert headings(items) == ["İki", "Bir", "Üç"] and items.current_row() == 1
    click(qtbot, items, NAMES[3])
    click(qtbot, items, NAMES[2])
    assert headings(items) == ["İki", "Bir", "Üç"]
    assert sorted(section.id for section in items.model.items()) == sorted(ids)


def test_removing_says_which_row_is_current_now(qtbot: QtBot, items: ItemList) -> None:
    items.select(1)
    rows: list[int] = []
    items.current_changed.connect(rows.append)
    click(qtbot, items, NAMES[1])
    assert headings(items) == ["Bir", "Üç"]
    # The row number stayed; the item shown there did not, and the last word says so.
    assert rows[-1] == 1 and items.current_row() == 1
    click(qtbot, items, NAMES[1])
    click(qtbot, items, NAMES[1])
    assert headings(items) == [] and not items.remove_button.isEnabled()


def test_ekle_is_left_to_the_owner(qtbot: QtBot, items: ItemList) -> None:
    with qtbot.waitSignal(items.add_requested):
        click(qtbot, items, NAMES[0])
    assert headings(items) == ["Bir", "İki", "Üç"]
    items.append(Section(heading="Dört"))
    assert headings(items)[-1] == "Dört" and items.current_row() == 3
