"""An ordered list of items with Ekle / Sil / Yukarı / Aşağı beside it.

The sections and photos pages each edit a list of release items that keep
their ids (``Section``, ``Photo``): the list on top, the selected item's
fields below. ``ItemListModel`` shows ``RowsModel`` rows as a one-column
list (a label and, for photos, a thumbnail); ``ItemList`` is the list view
with its four buttons. What Ekle adds is the page's business, so the widget
only says ``add_requested``; moving and removing it does itself, by moving
rows (ids survive every drag and button press).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from osbpress.i18n import _
from ui.widgets.rows import Index, RowsModel


class ItemListModel(RowsModel):
    """Ordered rows as a one-column list: ``label`` gives a row's text, ``decoration``
    (if any) its picture."""

    headers = ("",)

    def __init__(
        self,
        label: Callable[[Any], str],
        decoration: Callable[[Any], Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._label = label
        self._decoration = decoration

    def refresh(self) -> None:
        """Ask the views to fetch every row again (e.g. thumbnails became available)."""
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._label(self.item(index.row()))
        if role == Qt.ItemDataRole.DecorationRole and self._decoration is not None:
            return self._decoration(self.item(index.row()))
        return None


class ItemList(QWidget):
    """``model`` in a list view, with Ekle, Sil, Yukarı and Aşağı buttons beside it.

    ``names`` are the buttons' accessible names, each a translated phrase
    naming the item ("Bölüm ekle", "Seçili bölümü sil", …). ``current_changed``
    carries the selected row (-1 for none); it also fires after Sil, since
    the row then shows another item even when its number stays.
    """

    add_requested = Signal()
    current_changed = Signal(int)

    def __init__(
        self,
        model: ItemListModel,
        names: tuple[str, str, str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.view = QListView(self)
        self.view.setModel(model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        add, remove, up, down = names
        self.add_button = _button(_("Ekle"), add, self.add_requested.emit, self)
        self.remove_button = _button(_("Sil"), remove, self.remove_current, self)
        self.up_button = _button(_("Yukarı"), up, lambda: self.move_current(-1), self)
        self.down_button = _button(_("Aşağı"), down, lambda: self.move_current(1), self)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        model.edited.connect(self.update_buttons)
        model.modelReset.connect(self.update_buttons)
        self.update_buttons()

    def current_row(self) -> int:
        return self.view.currentIndex().row()

    def select(self, row: int) -> None:
        """Make ``row`` current; a row outside the list clears the selection."""
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row, 0))
        else:
            self.view.setCurrentIndex(QModelIndex())

    def append(self, item: Any) -> None:
        """Add ``item`` at the end and select it."""
        row = self.model.rowCount()
        self.model.insert(row, item)
        self.select(row)

    def remove_current(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        self.model.remove(row)
        self.select(min(row, self.model.rowCount() - 1))
        self.current_changed.emit(self.current_row())

    def move_current(self, step: int) -> None:
        """Move the selected row one place up (-1) or down (+1), keeping it selected."""
        row = self.current_row()
        target = row + step
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        # Qt counts the destination before the move: one further when moving down.
        self.model.moveRows(QModelIndex(), row, 1, QModelIndex(), target + (step > 0))
        self.select(target)

    def update_buttons(self) -> None:
        row = self.current_row()
        count = self.model.rowCount()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    def _current_changed(self, current: QModelIndex) -> None:
        self.update_buttons()
        self.current_changed.emit(current.row() if current.isValid() else -1)


def _button(text: str, name: str, slot: Callable[[], object], parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(name)
    button.clicked.connect(slot)
    return button
