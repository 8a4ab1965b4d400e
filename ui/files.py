"""Drafts in files: opening ``.osbpress`` bundles and loose JSON drafts, saving bundles.

Every file comes in through ``FileCommands.open_file``, however it arrived
("Aç…", a drop on the window, the OS handing one over on macOS). The
engine's ``import_file`` checks it completely in a worker and only then adds
it to the store as a new draft, so a refused file changes nothing; its
reason is shown as the engine wrote it. "Farklı kaydet…" writes the
open draft, photos included, with ``export_bundle``.

Dialogs are opened with ``open()``, never ``exec()``: the window stays live,
no event loop nests inside another, and a test answers the very dialog the
officer sees (``window.findChild(QFileDialog)``) instead of a stand-in.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDir, QEvent, QMimeData, QObject, QSettings, QStandardPaths, Qt, Signal
from PySide6.QtGui import QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from osbpress.bundle import export_bundle, import_file
from osbpress.i18n import N_, _
from osbpress.model import Release
from osbpress.store import DraftStore
from ui.errors import message_for
from ui.operations import Operations

BUNDLE_SUFFIX = ".osbpress"
OPENABLE_SUFFIXES = (BUNDLE_SUFFIX, ".json")
FOLDER_KEY = "files/folder"
OPEN_FILTERS = (
    N_("OSB Basın dosyaları (*.osbpress *.json)"),
    N_("OSB Basın paketi (*.osbpress)"),
    N_("JSON taslak (*.json)"),
)
SAVE_FILTER = N_("OSB Basın paketi (*.osbpress)")


def openable(path: Path) -> bool:
    """A file the app opens: a bundle or a JSON draft (by its suffix, in any case)."""
    return path.suffix.lower() in OPENABLE_SUFFIXES


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local ``.osbpress``/``.json`` files among what is dragged onto the window."""
    paths = (Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile())
    return [path for path in paths if openable(path)]


def bundle_path(chosen: str) -> Path:
    """The file to write for a name typed in the save dialog (``.osbpress`` added if missing)."""
    path = Path(chosen)
    return (
        path if path.suffix.lower() == BUNDLE_SUFFIX else path.with_name(path.name + BUNDLE_SUFFIX)
    )


def show_message(
    parent: QWidget,
    title: str,
    text: str,
    detail: str = "",
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
) -> QMessageBox:
    """A message box over ``parent`` that does not block (deleted once closed)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(detail)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class FileCommands(QObject):
    """Open, import and save drafts as files for one window; see the module docstring.

    Files offered before the store has opened (the OS hands one over at
    start) wait and are opened with it.
    """

    imported = Signal(str)
    """A file became the new draft with this id."""
    saved = Signal(Path)
    """The open draft was written to this bundle."""

    def __init__(self, window: QWidget, operations: Operations, settings: QSettings) -> None:
        super().__init__(window)
        self._window = window
        self._operations = operations
        self._settings = settings
        self._store: DraftStore | None = None
        self._waiting: list[Path] = []

    def accept_drops_on(self, window: QWidget) -> None:
        """Let ``window`` take ``.osbpress`` and ``.json`` files dropped on it."""
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragMoveEvent)  # a QDragEnterEvent is one too
            if dropped_files(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif event.type() == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            paths = dropped_files(event.mimeData())
            if paths:
                event.acceptProposedAction()
                for path in paths:
                    self.open_file(path)
                return True
        return super().eventFilter(watched, event)

    def set_store(self, store: DraftStore | None) -> None:
        self._store = store
        waiting, self._waiting = self._waiting, []
        for path in waiting:
            self.open_file(path)

    # -- opening -----------------------------------------------------------

    def ask_open(self) -> QFileDialog:
        """The "Aç…" command: choose a bundle or JSON draft to add to the store and open."""
        filters = ";;".join(_(name) for name in OPEN_FILTERS)
        dialog = self._dialog(_("Taslak aç"), filters, QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda chosen: self.open_file(Path(chosen)))
        dialog.open()
        return dialog

    def open_file(self, path: Path) -> None:
        """Import ``path`` as a new draft (in a worker); ``imported`` or a message follows."""
        store = self._store
        if store is None:
            self._waiting.append(path)
            return
        self._remember_folder(path)
        self._operations.run(
            lambda task: import_file(store, path),
            success=self.imported.emit,
            failure=lambda error: self._failed(
                _("Dosya açılamadı"), _("“{name}” açılamadı.").format(name=path.name), error
            ),
        )

    def _failed(self, title: str, text: str, error: BaseException) -> None:
        show_message(self._window, title, text, message_for(error))

    # -- saving ------------------------------------------------------------

    def ask_save(self, release: Callable[[], Release | None], stem: str) -> QFileDialog:
        """The "Farklı kaydet…" command: choose where to write ``release()`` (read once a file is chosen)."""
        dialog = self._dialog(_("Farklı kaydet"), _(SAVE_FILTER), QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(BUNDLE_SUFFIX.lstrip("."))
        dialog.selectFile(stem + BUNDLE_SUFFIX)

        def chosen(name: str) -> None:
            current = release()
            if current is not None:
                self.save_file(current, bundle_path(name))

        dialog.fileSelected.connect(chosen)
        dialog.open()
        return dialog

    def save_file(self, release: Release, path: Path) -> None:
        """Write ``release`` with its photos to bundle ``path`` (in a worker)."""
        store = self._store
        if store is None:
            return
        self._remember_folder(path)
        media = store.media_source()
        self._operations.run(
            lambda task: export_bundle(release, media, path),
            success=self.saved.emit,
            failure=lambda error: self._failed(
                _("Dosya kaydedilemedi"), _("“{name}” yazılamadı.").format(name=path.name), error
            ),
        )

    # -- helpers -----------------------------------------------------------

    def _dialog(self, title: str, filters: str, mode: QFileDialog.AcceptMode) -> QFileDialog:
        dialog = QFileDialog(self._window, title, self._folder(), filters)
        dialog.setAcceptMode(mode)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog

    def _folder(self) -> str:
        folder = self._settings.value(FOLDER_KEY)
        if isinstance(folder, str) and Path(folder).is_dir():
            return folder
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return documents or QDir.homePath()

    def _remember_folder(self, path: Path) -> None:
        self._settings.setValue(FOLDER_KEY, str(path.parent))
