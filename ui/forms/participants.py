"""The "Katılımcılar" page: who took part, in the order the release names them.

A table edited in place (name, title, organisation, side, a "İmzacı"
check box, reading), with add, remove, up/down and drag-to-reorder; ids
survive every edit because quotes refer to them. The name, title and
organisation cells offer what earlier drafts used
(``DraftStore.completions``, loaded in a worker once the store is open)
together with what this release already holds.

The release prints participants in protocol order unless the officer has
ordered them by hand: moving a row (button or drag) sets
``Release.manual_order``, and "Protokol sırasına göre diz" clears it again.
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from osbpress.i18n import N_, _
from osbpress.model import Participant, Release, Side
from osbpress.turkish import fold
from ui.context import AppContext
from ui.forms.base import EditorPage, FieldPath
from ui.widgets.fields import field_title, hint_label
from ui.widgets.rows import RowsModel, with_field
from ui.widgets.rows_editor import CheckDelegate, RowsEditor

CompletionField = Literal["name", "title", "organisation"]
COLUMNS: tuple[str, ...] = ("name", "title", "organisation", "side", "signatory", "reading")
COMPLETED: tuple[CompletionField, ...] = ("name", "title", "organisation")
SIDE_NAMES = {Side.HOST: N_("Ev sahibi"), Side.GUEST: N_("Konuk"), Side.OTHER: N_("Diğer")}
_SIDE_COLUMN = COLUMNS.index("side")
_SIGNATORY_COLUMN = COLUMNS.index("signatory")
_ORDER_MANUAL = N_("Sıra: elle verdiğiniz sıra (bültende bu sırayla yazılır).")
_ORDER_PROTOCOL = N_("Sıra: protokol sırası (bültende protokole göre dizilir).")
Index = QModelIndex | QPersistentModelIndex


class ParticipantsModel(RowsModel):
    """The release's participants, one per row, editable cell by cell."""

    # The model's titles as marked (N_); RowsModel translates them when shown.
    headers: ClassVar[tuple[str, ...]] = tuple(
        Participant.model_fields[c].title or c for c in COLUMNS
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        participant: Participant = self._items[index.row()]
        field = COLUMNS[index.column()]
        value = getattr(participant, field)
        if field == "signatory":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return _("İmzacı") if value else _("İmzacı değil")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _(SIDE_NAMES[value]) if field == "side" else value
        if role == Qt.ItemDataRole.EditRole:
            return value.value if field == "side" else value
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return _(SIDE_NAMES[value]) if field == "side" else value
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        field = COLUMNS[index.column()]
        if field == "signatory":
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.replace(index.row(), with_field(self._items[index.row()], field, checked))
            return True
        if role != Qt.ItemDataRole.EditRole:
            return False
        try:
            new = with_field(
                self._items[index.row()], field, Side(value) if field == "side" else str(value)
            )
        except ValueError:
            return False
        self.replace(index.row(), new)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid():
            return flags
        if index.column() == _SIGNATORY_COLUMN:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable


class SideDelegate(QStyledItemDelegate):
    """Edits the side column with a combo: Ev sahibi / Konuk / Diğer."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(field_title(Participant, "side"))
        for side, name in SIDE_NAMES.items():
            combo.addItem(_(name), side.value)
        combo.activated.connect(lambda: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class CompletingDelegate(QStyledItemDelegate):
    """Edits a text cell with a line edit that completes from ``words``."""

    def __init__(self, words: QStringListModel, label: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._words = words
        self._label = label

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        edit = QLineEdit(parent)
        edit.setAccessibleName(self._label)
        completer = QCompleter(self._words, edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        edit.setCompleter(completer)
        return edit


class ParticipantsPage(EditorPage):
    """The participants table; see the module docstring."""

    page_title = N_("Katılımcılar")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._stored: dict[CompletionField, list[str]] = {field: [] for field in COMPLETED}
        self._release_words: dict[CompletionField, list[str]] = {field: [] for field in COMPLETED}
        self._manual_order = False
        self.completions = {field: QStringListModel(self) for field in COMPLETED}
        self.model = ParticipantsModel(self)
        self.rows = RowsEditor(
            self.model,
            Participant,
            names=(_("Katılımcı listesi"), _("Katılımcı ekle"), _("Seçili katılımcıyı sil")),
            parent=self,
        )
        self.view = self.rows.view
        self.view.setEditTriggers(
            self.view.EditTrigger.DoubleClicked
            | self.view.EditTrigger.EditKeyPressed
            | self.view.EditTrigger.AnyKeyPressed
            | self.view.EditTrigger.SelectedClicked
        )
        header = self.view.horizontalHeader()
        for column, field in enumerate(COLUMNS):
            fits = field in ("side", "signatory")
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.ResizeToContents if fits else QHeaderView.ResizeMode.Stretch,
            )
        for column, field in enumerate(COLUMNS):
            if field in COMPLETED:
                words = self.completions[field]
                label = field_title(Participant, field)
                self.view.setItemDelegateForColumn(
                    column, CompletingDelegate(words, label, self.view)
                )
        self.view.setItemDelegateForColumn(_SIDE_COLUMN, SideDelegate(self.view))
        self.view.setItemDelegateForColumn(_SIGNATORY_COLUMN, CheckDelegate(self.view))
        self.status = hint_label("", self)
        self.status.hide()
        self.order = hint_label(_(_ORDER_PROTOCOL), self)
        self.order.setAccessibleName(_("Katılımcı sırası"))
        self.protocol_button = QPushButton(_("Protokol sırasına göre diz"), self)
        self.protocol_button.setAccessibleName(_("Protokol sırasına göre diz"))
        self.protocol_button.setToolTip(
            _("Elle verdiğiniz sırayı bırakır; bülten katılımcıları protokol sırasıyla yazar.")
        )
        order_row = QHBoxLayout()
        order_row.addWidget(self.order, 1)
        order_row.addWidget(self.protocol_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                _(
                    "Hücreyi düzenlemek için yazmaya başlayın. Bülten katılımcıları protokol "
                    "sırasıyla yazar; sırayı sürükleyerek ya da Yukarı/Aşağı ile değiştirirseniz "
                    "sizin sıranızla. Okunuş, yabancı adların eklerini doğru yazmak içindir "
                    "(Michael → maykıl)."
                ),
                self,
            )
        )
        layout.addWidget(self.rows, 1)
        layout.addLayout(order_row)
        layout.addWidget(self.status)
        self.bind(("participants",), self.view)
        self._connect_signals()
        if context.store is not None:
            self._load_completions()

    def _connect_signals(self) -> None:
        self.model.edited.connect(self._edited)
        # Every reorder (Yukarı/Aşağı, a drag) goes through moveRows, and rowsMoved
        # comes before the edit it causes, so apply() already sees the new order mode.
        self.model.rowsMoved.connect(lambda *_args: self._set_manual_order(True))
        self.protocol_button.clicked.connect(self._protocol_order)
        self.rows.added.connect(self._added)
        self.context.store_ready.connect(self._load_completions)

    # -- EditorPage ------------------------------------------------------------

    def show_release(self, release: Release) -> None:
        self._loading = True
        try:
            self.model.set_items(release.participants)
            self.rows.select_row(0 if release.participants else -1)
            self._set_manual_order(release.manual_order)
        finally:
            self._loading = False
        self._remember_release_words()
        if self.context.store is not None:
            self._load_completions()

    def apply(self, release: Release) -> Release:
        return release.model_copy(
            update={"participants": self.model.items(), "manual_order": self._manual_order}
        )

    def focus_field(self, path: FieldPath) -> bool:
        """Select the participant's cell (``("participants", 1, "name")``) and focus the table."""
        if len(path) >= 2 and isinstance(path[1], int) and 0 <= path[1] < self.model.rowCount():
            field = path[2] if len(path) >= 3 else "name"
            column = COLUMNS.index(str(field)) if field in COLUMNS else 0
            self.rows.select_row(path[1], column)
        self.view.setFocus()
        return True

    # -- completions -----------------------------------------------------------

    def _load_completions(self) -> None:
        store = self.context.store
        if store is None:
            return

        def work(_task: object) -> dict[CompletionField, list[str]]:
            return {field: store.completions(field) for field in COMPLETED}

        self.context.operations.run(
            work,
            success=self._completions_loaded,
            failure=self._completions_failed,
            key="participants-completions",
        )

    def _completions_loaded(self, found: dict[CompletionField, list[str]]) -> None:
        self._stored = found
        self.status.hide()
        self._update_completions()

    def _completions_failed(self, error: BaseException) -> None:
        self.status.setText(
            _("Önceki taslaklardaki adlar yüklenemedi: {reason}").format(reason=error)
        )
        self.status.show()

    def _remember_release_words(self) -> None:
        items: list[Participant] = self.model.items()
        for field in COMPLETED:
            self._release_words[field] = [getattr(p, field) for p in items]
        self._update_completions()

    def _update_completions(self) -> None:
        for field in COMPLETED:
            seen: set[str] = set()
            words: list[str] = []
            for word in (*self._release_words[field], *self._stored[field]):
                key = fold(word.strip())
                if key and key not in seen:
                    seen.add(key)
                    words.append(word.strip())
            if words != self.completions[field].stringList():
                self.completions[field].setStringList(words)

    # -- edits -----------------------------------------------------------------

    def _edited(self) -> None:
        self._remember_release_words()
        self._emit_changed()

    def _set_manual_order(self, manual: bool) -> None:
        self._manual_order = manual
        self.order.setText(_(_ORDER_MANUAL) if manual else _(_ORDER_PROTOCOL))
        self.protocol_button.setEnabled(manual)

    def _protocol_order(self) -> None:
        self._set_manual_order(False)
        self._emit_changed()

    def _added(self, row: int) -> None:
        self.view.setFocus()
        self.view.edit(self.model.index(row, 0))
