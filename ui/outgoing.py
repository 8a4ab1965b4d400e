"""What leaves the window: export and copy of exactly the text on screen.

``Outgoing`` is the window's "Dışa aktar" and "HTML’yi kopyala". Both wait
for the draft pipeline's snapshot of the text as it is now (an edit still
held by a table cell is handed over first); when that takes longer than
100 ms a "Son değişiklikler hazırlanıyor…" window says so. They never write
an older text: a text that cannot be composed is refused with the reason,
and the field at fault is shown. A bug that ends the composition leaves
nobody waiting (the pipeline's ``abandoned``; the error hook reports it).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from osbpress.export import stem_for
from osbpress.i18n import _
from ui.checks.confirm import confirm_then
from ui.clipboard import copy_in_background
from ui.dialogs.export import ExportDialog
from ui.files import show_message
from ui.forms.workspace import EditorWorkspace
from ui.operations import Operations
from ui.pipeline import DraftPipeline, Snapshot


class Outgoing(QObject):
    """Export and copy for one window; see the module docstring."""

    message = Signal(str, int)
    """A line for the status bar and how long to show it (ms)."""

    def __init__(
        self,
        window: QWidget,
        operations: Operations,
        settings: QSettings,
        pipeline: DraftPipeline,
        editor: EditorWorkspace,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._operations = operations
        self._settings = settings
        self._pipeline = pipeline
        self._editor = editor
        self._waiting: QProgressDialog | None = None
        pipeline.abandoned.connect(self._stop_waiting)

    def export(self) -> None:
        """Dışa aktar: the text on screen, as soon as its snapshot is out."""
        self._when_current(self._export_snapshot)

    def copy(self, *, wordpress: bool) -> None:
        """HTML’yi kopyala: the text on screen, as soon as its snapshot is out."""

        def put(snapshot: Snapshot) -> None:
            if snapshot.document is None:
                self._refuse(snapshot, _("HTML kopyalanamadı"))
                return
            copy_in_background(
                self._operations,
                snapshot.document,
                wordpress=wordpress,
                done=lambda: self.message.emit(_("HTML panoya kopyalandı."), 5000),
            )

        self._when_current(put)

    def _export_snapshot(self, snapshot: Snapshot) -> None:
        document = snapshot.document
        if document is None:
            self._refuse(snapshot, _("Bülten dışa aktarılamadı"))
            return
        stem = stem_for(snapshot.release)

        def open_dialog() -> None:
            dialog = ExportDialog(document, stem, self._operations, self._settings, self._window)
            dialog.open()

        confirm_then(list(snapshot.findings), self._window, open_dialog)

    def _when_current(self, then: Callable[[Snapshot], None]) -> None:
        if self._editor.draft is None:
            return
        self._editor.commit_pending()
        if self._pipeline.current() is None and self._waiting is None:
            waiting = self._waiting = QProgressDialog(
                _("Son değişiklikler hazırlanıyor…"), "", 0, 0, self._window
            )
            waiting.setCancelButton(None)
            waiting.setMinimumDuration(100)
            waiting.setWindowModality(Qt.WindowModality.WindowModal)

        def ready(snapshot: Snapshot) -> None:
            self._stop_waiting()
            then(snapshot)

        self._pipeline.when_current(ready)

    def _stop_waiting(self) -> None:
        if self._waiting is not None:
            self._waiting.close()
            self._waiting.deleteLater()
            self._waiting = None

    def _refuse(self, snapshot: Snapshot, title: str) -> None:
        """Say why the text on screen cannot go out, and show the field at fault."""
        show_message(
            self._window,
            title,
            _("Bülten şu anki haliyle oluşturulamıyor: {reason}").format(reason=snapshot.error),
        )
        if snapshot.error_field:
            self._editor.focus_field(snapshot.error_field)
