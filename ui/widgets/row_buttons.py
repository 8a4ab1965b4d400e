"""A view of ordered rows with Ekle / Sil / Yukarı / Aşağı beside it.

Four pages edit an ordered list of release items: participants and quotes
in a table (``RowsEditor``), sections and photos in a one-column list
(``ItemList``). Both put the same four buttons beside their view and move,
remove and select rows the same way, so that is written once here:
``RowButtons`` takes the view and a ``RowsModel`` and keeps the buttons in
step with the selection. Rows move through the model's ``moveRows``, never
by copying and deleting, so the items keep their ids. What Ekle adds is
each subclass's business (``add``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from osbpress.i18n import _
from ui.widgets.rows import RowsModel


class RowButtons(QWidget):
    """``view`` showing ``model``, with Ekle, Sil, Yukarı and Aşağı beside it.

    ``names`` are the four buttons' accessible names (and tooltips), each a
    translated phrase naming the row ("Bölüm ekle", "Seçili bölümü sil", …).
    ``current_changed`` carries the selected row (-1 for none) when it
    changes; Sil says it once more, since the row then holds another item
    even when its number stays.
    """

    current_changed = Signal(int)

    def __init__(
        self,
        model: RowsModel,
        view: QAbstractItemView,
        names: tuple[str, str, str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.view = view
        view.setParent(self)
        view.setModel(model)
        add, remove, up, down = names
        self.add_button = self._button(_("Ekle"), add, self.add)
        self.remove_button = self._button(_("Sil"), remove, self.remove_current)
        self.up_button = self._button(_("Yukarı"), up, lambda: self.move_current(-1))
        self.down_button = self._button(_("Aşağı"), down, lambda: self.move_current(1))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view, 1)
        layout.addLayout(buttons)
        view.selectionModel().currentChanged.connect(self._current_changed)
        for signal in (model.modelReset, model.rowsMoved, model.edited):
            signal.connect(self.update_buttons)
        self.update_buttons()

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.clicked.connect(slot)
        return button

    def add(self) -> None:
        """What Ekle does; each kind of row list says."""
        raise NotImplementedError

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int, column: int = 0) -> None:
        """Make ``row`` current (and selected); a row outside the list clears the selection."""
        if not 0 <= row < self.model.rowCount():
            self.view.clearSelection()
            self.view.setCurrentIndex(QModelIndex())
            return
        self.view.setCurrentIndex(self.model.index(row, column))
        self.view.scrollTo(self.model.index(row, column))

    def remove_current(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        self.model.remove(row)
        self.select_row(min(row, self.model.rowCount() - 1))
        self.update_buttons()
        self.current_changed.emit(self.current_row())

    def move_current(self, step: int) -> None:
        """Move the selected row one place up (-1) or down (+1), keeping it selected."""
        row = self.current_row()
        target = row + step
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        column = max(self.view.currentIndex().column(), 0)
        # Qt's destination is "before this row", so moving down skips one more.
        self.model.moveRows(QModelIndex(), row, 1, QModelIndex(), target + (step > 0))
        self.select_row(target, column)

    def update_buttons(self) -> None:
        row = self.current_row()
        count = self.model.rowCount()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.update_buttons()
        # A table's current cell moving along its row is no new row.
        if current.row() != previous.row() or current.isValid() != previous.isValid():
            self.current_changed.emit(current.row() if current.isValid() else -1)
