"""The library's trash view ("Çöp kutusu"): its switch and its two commands.

These run in the library itself, as they touch no open draft. "Geri al"
takes the selected draft out of the trash and leaves the trash view
(``restored``: the panel then shows the list of drafts with it selected
and asks for it to be opened). "Kalıcı sil" asks first (a message box
opened with ``open()``, so nothing blocks) and then deletes the draft with
every revision through ``DraftStore.purge`` (``purged``).

The commands serve their owner without knowing it: the panel hands them
two questions to ask (``store()``, and ``selection()``: the trashed draft
selected and its headline) and listens to what they say (``restored``,
``purged``, ``message``, ``busy_changed``). Both store writes run in a
worker (``Operations``): a store another window holds locked would
otherwise freeze this one until it lets go. While one runs, both commands
are disabled, so a second press cannot act on a draft the first already
moved; a failure is said through ``message`` in Turkish.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from osbpress.i18n import N_, _
from osbpress.store import DraftStore
from ui.library.toolbar import make_action
from ui.operations import Operations

UNTITLED = N_("Başlıksız taslak")


class TrashCommands(QObject):
    """The trash view's switch and actions, placed on ``panel``; see the module docstring.

    ``selection()`` is the selected draft's id and headline while the trash is
    shown, else None; ``store()`` the store, None once it has closed.
    """

    restored = Signal(str)
    """The draft with this id is out of the trash, and the switch is off."""
    purged = Signal(str)
    """The draft with this id is gone for good."""
    message = Signal(str)
    """What the last command did, or why it failed, for the line under the list."""
    busy_changed = Signal()

    def __init__(
        self,
        panel: QWidget,
        operations: Operations,
        store: Callable[[], DraftStore | None],
        selection: Callable[[], tuple[str, str] | None],
    ) -> None:
        super().__init__(panel)
        self._panel = panel
        self._operations = operations
        self._store = store
        self._selection = selection
        self._busy = False
        # The filter bar follows the switch (``ui.library.filters``).
        self.view_action = QAction(_("Çöp kutusu"), panel)
        self.view_action.setToolTip(_("Çöpe taşınan taslakları göster"))
        self.view_action.setCheckable(True)
        self.restore_action = make_action(
            panel, _("Geri al"), _("Seçili taslağı çöp kutusundan çıkar"), self.restore
        )
        self.purge_action = make_action(
            panel,
            _("Kalıcı sil"),
            _("Seçili taslağı bütün sürümleriyle birlikte kalıcı olarak sil (geri alınamaz)"),
            self.ask_purge,
        )
        self.purge_action.setShortcut(QKeySequence("Shift+Delete"))
        self.purge_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

    @property
    def shown(self) -> bool:
        """The list shows the trash."""
        return self.view_action.isChecked()

    def update_state(self, *, trash_view: bool, selected: bool) -> None:
        for action in (self.restore_action, self.purge_action):
            action.setVisible(trash_view)
            action.setEnabled(selected and not self._busy)

    def _chosen(self) -> tuple[DraftStore, str, str] | None:
        """The store, the selected trashed draft and its title; None if there is none."""
        store, selected = self._store(), self._selection()
        if store is None or selected is None or self._busy:
            return None
        draft_id, headline = selected
        return store, draft_id, headline or _(UNTITLED)

    def _run(self, work: Callable[[], None], done: Callable[[], None]) -> None:
        """Run a store write in a worker, the commands disabled until it ends."""
        self._busy = True
        self.busy_changed.emit()

        def ended() -> None:
            self._busy = False
            self.busy_changed.emit()

        self._operations.run(
            lambda task: work(),
            success=lambda _result: done(),
            failure=lambda error: self.message.emit(str(error)),
            ended=ended,
        )

    def restore(self) -> None:
        """ "Geri al": out of the trash, then shown and opened in the list of drafts."""
        if (chosen := self._chosen()) is None:
            return
        store, draft_id, title = chosen

        def restored() -> None:
            self.view_action.setChecked(False)
            self.message.emit(_("“{title}” çöp kutusundan geri alındı.").format(title=title))
            self.restored.emit(draft_id)

        self._run(lambda: store.restore(draft_id), restored)

    def ask_purge(self) -> QMessageBox | None:
        """Ask before deleting the selected trashed draft for good; the box is returned."""
        if (chosen := self._chosen()) is None:
            return None
        _store, draft_id, title = chosen
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            _("Kalıcı sil"),
            _("“{title}” bütün sürümleriyle birlikte kalıcı olarak silinsin mi?").format(
                title=title
            ),
            QMessageBox.StandardButton.NoButton,
            self._panel,
        )
        box.setInformativeText(_("Bu işlem geri alınamaz."))
        purge = box.addButton(_("Kalıcı sil"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(_("Vazgeç"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        purge.clicked.connect(lambda: self._purge(draft_id, title))
        box.open()
        return box

    def _purge(self, draft_id: str, title: str) -> None:
        store = self._store()
        if store is None or self._busy:
            return

        def purged() -> None:
            self.message.emit(_("“{title}” kalıcı olarak silindi.").format(title=title))
            self.purged.emit(draft_id)

        self._run(lambda: store.purge(draft_id), purged)
