"""What the status bar says about saving the open draft: saved, in conflict, or failed.

``SaveStatus`` is the label at the status bar's right end. It follows the
open ``DraftSession`` (``follow``): "Kaydedildi (n. sürüm)" after each save;
on a conflict it names the officer's revision and explains, in a box that
does not block, that both texts were kept; a failed save says why in the
status bar and that the edits stay open to be saved again.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from osbpress.errors import ConflictError
from osbpress.i18n import _
from ui.editor.session import DraftSession


class SaveStatus(QLabel):
    """The save state of ``window``'s open draft; see the module docstring."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(_("Depo açılıyor…"), window)
        self._window = window
        self._session: DraftSession | None = None
        window.statusBar().addPermanentWidget(self)

    def follow(self, session: DraftSession) -> None:
        """Show ``session``'s saves from now on, and no longer those of the draft before
        (whose last save, finishing in the background, is not this draft's revision)."""
        previous, self._session = self._session, session
        if previous is not None and previous is not session and shiboken6.isValid(previous):
            for signal, slot in (
                (previous.saved, self._saved),
                (previous.conflict, self._conflict),
                (previous.save_failed, self._failed),
            ):
                signal.disconnect(slot)
        self.setText("")
        session.saved.connect(self._saved)
        session.conflict.connect(self._conflict)
        session.save_failed.connect(self._failed)

    def _saved(self, revision: int) -> None:
        # The library follows within a second through the store watcher: at most one
        # refresh a second however fast autosaves come (a refresh re-reads every loaded row).
        self.setText(_("Kaydedildi ({revision}. sürüm)").format(revision=revision))

    def _conflict(self, error: ConflictError) -> None:
        self.setText(_("Çakışma: sizin metniniz {revision}. sürüm").format(revision=error.revision))
        box = QMessageBox(
            QMessageBox.Icon.Information,
            _("Aynı taslak başka yerde de kaydedildi"),
            str(error),
            QMessageBox.StandardButton.Ok,
            self._window,
        )
        box.setModal(False)
        box.show()

    def _failed(self, message: str) -> None:
        self.setText(_("Kaydedilemedi!"))
        self._window.statusBar().showMessage(
            _("{message} Değişiklikler açık; yeniden denenecek.").format(message=message), 15_000
        )
