"""The open draft: its current text, the revision it started from, and autosave.

Pages hand every edit to ``DraftSession.update``; the session keeps the
newest ``Release`` and saves it through ``DraftStore.save`` with the
revision it was loaded from, so a save made elsewhere in between becomes a
conflict with both texts kept. Saving is on the main thread on purpose: a
save takes a few milliseconds (p99 4 ms in ``make bench``), and doing it
here means no edit can slip between a snapshot and its save.

When to save: half a second after typing pauses, and at the latest one
second after the first unsaved edit however fast the officer types, so a
killed process loses at most the last second. ``flush()`` saves at once
(switching drafts, closing, quitting).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from osbpress.errors import ConflictError, OsbPressError
from osbpress.model import Release
from osbpress.store import DraftStore

PAUSE_MS = 500
MAX_UNSAVED_MS = 1000


class DraftSession(QObject):
    """One open draft of ``store``; see the module docstring."""

    edited = Signal()
    """The release changed (the preview and the other pages follow)."""
    saved = Signal(int)
    """A save stored revision ``n`` (or found the text unchanged at ``n``)."""
    conflict = Signal(object)
    """A ``ConflictError``: saved as the new head, the other text kept before it."""
    save_failed = Signal(str)
    """A Turkish message: the save did not happen (full disk, …); edits are kept to retry."""

    def __init__(
        self,
        store: DraftStore,
        draft_id: str,
        release: Release,
        revision: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self.draft_id = draft_id
        self._release = release
        self._revision = revision
        self._dirty = False
        self._pause = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._deadline = QTimer(self, singleShot=True, interval=MAX_UNSAVED_MS)
        self._pause.timeout.connect(self.flush)
        self._deadline.timeout.connect(self.flush)

    @classmethod
    def open(cls, store: DraftStore, draft_id: str, parent: QObject | None = None) -> DraftSession:
        stored = store.get(draft_id)
        return cls(store, draft_id, stored.release, stored.revision, parent)

    @property
    def release(self) -> Release:
        return self._release

    @property
    def revision(self) -> int:
        """The revision this window's text builds on."""
        return self._revision

    @property
    def dirty(self) -> bool:
        return self._dirty

    def update(self, release: Release) -> None:
        """Take ``release`` as the current text; saved soon (see module docstring)."""
        if release == self._release:
            return
        self._release = release
        self._dirty = True
        self._pause.start()
        if not self._deadline.isActive():
            self._deadline.start()
        self.edited.emit()

    def flush(self) -> bool:
        """Save now if anything is unsaved; False if the save failed."""
        self._pause.stop()
        self._deadline.stop()
        if not self._dirty:
            return True
        return self._save()

    def save_now(self, note: str = "") -> bool:
        """Save at once as a revision named ``note`` (Ctrl+S); False on failure.

        An unchanged text adds no revision: the current one gets the name.
        """
        self._pause.stop()
        self._deadline.stop()
        self._dirty = True
        return self._save(note)

    def _save(self, note: str = "") -> bool:
        try:
            self._revision = self._store.save(
                self.draft_id, self._release, base_revision=self._revision, note=note
            )
        except ConflictError as error:
            self._revision = error.revision
            self._dirty = False
            self.conflict.emit(error)
            return True
        except OsbPressError as error:
            # Keep the edits and try again on the next pause.
            self.save_failed.emit(str(error))
            return False
        self._dirty = False
        self.saved.emit(self._revision)
        return True
