"""An ordered list of release items as table rows, moved without losing their ids.

The participants and quotes pages edit an ordered list of small records
whose ids other parts of the release refer to (a quote names its speaker by
participant id), and the sections and photos pages show such a list as a
one-column list (``ui.widgets.item_list``). ``RowsModel`` holds the list and
reorders it by moving rows, never by copying and deleting them, so ids
survive every add, remove, drag and button press. ``with_field`` is how a
row's item is changed: a validated copy, never the shown item itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from pydantic import BaseModel
from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QWidget

from osbpress.i18n import _

_ROWS_MIME = "application/x-osbpress-row"
Index = QModelIndex | QPersistentModelIndex


def with_field(item: BaseModel, name: str, value: object) -> BaseModel:
    """A copy of ``item`` with ``name`` set; assignment validates (the models say so)."""
    copy = item.model_copy()
    setattr(copy, name, value)
    return copy


class RowsModel(QAbstractTableModel):
    """An ordered list of release items (participants, quotes) as table rows.

    ``edited`` fires for every change the officer makes (cell edit, add,
    remove, move), never for ``set_items``.
    """

    edited = Signal()
    # Column titles marked with N_ (the models' field titles are), translated when shown.
    headers: ClassVar[tuple[str, ...]] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[Any] = []

    # -- the list -------------------------------------------------------------

    def items(self) -> list[Any]:
        return list(self._items)

    def item(self, row: int) -> Any:
        return self._items[row]

    def set_items(self, items: Sequence[BaseModel]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def replace(self, row: int, item: BaseModel) -> None:
        if item == self._items[row]:
            return
        self._items[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.edited.emit()

    def insert(self, row: int, item: BaseModel) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.insert(row, item)
        self.endInsertRows()
        self.edited.emit()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items[row]
        self.endRemoveRows()
        self.edited.emit()

    # -- Qt's table interface -------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return _(self.headers[section]) if self.headers[section] else ""
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            # Drops land between rows (on the root), never onto a row.
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def moveRows(
        self,
        source_parent: Index,
        source: int,
        count: int,
        destination_parent: Index,
        destination: int,
    ) -> bool:
        """Qt's move: the rows ``source…`` go before the row now at ``destination``."""
        size = len(self._items)
        if source_parent.isValid() or destination_parent.isValid():
            return False
        if count < 1 or source < 0 or source + count > size or not 0 <= destination <= size:
            return False
        if source <= destination <= source + count:
            return False  # already there
        last = source + count - 1
        if not self.beginMoveRows(QModelIndex(), source, last, QModelIndex(), destination):
            return False
        moving = self._items[source : source + count]
        del self._items[source : source + count]
        at = destination - count if destination > source else destination
        self._items[at:at] = moving
        self.endMoveRows()
        self.edited.emit()
        return True

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [_ROWS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        if rows:
            data.setData(_ROWS_MIME, QByteArray(str(rows[0]).encode()))
        return data

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: Index,
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(_ROWS_MIME):
            return False
        try:
            source = int(bytes(data.data(_ROWS_MIME).data()).decode())
        except ValueError:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._items)
        self.moveRows(QModelIndex(), source, 1, QModelIndex(), row)
        return True
