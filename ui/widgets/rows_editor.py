"""A table of ``RowsModel`` rows with its buttons, and a centred check box column.

``RowsEditor`` puts the table (``RowsTable``: rows dragged into a new order)
and its Ekle / Sil / Yukarı / Aşağı buttons together; the participants and
quotes pages each hold one. ``CheckDelegate`` shows a yes/no column
("İmzacı") as a check box in the middle of its cell.
"""

from __future__ import annotations

from collections.abc import Callable

from pydantic import BaseModel
from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QDrag, QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from osbpress.i18n import _
from ui.widgets.rows import Index, RowsModel


class RowsTable(QTableView):
    """A table whose rows the officer drags into a new order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setDropIndicatorShown(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def startDrag(self, supported: Qt.DropAction) -> None:
        # QAbstractItemView removes the dragged rows after a move; the model has
        # already moved them in dropMimeData, so the drag must not delete anything.
        index = self.currentIndex()
        if not index.isValid():
            return
        drag = QDrag(self)
        drag.setMimeData(self.model().mimeData([index]))
        drag.exec(Qt.DropAction.MoveAction)


class CheckDelegate(QStyledItemDelegate):
    """A check box centred in its cell; a click anywhere in the cell, or Space, toggles it.

    Qt's own check box sits at the cell's left edge and only a click on the
    box itself counts, which misses easily in a narrow column.
    """

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        style = item.widget.style() if item.widget is not None else QApplication.style()
        checked = item.checkState == Qt.CheckState.Checked
        item.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        box = QStyleOptionViewItem(item)
        side = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, item, item.widget)
        box.rect = QStyle.alignedRect(
            item.direction, Qt.AlignmentFlag.AlignCenter, QSize(side, side), item.rect
        )
        box.state &= ~(QStyle.StateFlag.State_On | QStyle.StateFlag.State_Off)
        box.state |= QStyle.StateFlag.State_On if checked else QStyle.StateFlag.State_Off
        style.drawPrimitive(
            QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck, box, painter, item.widget
        )

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        flags = index.flags()
        if not flags & Qt.ItemFlag.ItemIsUserCheckable or not flags & Qt.ItemFlag.ItemIsEnabled:
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseButtonRelease:
            assert isinstance(event, QMouseEvent)
            inside = option.rect.contains(event.position().toPoint())
            if event.button() != Qt.MouseButton.LeftButton or not inside:
                return False
        elif kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() not in (Qt.Key.Key_Space, Qt.Key.Key_Select):
                return False
        else:
            return kind == QEvent.Type.MouseButtonDblClick  # no editor for a check box
        checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        new = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
        return model.setData(index, new, Qt.ItemDataRole.CheckStateRole)


class RowsEditor(QWidget):
    """A ``RowsTable`` with add, remove, up and down buttons beside it.

    ``names`` are the accessible names of the table and of the add and
    remove buttons, each a whole translated phrase naming the row ("Katılımcı
    listesi", "Katılımcı ekle", "Seçili katılımcıyı sil").
    ``current_changed`` carries the selected row (-1 for none).
    """

    current_changed = Signal(int)
    added = Signal(int)

    def __init__(
        self,
        model: RowsModel,
        new_item: Callable[[], BaseModel],
        *,
        names: tuple[str, str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._new_item = new_item
        self.view = RowsTable(self)
        self.view.setModel(model)
        list_name, add_name, remove_name = names
        self.view.setAccessibleName(list_name)
        self.add_button = self._button(_("Ekle"), add_name, self.add)
        self.remove_button = self._button(_("Sil"), remove_name, self.remove)
        self.up_button = self._button(
            _("Yukarı"), _("Seçili satırı yukarı taşı"), lambda: self.move_current(-1)
        )
        self.down_button = self._button(
            _("Aşağı"), _("Seçili satırı aşağı taşı"), lambda: self.move_current(1)
        )
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        model.modelReset.connect(self._update_buttons)
        model.rowsMoved.connect(self._update_buttons)
        self._update_buttons()

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.clicked.connect(slot)
        return button

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int, column: int = 0) -> None:
        """Make ``row`` current (and selected); -1 clears the selection."""
        if row < 0:
            self.view.clearSelection()
            self.view.setCurrentIndex(QModelIndex())
            return
        self.view.setCurrentIndex(self.model.index(row, column))
        self.view.scrollTo(self.model.index(row, column))

    def add(self) -> int:
        """Append a new row after the selected one (or at the end) and select it."""
        current = self.current_row()
        row = current + 1 if current >= 0 else self.model.rowCount()
        self.model.insert(row, self._new_item())
        self.select_row(row)
        self.added.emit(row)
        return row

    def remove(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        self.model.remove(row)
        self.select_row(min(row, self.model.rowCount() - 1))
        self._update_buttons()

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

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._update_buttons()
        if current.row() != previous.row() or current.isValid() != previous.isValid():
            self.current_changed.emit(current.row() if current.isValid() else -1)

    def _update_buttons(self) -> None:
        row = self.current_row()
        count = self.model.rowCount()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
