"""The open draft: its current text, the revision it started from, and autosave.

Pages hand every edit to ``DraftSession.update``; the session keeps the
newest ``Release`` and saves it through ``DraftStore.save`` with the
revision it was loaded from, so a save made elsewhere in between becomes a
conflict with both texts kept.

When to save: half a second after typing pauses, and at the latest one
second after the first unsaved edit however fast the officer types, so a
killed process loses at most the last second. Those autosaves run on one
saver thread of the session's own (a save waits for the disk: 80–210 ms
measured while a preview renders, too long to type through); saves happen
one after another there, so each builds on the revision the previous one
made. ``save_then()`` saves at once on that thread and calls back on the
main thread when done (Ctrl+S, Geçmiş, Farklı kaydet), so a store another
program holds locked delays the command, never the window; ``flush()`` and
``save_now()`` save and wait (quitting, scripts); ``close_later()`` saves
the last edits of a draft the officer leaves without waiting, and says when
it is done (``closed``).

Opening reads the draft in a worker (``DraftSession.load`` through
``Operations``), so a store another window holds locked delays the draft,
not the window; ``open`` reads on the calling thread, for scripts and tests.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from osbpress.errors import ConflictError, OsbPressError
from osbpress.model import Release
from osbpress.store import DraftStore, StoredDraft
from ui.operations import Operations, Task

PAUSE_MS = 500
MAX_UNSAVED_MS = 1000


@dataclass(frozen=True)
class _Outcome:
    revision: int
    conflict: ConflictError | None = None
    problem: str | None = None


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
    closed = Signal()
    """``close_later`` saved the last edits (or found none) and stopped the saver."""
    _saved_in_background = Signal(object)
    _closed_in_background = Signal(object)
    _saved_then = Signal(object, object)

    def __init__(
        self,
        store: DraftStore,
        draft_id: str,
        release: Release,
        revision: int,
        parent: QObject | None = None,
        *,
        label: Callable[[Release], str] = lambda release: "",
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._label = label
        self.draft_id = draft_id
        self._release = release
        self._revision = revision
        self._dirty = False
        self._unsaved_failure = False
        self._closing = False
        self._saver = ThreadPoolExecutor(max_workers=1, thread_name_prefix="osbpress-save")
        self._pause = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._deadline = QTimer(self, singleShot=True, interval=MAX_UNSAVED_MS)
        self._pause.timeout.connect(self._autosave)
        self._deadline.timeout.connect(self._autosave)
        self._saved_in_background.connect(self._report)
        self._closed_in_background.connect(self._closed)
        self._saved_then.connect(self._call_back)

    @classmethod
    def open(
        cls,
        store: DraftStore,
        draft_id: str,
        parent: QObject | None = None,
        *,
        label: Callable[[Release], str] = lambda release: "",
    ) -> DraftSession:
        """The session of stored draft ``draft_id``; ``label(release)`` names an
        untitled text in the library (the window passes the suggested headline)."""
        stored = store.get(draft_id)
        return cls(store, draft_id, stored.release, stored.revision, parent, label=label)

    @classmethod
    def load(
        cls,
        operations: Operations,
        store: DraftStore,
        draft_id: str,
        *,
        opened: Callable[[DraftSession], None],
        failed: Callable[[BaseException], None],
        parent: QObject | None = None,
        label: Callable[[Release], str] = lambda release: "",
        key: str | None = None,
    ) -> Task[StoredDraft]:
        """Read ``draft_id`` in a worker, then call ``opened`` with its session on the main
        thread (or ``failed`` with the error); ``key`` makes a newer load win."""

        def ready(stored: StoredDraft) -> None:
            opened(cls(store, draft_id, stored.release, stored.revision, parent, label=label))

        return operations.run(
            lambda task: store.get(draft_id), success=ready, failure=failed, key=key
        )

    @property
    def release(self) -> Release:
        return self._release

    @property
    def revision(self) -> int:
        """The revision this window's text builds on."""
        return self._revision

    @property
    def dirty(self) -> bool:
        """Edits not yet on disk (a failed save leaves them here)."""
        return self._dirty or self._unsaved_failure

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
        """Save now, and wait, if anything is unsaved; False if the save failed."""
        self._pause.stop()
        self._deadline.stop()
        if not self.dirty:
            self._saver.submit(lambda: None).result()  # a background save still running
            if not self._unsaved_failure:
                return True
        return self._save_and_wait("")

    def save_now(self, note: str = "") -> bool:
        """Save at once as a revision named ``note`` (Ctrl+S); False on failure.

        An unchanged text adds no revision: the current one gets the name.
        """
        self._pause.stop()
        self._deadline.stop()
        return self._save_and_wait(note)

    def save_then(self, then: Callable[[bool], None], note: str | None = None) -> None:
        """Save on the saver thread, then ``then(ok)`` on the main thread; never waits.

        ``note`` None saves only what is unsaved (as ``flush``); a string saves
        a revision by that name (as ``save_now``). ``ok`` is False when the
        save failed (the edits stay unsaved, ``save_failed`` says why).
        """
        self._pause.stop()
        self._deadline.stop()
        if self._closing:
            return  # the draft is being left: its last save is on its way already
        if note is None and not self.dirty and not self._unsaved_failure:
            # Nothing to save: only wait, in turn, for a background save still running.
            self._saver.submit(lambda: self._saved_then.emit(None, then))
            return
        release, dirty, self._dirty = self._release, self._dirty, False
        try:
            self._saver.submit(lambda: self._saved_then.emit(self._save(release, note or ""), then))
        except RuntimeError:  # closed (quit) meanwhile: nothing runs, the edits stay unsaved
            self._dirty = dirty

    def _call_back(self, outcome: _Outcome | None, then: Callable[[bool], None]) -> None:
        then(True if outcome is None else self._report(outcome))

    def close(self) -> None:
        """Save what is unsaved and stop the saver thread, waiting for both (at quit)."""
        if not self._closing:
            self.flush()
        self._saver.shutdown(wait=True)

    def close_later(self) -> None:
        """Save what is unsaved and stop the saver thread, without waiting (switching drafts).

        The last save runs on the saver thread after any autosave still
        running; ``closed`` follows on the main thread, after the save is
        reported as any other (``saved``, ``conflict`` or ``save_failed``).
        """
        self._pause.stop()
        self._deadline.stop()
        self._closing = True
        release, dirty, self._dirty = self._release, self.dirty, False

        def last() -> None:
            self._closed_in_background.emit(self._save(release, "") if dirty else None)

        self._saver.submit(last)
        self._saver.shutdown(wait=False)

    def _closed(self, outcome: _Outcome | None) -> None:
        if outcome is not None:
            self._report(outcome)
        self.closed.emit()

    def _autosave(self) -> None:
        self._pause.stop()
        self._deadline.stop()
        if self._dirty:
            release, self._dirty = self._release, False
            self._saver.submit(self._save_in_background, release)

    def _save_and_wait(self, note: str) -> bool:
        release, self._dirty = self._release, False
        return self._report(self._saver.submit(self._save, release, note).result())

    def _save_in_background(self, release: Release) -> None:
        self._saved_in_background.emit(self._save(release, ""))

    def _save(self, release: Release, note: str) -> _Outcome:
        """On the saver thread, one save at a time, each on the last one's revision."""
        try:
            label = "" if release.headline.strip() else self._label(release)
            self._revision = self._store.save(
                self.draft_id, release, base_revision=self._revision, note=note, label=label
            )
        except ConflictError as error:
            self._revision = error.revision
            self._unsaved_failure = False
            return _Outcome(error.revision, conflict=error)
        except OsbPressError as error:
            # The edits stay unsaved and are tried again on the next pause or flush.
            self._unsaved_failure = True
            return _Outcome(self._revision, problem=str(error))
        self._unsaved_failure = False
        return _Outcome(self._revision)

    def _report(self, outcome: _Outcome) -> bool:
        if outcome.problem is not None:
            self.save_failed.emit(outcome.problem)
            return False
        if outcome.conflict is not None:
            self.conflict.emit(outcome.conflict)
        else:
            self.saved.emit(outcome.revision)
        return True
