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
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QDrag, QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from osbpress.i18n import _
from ui.widgets.row_buttons import RowButtons
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


class RowsEditor(RowButtons):
    """A ``RowsTable`` of ``model`` with add, remove, up and down buttons beside it.

    ``names`` are the accessible names of the table and of the add and
    remove buttons, each a whole translated phrase naming the row ("Katılımcı
    listesi", "Katılımcı ekle", "Seçili katılımcıyı sil"). Ekle puts
    ``new_item()`` after the selected row (or at the end), selects it and
    says ``added``.
    """

    added = Signal(int)

    def __init__(
        self,
        model: RowsModel,
        new_item: Callable[[], BaseModel],
        *,
        names: tuple[str, str, str],
        parent: QWidget | None = None,
    ) -> None:
        list_name, add_name, remove_name = names
        up_name, down_name = _("Seçili satırı yukarı taşı"), _("Seçili satırı aşağı taşı")
        table = RowsTable()
        super().__init__(model, table, (add_name, remove_name, up_name, down_name), parent)
        self.view: RowsTable = table
        self._new_item = new_item
        self.view.setAccessibleName(list_name)

    def add(self) -> None:
        current = self.current_row()
        row = current + 1 if current >= 0 else self.model.rowCount()
        self.model.insert(row, self._new_item())
        self.select_row(row)
        self.added.emit(row)
