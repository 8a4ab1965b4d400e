"""The main window: draft library on the left, the editor in the centre, preview and checks right.

The window owns no engine logic and no store work of its own: it opens the
store in a worker (``ui.startup``), lays out the library, the editor and
the review pane (``ui.review``: preview and checklist), feeds every edit of
the open draft to the draft pipeline (``ui.pipeline``), whose snapshots
those views show and export and copy write, builds the menus
and routes their commands: the draft commands (open, new, duplicate, trash,
history) to ``ui.commands``, the file commands to ``ui.files``, and the
settings and About dialogs. Saves made elsewhere reach the library through
``ui.library.watch``, the open draft's save state the status bar through
``ui.save_status``. All its signal wiring is in ``_connect_signals``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMainWindow,
    QSplitter,
)

from osbpress.export import stem_for
from osbpress.i18n import _
from osbpress.model import Profile
from osbpress.store import DraftStore, backup_if_due
from ui.commands import DraftCommands
from ui.context import AppContext, Change
from ui.dialogs.about import AboutDialog
from ui.dialogs.history import HistoryDialog
from ui.editor.session import DraftSession
from ui.files import FileCommands, show_message
from ui.forms.workspace import EditorWorkspace
from ui.library.panel import LibraryPanel
from ui.library.watch import StoreWatcher
from ui.operations import Operations
from ui.outgoing import Outgoing
from ui.pipeline import DraftPipeline
from ui.preview.controller import PreviewResult
from ui.review import ReviewPane
from ui.save_status import SaveStatus
from ui.settings.dialog import SettingsDialog
from ui.startup import Opened, open_store

# The commands that need an open draft.
_DRAFT_ACTIONS = ("save", "save_file", "history", "export", "copy", "copy_wp")


def history_keys(platform: str = sys.platform) -> str:
    """Geçmiş's shortcut: Ctrl+H, but ⌘Y on macOS, where ⌘H hides the app (as in Safari)."""
    return "Ctrl+Y" if platform == "darwin" else "Ctrl+H"


class MainWindow(QMainWindow):
    """One window over one store; ``start`` opens the store after the window is shown."""

    store_opened = Signal()
    preview_shown = Signal()
    """The preview shows a render of the open draft (the screenshot waits for it)."""

    def __init__(self, operations: Operations, settings: QSettings) -> None:
        super().__init__()
        self.setWindowTitle("OSB Basın")
        self.setAccessibleName(_("OSB Basın ana pencere"))
        self._operations = operations
        self._settings = settings
        self.context = AppContext(operations, self)
        self.pipeline = DraftPipeline(operations, self)
        self.library = LibraryPanel(operations, self)
        self.editor = EditorWorkspace(self.context, self.pipeline, self)
        self.commands = DraftCommands(self, operations, self.context, self.editor, self.pipeline)
        self.review = ReviewPane(operations, self.pipeline, self)
        self.preview = self.review.preview
        self.previewer = self.review.previewer
        self.checks = self.review.checks
        self.outgoing = Outgoing(self, operations, settings, self.pipeline, self.editor)
        self.files = FileCommands(self, operations, settings)
        self.files.accept_drops_on(self)
        self._splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for part in (self.library, self.editor, self.review):
            self._splitter.addWidget(part)
        self._splitter.setStretchFactor(1, 3)
        self._splitter.setStretchFactor(2, 3)
        self.setCentralWidget(self._splitter)
        self._save_status = SaveStatus(self)
        self._watcher = StoreWatcher(operations, self)
        self._actions = self._build_actions()
        self._restore_layout()
        self._connect_signals()

    # -- building ------------------------------------------------------------

    def _build_actions(self) -> dict[str, QAction]:
        specs: list[tuple[str, str, QKeySequence.StandardKey | str, Callable[[], object]]] = [
            ("new", _("&Yeni taslak"), QKeySequence.StandardKey.New, self.commands.new_draft),
            ("open", _("&Aç…"), QKeySequence.StandardKey.Open, self.files.ask_open),
            (
                "save",
                _("Sürüm olarak &kaydet"),
                QKeySequence.StandardKey.Save,
                self.commands.save_now,
            ),
            ("save_file", _("&Farklı kaydet…"), QKeySequence.StandardKey.SaveAs, self._save_file),
            ("history", _("&Geçmiş…"), history_keys(), self.show_history),
            ("export", _("&Dışa aktar…"), "Ctrl+E", self.outgoing.export),
            (
                "copy",
                _("HTML’yi &kopyala"),
                "Ctrl+Shift+C",
                lambda: self.outgoing.copy(wordpress=False),
            ),
            (
                "copy_wp",
                _("WordPress &bloklarını kopyala"),
                "",
                lambda: self.outgoing.copy(wordpress=True),
            ),
            (
                "search",
                _("Taslaklarda &ara"),
                QKeySequence.StandardKey.Find,
                self.library.focus_search,
            ),
            ("settings", _("&Ayarlar…"), "Ctrl+,", self.show_settings),
            ("about", _("OSB Basın &hakkında"), "", self._show_about),
            ("quit", _("Çı&kış"), QKeySequence.StandardKey.Quit, self.close),
        ]
        actions: dict[str, QAction] = {}
        for name, text, keys, slot in specs:
            action = QAction(text, self)
            if keys:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            actions[name] = action
        file_menu = self.menuBar().addMenu(_("&Dosya"))
        for name in ("new", "open", "save", "save_file", "history", "export", "copy", "copy_wp"):
            file_menu.addAction(actions[name])
        file_menu.addSeparator()
        file_menu.addAction(actions["quit"])
        edit_menu = self.menuBar().addMenu(_("&Düzen"))
        edit_menu.addAction(actions["search"])
        edit_menu.addSeparator()
        edit_menu.addAction(actions["settings"])
        actions["settings"].setMenuRole(QAction.MenuRole.PreferencesRole)
        actions["about"].setMenuRole(QAction.MenuRole.AboutRole)
        pages_menu = self.menuBar().addMenu(_("&Sayfalar"))
        for index, page in enumerate(self.editor.pages):
            action = QAction(page.title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self._show_page(i))
            pages_menu.addAction(action)
        self.menuBar().addMenu(_("&Yardım")).addAction(actions["about"])
        toolbar = self.addToolBar(_("Araçlar"))
        toolbar.setObjectName("araclar")
        for name in ("new", "save", "export", "copy"):
            toolbar.addAction(actions[name])
        actions["save_file"].setToolTip(_("Taslağı fotoğraflarıyla bir .osbpress dosyasına kaydet"))
        for name in _DRAFT_ACTIONS:
            actions[name].setEnabled(False)
        # A one-line field takes some of these keys for itself first (on Linux, Ctrl+E
        # is "end of line" in a QLineEdit): the window's commands win over that.
        self._command_keys = {
            action.shortcut().toString() for action in actions.values() if action.shortcut()
        }
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        return actions

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(watched, QLineEdit)
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination()).toString() in self._command_keys
            and watched.window() is self
        ):
            event.ignore()  # not taken by the field: the shortcut fires
            return True
        return super().eventFilter(watched, event)

    def _connect_signals(self) -> None:
        self.library.draft_selected.connect(self.open_draft)
        self.library.new_requested.connect(self.commands.new_draft)
        self.library.duplicate_requested.connect(self.commands.duplicate)
        self.library.trash_requested.connect(self.commands.trash)
        self.commands.session_changed.connect(self._session_changed)
        self.commands.message.connect(self.statusBar().showMessage)
        self.previewer.rendered.connect(self._preview_rendered)
        self.outgoing.message.connect(self.statusBar().showMessage)
        self.review.field_requested.connect(self.editor.focus_field)
        self.context.profile_changed.connect(self._draft_edited)
        self.files.imported.connect(self.commands.imported)
        self.files.saved.connect(
            lambda path: self.statusBar().showMessage(
                _("“{name}” dosyasına kaydedildi.").format(name=path.name), 8000
            )
        )
        self.context.store_ready.connect(self._store_changed)
        self.context.changed.connect(self._changed)
        self._watcher.changed.connect(
            lambda: self.context.announce(
                Change(drafts=True, trash=True, revisions=True, elsewhere=True)
            )
        )

    def _restore_layout(self) -> None:
        geometry = self._settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 720)
        sizes = self._settings.value("window/splitter")
        if sizes is None or not self._splitter.restoreState(sizes):
            self._splitter.setSizes([260, 480, 540])

    # -- store ---------------------------------------------------------------

    @property
    def store(self) -> DraftStore | None:
        return self.context.store

    def start(self, path: Path, file: Path | None = None) -> None:
        """Open the store at ``path`` in a worker; the window stays responsive meanwhile."""
        self._operations.run(lambda task: open_store(path, file), success=self._opened)
        self.previewer.warm_up()  # the cold first render, paid while the store opens

    def _opened(self, opened: Opened) -> None:
        store = opened.store
        self.context.set_profile(opened.profile)
        self.context.set_store(store)  # the library, the files and the watcher follow
        self._save_status.setText("")
        for message in (opened.recovery and opened.recovery.message, opened.import_problem):
            if message:
                show_message(self, "OSB Basın", message)
        if opened.open_id is not None:
            self.open_draft(opened.open_id)
            self.library.select(opened.open_id)
        self._operations.run(lambda task: backup_if_due(store.path), failure=self._backup_failed)
        self.store_opened.emit()

    def _store_changed(self) -> None:
        store = self.context.store
        self.library.set_store(store)
        self.files.set_store(store)
        self._watcher.watch(store)  # its starting token is read in a worker

    def _changed(self, change: Change) -> None:
        """Every view that shows store data follows what a store operation changed."""
        if change.drafts or change.trash:
            self.library.refresh(select=change.select)
        if change.revisions and change.elsewhere and self.history is not None and self.session:
            self.history.reload(self.session.release)

    def _backup_failed(self, error: BaseException) -> None:
        self.statusBar().showMessage(
            _("Günlük yedek alınamadı: {reason}").format(reason=error), 10_000
        )

    # -- drafts ----------------------------------------------------------------

    @property
    def session(self) -> DraftSession | None:
        return self.commands.session

    @property
    def history(self) -> HistoryDialog | None:
        """The open "Geçmiş" dialog, if any."""
        return self.commands.history

    def open_draft(self, draft_id: str) -> None:
        """Open ``draft_id`` in the editor; it is read in a worker and shown when read."""
        self.commands.open_draft(draft_id)

    def show_history(self) -> None:
        """Geçmiş…: the dialog opens once the open text is saved (``history`` then)."""
        self.commands.show_history()

    def open_file(self, path: Path) -> None:
        """Add a ``.osbpress`` or JSON file as a new draft and open it (or say why not)."""
        self.files.open_file(path)

    def _session_changed(self) -> None:
        session = self.session
        for name in _DRAFT_ACTIONS:
            self._actions[name].setEnabled(session is not None)
        self.pipeline.clear()  # nothing the last draft's texts said is current any more
        if session is None:
            return
        session.edited.connect(self._draft_edited)
        saved = Change(drafts=True, revisions=True)
        session.saved.connect(lambda _revision: self.context.announce(saved))
        session.conflict.connect(lambda _error: self.context.announce(saved))
        self._save_status.follow(session)
        self._draft_edited()

    def _save_file(self) -> None:
        session = self.session
        if session is not None:
            self.files.ask_save(self.commands.current_release, stem_for(session.release))

    def _draft_edited(self) -> None:
        session = self.session
        store = self.context.store
        if session is not None and store is not None:
            self.pipeline.submit(session.release, self.context.profile, store.media_source())

    def _preview_rendered(self, result: PreviewResult) -> None:
        self.preview.show_result(result)
        self.preview_shown.emit()

    # -- commands --------------------------------------------------------------

    def _show_page(self, index: int) -> None:
        self.editor.setCurrentIndex(index)
        self.editor.currentWidget().setFocus()

    def show_settings(self) -> SettingsDialog:
        """The "Ayarlar…" command: profile, house style, export defaults, language."""
        dialog = SettingsDialog(self.context, self._settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.profile_saved.connect(self._profile_saved)
        dialog.open()
        return dialog

    def _profile_saved(self, profile: Profile) -> None:
        self.context.set_profile(profile)  # profile_changed re-renders the open draft
        self.statusBar().showMessage(_("Ayarlar kaydedildi."), 5000)

    def _show_about(self) -> None:
        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.commands.finish()
        store = self.context.store
        self.context.set_store(None)  # every part lets go of it
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/splitter", self._splitter.saveState())
        self._settings.sync()
        if store is not None:
            store.close()
        super().closeEvent(event)
