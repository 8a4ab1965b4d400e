"""The draft library: the left side of the main window, where the officer finds a draft.

A search box (searched as the officer types, with Turkish folding, by the
store), a kind filter, the drafts in a sortable table, and the commands
"Yeni taslak", "Çoğalt", "Çöpe taşı" in a toolbar and a context menu.

Who does what: the panel only *asks* for new, duplicate and trash
(``new_requested``, ``duplicate_requested``, ``trash_requested``); the
window's draft commands (``ui.commands``) do the store work, because they
own the open draft (its last edits are saved before copying, the draft
trashed is closed), then call ``refresh(select=id)``. The trash view's
commands, which touch no open draft, are the panel's own
(``ui.library.trash``).

The model reads the store in a worker, so ``refresh``, ``select`` and a
new filter return at once and the rows follow: the selection is put back
(or moved to the draft asked for) when they arrive. ``draft_selected``
fires when the officer chooses a different draft (click, keyboard, context
menu); ``select`` and ``refresh`` never fire it. Drafts in the trash view
are not opened: selecting them only enables "Geri al".
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from osbpress.i18n import N_, _
from osbpress.store import DraftStore
from ui.library.filters import FilterBar
from ui.library.model import DraftTableModel
from ui.library.proxy import DraftSortProxy
from ui.library.toolbar import command_toolbar, context_menu, make_action
from ui.library.trash import TrashCommands
from ui.library.view import DraftTableView
from ui.operations import Operations

_EMPTY_STORE = N_("Henüz taslak yok.\n“Yeni taslak” ile ilk bülteninizi başlatın.")
_NO_MATCH = N_("Aramanıza uyan taslak yok.")
_EMPTY_TRASH = N_("Çöp kutusu boş.")
_OPENING = N_("Taslaklar yükleniyor…")


class LibraryPanel(QWidget):
    """The draft list with its search, filter and commands; see the module docstring."""

    draft_selected = Signal(str)
    new_requested = Signal()
    duplicate_requested = Signal(str)
    trash_requested = Signal(str)
    draft_restored = Signal(str)
    draft_purged = Signal(str)

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(_("Taslak kitaplığı"))
        self._chosen: str | None = None
        self._quiet = False
        self._held = False  # the model is putting a read's rows in
        self._listed = False  # the store's first rows have arrived
        self._model = DraftTableModel(operations, self)
        self._trash = TrashCommands(self, operations, lambda: self.store, self._trashed_selection)
        self._proxy = DraftSortProxy(self._model, self)
        self._build_actions()
        self._build_widgets()
        self._connect_signals()
        self.update_state()

    # -- building ------------------------------------------------------------

    def _build_actions(self) -> None:
        self.new_action = make_action(
            self, _("Yeni taslak"), _("Boş bir taslak başlat"), self.new_requested.emit
        )
        self.duplicate_action = make_action(
            self, _("Çoğalt"), _("Seçili taslağın bir kopyasını oluştur"), self._request_duplicate
        )
        self.trash_action = make_action(
            self,
            _("Çöpe taşı"),
            _("Seçili taslağı çöp kutusuna taşı (geri alınabilir)"),
            self._request_trash,
        )
        self.trash_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.trash_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.restore_action = self._trash.restore_action
        self.purge_action = self._trash.purge_action
        self.trash_view_action = self._trash.view_action
        self._commands = (
            self.new_action,
            self.duplicate_action,
            self.trash_action,
            self.restore_action,
            self.purge_action,
        )

    def _build_widgets(self) -> None:
        self._toolbar = command_toolbar(self._commands, self)
        self._filters = FilterBar(self.trash_view_action, self)

        self._view = DraftTableView(self._proxy, self)
        self._view.addAction(self.trash_action)
        self._view.addAction(self.purge_action)

        self._empty = QLabel(_(_OPENING), self)
        self._empty.setAccessibleName(_("Taslak listesi boş"))
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._view)
        self._stack.addWidget(self._empty)

        self._status = QLabel(self)
        self._status.setAccessibleName(_("Taslak kitaplığı durumu"))
        self._status.setWordWrap(True)
        self._status.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._toolbar)
        layout.addWidget(self._filters)
        layout.addWidget(self._stack, 1)
        layout.addWidget(self._status)
        QWidget.setTabOrder(self._filters.last, self._view)

    def _connect_signals(self) -> None:
        self._filters.changed.connect(self.apply_filter)
        self._filters.into_list.connect(self._enter_list)
        self._view.selectionModel().selectionChanged.connect(self._selection_changed)
        self._view.customContextMenuRequested.connect(self._show_context_menu)
        self._view.horizontalHeader().sortIndicatorChanged.connect(self._load_all_if_sorted)
        self._model.failed.connect(self.show_message)
        self._model.loaded.connect(self._loaded)
        self._model.changing.connect(self._model_changing)
        self._model.rowsInserted.connect(self.update_state)
        self._model.rowsRemoved.connect(self.update_state)
        self._model.modelReset.connect(self.update_state)
        self._trash.busy_changed.connect(self.update_state)
        self._trash.message.connect(self.show_message)
        self._trash.restored.connect(self._restored)
        self._trash.purged.connect(self._purged)

    # -- public --------------------------------------------------------------

    def set_store(self, store: DraftStore | None) -> None:
        """Show the drafts of ``store`` (None until the store has opened)."""
        self._listed = False
        with self._quietly():
            self._model.set_store(store)
        self._load_all_if_sorted()
        self.update_state()

    @property
    def store(self) -> DraftStore | None:
        return self._model.store

    @property
    def loading(self) -> bool:
        """The list is being read (rows, or the selection asked for, may still change)."""
        return self._model.loading

    @property
    def trash_shown(self) -> bool:
        return self._model.trashed

    def refresh(self, select: str | None = None) -> None:
        """Read the drafts again (after a save, here or elsewhere), keeping the selection.

        ``select`` makes that draft the selected one (without ``draft_selected``),
        once the rows have arrived.
        """
        if select is not None:
            self._chosen = select
        self._model.refresh()
        self._reselect()

    def select(self, draft_id: str) -> bool:
        """Select ``draft_id`` without ``draft_selected``; False if it is not loaded yet.

        Pages are then read until it is found, and it is selected when they arrive.
        """
        self._chosen = draft_id
        row = self._model.fetch_until(draft_id)
        with self._quietly():
            selection = self._view.selectionModel()
            if row < 0:
                selection.clearSelection()
                return False
            index = self._proxy.mapFromSource(self._model.index(row, 0))
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            selection.setCurrentIndex(index, flags)
            self._view.scrollTo(index)
        return True

    def show_drafts(self, select: str) -> None:
        """Leave the trash view for the list of drafts, with ``select`` selected."""
        self._chosen = select
        self.apply_filter()

    def headline_of(self, draft_id: str) -> str:
        """The listed headline of a loaded draft ("" when it has none or is not loaded)."""
        row = self._model.row_of(draft_id)
        return self._model.summary(row).headline if row >= 0 else ""

    def focus_search(self) -> None:
        self._filters.focus_search()

    def current_id(self) -> str | None:
        """The selected draft's id, or None."""
        rows = self._view.selectionModel().selectedRows()
        if not rows:
            return None
        return self._model.summary(self._proxy.mapToSource(rows[0]).row()).id

    def show_message(self, text: str) -> None:
        """A line under the list (what the last command did, or why it failed)."""
        self._status.setText(text)
        self._status.setVisible(bool(text))

    # -- filtering -----------------------------------------------------------

    def apply_filter(self) -> None:
        """Read the drafts matching the search, the kind and the trash switch (in a worker)."""
        with self._quietly():
            self._model.set_filter(
                self._filters.query(), self._filters.kind(), trashed=self._trash.shown
            )
        self.update_state()

    def _load_all_if_sorted(self) -> None:
        """Sorting other than the store's own order needs every matching draft loaded."""
        self._model.set_load_all(not self._view.in_store_order())

    def _loaded(self) -> None:
        self._listed = True
        self._reselect()

    def _reselect(self) -> None:
        """After a reload, select the chosen draft again, or nothing if it is not listed.

        Qt moves the selection to a neighbour when the selected row goes away
        (trashed here or in another window); that neighbour is not the open
        draft, so the selection is cleared instead.
        """
        if self.current_id() != self._chosen:
            if self._chosen is not None and self._model.row_of(self._chosen) >= 0:
                self.select(self._chosen)
            else:
                with self._quietly():
                    self._view.selectionModel().clearSelection()
        self.update_state()

    # -- commands ------------------------------------------------------------

    def _request_duplicate(self) -> None:
        if (draft_id := self.current_id()) is not None:
            self.duplicate_requested.emit(draft_id)

    def _request_trash(self) -> None:
        if (draft_id := self.current_id()) is not None and not self._model.trashed:
            self.trash_requested.emit(draft_id)

    def _trashed_selection(self) -> tuple[str, str] | None:
        """The selected draft and its headline, for the trash commands (trash view only)."""
        draft_id = self.current_id()
        if draft_id is None or not self.trash_shown:
            return None
        return draft_id, self.headline_of(draft_id)

    def _restored(self, draft_id: str) -> None:
        """Out of the trash: the list of drafts with it selected, and it is opened."""
        self.show_drafts(select=draft_id)
        self.draft_selected.emit(draft_id)
        self.draft_restored.emit(draft_id)

    def _purged(self, draft_id: str) -> None:
        self.refresh()
        self.draft_purged.emit(draft_id)

    def _show_context_menu(self, position: QPoint) -> None:
        index = self._view.indexAt(position)
        if index.isValid():
            self._view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        menu = context_menu(self._commands, self)
        menu.popup(self._view.viewport().mapToGlobal(position))

    # -- state ---------------------------------------------------------------

    def _selection_changed(self) -> None:
        self.update_state()
        draft_id = self.current_id()
        quiet = self._quiet or self._held
        if quiet or self._model.trashed or draft_id is None or draft_id == self._chosen:
            return
        self._chosen = draft_id
        self.draft_selected.emit(draft_id)

    def update_state(self) -> None:
        """Enable the commands that apply and show the list or the hint for an empty one."""
        trash_view = self._model.trashed
        has_store = self._model.store is not None
        selected = self.current_id() is not None
        self.new_action.setVisible(not trash_view)
        self.new_action.setEnabled(has_store)
        for action in (self.duplicate_action, self.trash_action):
            action.setVisible(not trash_view)
            action.setEnabled(selected)
        self._trash.update_state(trash_view=trash_view, selected=selected)
        if self._model.rowCount() > 0:
            self._stack.setCurrentWidget(self._view)
            return
        if not has_store or not self._listed:
            hint = _OPENING
        elif trash_view:
            hint = _EMPTY_TRASH
        elif self._model.query or self._model.kind:
            hint = _NO_MATCH
        else:
            hint = _EMPTY_STORE
        self._empty.setText(_(hint))
        self._stack.setCurrentWidget(self._empty)

    def _model_changing(self, changing: bool) -> None:
        """Qt moves the selection off removed rows: no choice of the officer's
        (``_reselect`` puts the right one back once the rows are in)."""
        self._held = changing

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        """Selection changes made by the program, not the officer: no ``draft_selected``."""
        quiet, self._quiet = self._quiet, True
        try:
            yield
        finally:
            self._quiet = quiet

    def _enter_list(self) -> None:
        """Down in the search box: into the list, on its first row if none is selected."""
        if self._proxy.rowCount() > 0:
            self._view.setFocus(Qt.FocusReason.TabFocusReason)
            if self.current_id() is None:
                self._view.selectRow(0)
