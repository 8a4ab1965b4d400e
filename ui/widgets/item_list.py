"""An ordered list of items with Ekle / Sil / Yukarı / Aşağı beside it.

The sections and photos pages each edit a list of release items that keep
their ids (``Section``, ``Photo``): the list on top, the selected item's
fields below. ``ItemListModel`` shows ``RowsModel`` rows as a one-column
list (a label and, for photos, a thumbnail); ``ItemList`` is the list view
with the four buttons of ``RowButtons``. What Ekle adds is the page's
business, so the widget only says ``add_requested``; moving and removing it
does itself, by moving rows (ids survive every drag and button press).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from ui.widgets.row_buttons import RowButtons
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


class ItemList(RowButtons):
    """``model`` in a list view (rows dragged into a new order), with the four buttons.

    ``names`` are the buttons' accessible names, each a translated phrase
    naming the item ("Bölüm ekle", "Seçili bölümü sil", …). Ekle only says
    ``add_requested``: a section is added at once, a photo after a file dialog.
    """

    add_requested = Signal()

    def __init__(
        self,
        model: ItemListModel,
        names: tuple[str, str, str, str],
        parent: QWidget | None = None,
    ) -> None:
        view = QListView()
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        super().__init__(model, view, names, parent)
        self.view: QListView = view

    def add(self) -> None:
        self.add_requested.emit()

    def append(self, item: Any) -> None:
        """Add ``item`` at the end and select it."""
        row = self.model.rowCount()
        self.model.insert(row, item)
        self.select_row(row)
