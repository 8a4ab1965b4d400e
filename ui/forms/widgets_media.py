"""What the sections and photos pages share: an ordered item list with its buttons.

Both pages edit a list of release items (``Section``, ``Photo``) that keep
their ids: a list on top (``ItemListModel`` + ``QListView``, rows moved with
the buttons or by dragging), the fields of the selected item below. The
photos page adds thumbnails, made by ``ThumbnailCache`` in a worker so a
12-megapixel photo never stalls typing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from pydantic import BaseModel
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from osbpress.errors import MediaError
from osbpress.i18n import N_, _
from osbpress.media import MAX_MEDIA_BYTES, parse_ref, read_file
from osbpress.model import Release
from ui.forms.base import EditorContext, EditorPage, FieldPath, field_title
from ui.forms.widgets_people import Index, RowsModel, with_field

ItemField = QLineEdit | QPlainTextEdit


class ItemListModel(RowsModel):
    """The people pages' ordered rows as a one-column list: ``label`` gives a row's
    text, ``decoration`` (if any) its picture."""

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


class ItemListPage(EditorPage):
    """A page editing ``release.<list_field>``: list, Ekle/Sil/Yukarı/Aşağı, item fields.

    Subclasses set ``list_field``, ``item_type`` and ``button_names``, add the item's editors
    with ``_add_item_field`` and implement ``_add`` (what Ekle does).
    """

    list_field: ClassVar[str] = ""
    item_type: ClassVar[type[BaseModel]] = BaseModel
    # Accessible names of Ekle, Sil, Yukarı, Aşağı, naming the item ("Bölüm ekle").
    # Marked with N_ where they are set, translated when the buttons are made.
    button_names: ClassVar[tuple[str, str, str, str]] = (
        N_("Ekle"),
        N_("Sil"),
        N_("Yukarı"),
        N_("Aşağı"),
    )

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._filling = False
        self._item_fields: dict[str, ItemField] = {}
        self._model = self._create_model()
        self._view = QListView()
        self._view.setModel(self._model)
        self._view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self._view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self._view.setAccessibleName(field_title(Release, self.list_field))
        self.bind((self.list_field,), self._view)

        add, remove, up, down = self.button_names
        self._add_button = _button(_("Ekle"), _(add), self._add)
        self._remove_button = _button(_("Sil"), _(remove), self._remove_current)
        self._up_button = _button(_("Yukarı"), _(up), lambda: self._move(-1))
        self._down_button = _button(_("Aşağı"), _(down), lambda: self._move(1))
        buttons = QVBoxLayout()
        for button in (self._add_button, self._remove_button, self._up_button, self._down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self._view, 1)
        top.addLayout(buttons)

        self._detail = QWidget()
        self._form = QFormLayout(self._detail)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(top)
        self._layout.addWidget(self._detail, 1)

        self._model.edited.connect(self._rows_changed)
        self._view.selectionModel().currentChanged.connect(self._show_current)
        self._update_controls()

    # -- to override ---------------------------------------------------------

    def _create_model(self) -> ItemListModel:
        return ItemListModel(self._label, parent=self)

    def _label(self, item: Any) -> str:
        raise NotImplementedError

    def _add(self) -> None:
        raise NotImplementedError

    # -- EditorPage ------------------------------------------------------------

    def model(self) -> ItemListModel:
        return self._model

    def view(self) -> QListView:
        return self._view

    def show_release(self, release: Release) -> None:
        was, self._loading = self._loading, True
        try:
            items = getattr(release, self.list_field)
            self._model.set_items([item.model_copy() for item in items])
            self.select(0)
            self._show_current()
        finally:
            self._loading = was

    def apply(self, release: Release) -> Release:
        copy = release.model_copy()
        setattr(copy, self.list_field, [item.model_copy() for item in self._model.items()])
        return copy

    def focus_field(self, path: FieldPath) -> bool:
        """``(list_field, row, field)`` selects the row and focuses the field's editor."""
        if len(path) >= 2 and path[0] == self.list_field and isinstance(path[1], int):
            if not 0 <= path[1] < self._model.rowCount():
                return super().focus_field(path[:1])
            self.select(path[1])
            name = str(path[2]) if len(path) > 2 else ""
            self._item_fields.get(name, self._view).setFocus()
            return True
        return super().focus_field(path)

    # -- shared with subclasses ---------------------------------------------------

    def current_row(self) -> int:
        return self._view.currentIndex().row()

    def select(self, row: int) -> None:
        if 0 <= row < self._model.rowCount():
            self._view.setCurrentIndex(self._model.index(row, 0))
        else:
            self._view.setCurrentIndex(QModelIndex())

    def _append(self, item: BaseModel) -> None:
        row = self._model.rowCount()
        self._model.insert(row, item)
        self.select(row)

    def _add_item_field(self, name: str, editor: ItemField, below: QWidget | None = None) -> None:
        """A row of the item form editing ``item.<name>``, labelled with its model title."""
        title = field_title(self.item_type, name)
        editor.setAccessibleName(title)
        if isinstance(editor, QPlainTextEdit):
            editor.setTabChangesFocus(True)
        editor.textChanged.connect(lambda: self._field_edited(name))
        self._item_fields[name] = editor
        if below is None:
            self._form.addRow(title, editor)
            return
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(editor, 1)
        column.addWidget(below)
        self._form.addRow(title, box)

    # -- internals --------------------------------------------------------------

    def _show_current(self) -> None:
        row = self.current_row()
        self._filling = True
        try:
            for name, editor in self._item_fields.items():
                text = getattr(self._model.item(row), name) if row >= 0 else ""
                if _text(editor) != text:
                    if isinstance(editor, QLineEdit):
                        editor.setText(text)
                    else:
                        editor.setPlainText(text)
        finally:
            self._filling = False
        self._update_controls()

    def _field_edited(self, name: str) -> None:
        row = self.current_row()
        editor = self._item_fields[name]
        if self._filling or row < 0:
            return
        # The model says ``edited`` when the text really differs.
        self._model.replace(row, with_field(self._model.item(row), name, _text(editor)))

    def _rows_changed(self) -> None:
        self._update_controls()
        self._emit_changed()

    def _remove_current(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        self._model.remove(row)
        self.select(min(row, self._model.rowCount() - 1))
        self._show_current()

    def _move(self, step: int) -> None:
        row = self.current_row()
        target = row + step
        if row < 0 or not 0 <= target < self._model.rowCount():
            return
        # Qt counts the destination before the move: one further when moving down.
        self._model.moveRows(QModelIndex(), row, 1, QModelIndex(), target + (step > 0))
        self.select(target)

    def _update_controls(self) -> None:
        row = self.current_row()
        count = self._model.rowCount()
        self._remove_button.setEnabled(row >= 0)
        self._up_button.setEnabled(row > 0)
        self._down_button.setEnabled(0 <= row < count - 1)
        self._detail.setEnabled(row >= 0)


class ThumbnailCache(QObject):
    """Small pictures of photos by reference, made in a worker and kept for the session.

    ``thumbnail(ref)`` answers at once: the picture, or None while it is being
    made or when it can't be (``ready(ref)`` fires when one arrives). A stored
    reference waits for the store; a file path is read only when absolute,
    since a relative one has no folder to be relative to here.
    """

    ready = Signal(str)
    SIZE: ClassVar[QSize] = QSize(112, 84)

    def __init__(self, context: EditorContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._pictures: dict[str, QPixmap | None] = {}
        self._pending: set[str] = set()

    def thumbnail(self, ref: str) -> QPixmap | None:
        if ref in self._pictures:
            return self._pictures[ref]
        store = self._context.store
        if ref in self._pending or (parse_ref(ref) is not None and store is None):
            return None
        self._pending.add(ref)
        self._context.operations.run(
            lambda _task: _scaled_image(_image_bytes(store, ref), self.SIZE),
            success=lambda image: self._arrived(ref, image),
            failure=lambda _error: self._arrived(ref, None),
        )
        return None

    def _arrived(self, ref: str, image: QImage | None) -> None:
        if not isValid(self):  # the page went away while the worker ran
            return
        self._pending.discard(ref)
        self._pictures[ref] = QPixmap.fromImage(image) if image is not None else None
        self.ready.emit(ref)


def _image_bytes(store: Any, ref: str) -> bytes:
    if parse_ref(ref) is not None:
        return bytes(store.get_media(ref))
    path = Path(ref).expanduser()
    if not path.is_absolute():
        raise MediaError(_("“{ref}” göreli bir yol").format(ref=ref))
    return read_file(path, f"“{ref}”", MediaError, limit=MAX_MEDIA_BYTES)


def _scaled_image(data: bytes, size: QSize) -> QImage | None:
    """``data`` decoded straight to about ``size`` (JPEG decodes at the smaller size)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    full = reader.size()
    if full.isValid():
        reader.setScaledSize(full.scaled(size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else image


def _text(editor: ItemField) -> str:
    return editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()


def _button(text: str, name: str, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.clicked.connect(slot)
    return button
