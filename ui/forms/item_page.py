"""What the sections and photos pages share: the item list on top, its fields below.

Both pages edit a list of release items (``Section``, ``Photo``) that keep
their ids. The list and its buttons are the ground floor's ``ItemList``;
this page puts the selected item's fields under it, writes every keystroke
in them into a copy of that item (``with_field``) and hands the list back to
the release in ``apply``. A subclass names its list and item type, adds the
item's editors with ``_add_item_field`` and says what Ekle does (``_add``).
"""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import BaseModel
from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from osbpress.i18n import N_, _
from osbpress.model import Release
from ui.context import AppContext
from ui.forms.base import EditorPage, FieldPath
from ui.widgets.fields import field_title
from ui.widgets.item_list import ItemList, ItemListModel
from ui.widgets.rows import with_field

ItemField = QLineEdit | QPlainTextEdit


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

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._filling = False
        self._item_fields: dict[str, ItemField] = {}
        self._model = self._create_model()
        names = tuple(_(name) for name in self.button_names)
        self._list = ItemList(self._model, (names[0], names[1], names[2], names[3]), self)
        # The subclasses arrange tab order and sizes with these parts of the list.
        self._view = self._list.view
        self._add_button = self._list.add_button
        self._remove_button = self._list.remove_button
        self._up_button = self._list.up_button
        self._down_button = self._list.down_button
        self._view.setAccessibleName(field_title(Release, self.list_field))
        self.bind((self.list_field,), self._view)

        self._detail = QWidget()
        self._form = QFormLayout(self._detail)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self._list)
        self._layout.addWidget(self._detail, 1)

        self._list.add_requested.connect(self._add)
        self._list.current_changed.connect(self._show_current)
        self._model.edited.connect(self._rows_changed)
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
        return self._list.current_row()

    def select(self, row: int) -> None:
        self._list.select(row)

    def _append(self, item: BaseModel) -> None:
        self._list.append(item)

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
                # Another item (or draft) now: its fields start with no undo history,
                # so Ctrl+Z can never bring the last item's text into this one.
                if isinstance(editor, QLineEdit):
                    editor.setText(text)  # which clears the line's undo history
                elif _text(editor) != text:
                    editor.setPlainText(text)  # which clears the undo history too
                else:
                    editor.document().clearUndoRedoStacks()
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

    def _update_controls(self) -> None:
        self._list.update_buttons()
        self._detail.setEnabled(self.current_row() >= 0)


def _text(editor: ItemField) -> str:
    return editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()
