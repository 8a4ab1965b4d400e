"""The open draft: its current text, the revision it started from, and autosave.

Pages hand every edit to ``DraftSession.update``; the session keeps the
newest ``Release`` and saves it through ``DraftStore.save`` with the
revision it was loaded from, so a save made elsewhere in between becomes a
conflict with both texts kept.

When to save: half a second after typing pauses, and at the latest one
second after the first unsaved edit however fast the officer types, so a
killed process loses at most the last second. Saves run on the session's
own queue of ``Operations`` (``queue=``: one thread, one save after
another, each on the revision the previous one made); a save waits for the
disk (80–210 ms measured while a preview renders), too long to type
through. ``save_then()`` saves at once on that queue and calls back on the
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

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from osbpress.errors import ConflictError, OsbPressError
from osbpress.model import Release
from osbpress.store import DraftStore, StoredDraft
from ui.operations import Operations, Task

_T = TypeVar("_T")

PAUSE_MS = 500
MAX_UNSAVED_MS = 1000
_queues = itertools.count(1)


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
    """``close_later`` saved the last edits (or found none) and ended its save queue."""

    def __init__(
        self,
        store: DraftStore,
        draft_id: str,
        release: Release,
        revision: int,
        parent: QObject | None = None,
        *,
        label: Callable[[Release], str] = lambda release: "",
        operations: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        # A script or test without a window gets a worker pool of the session's own.
        self._operations = operations if operations is not None else Operations(self, workers=1)
        self._queue = f"save-{next(_queues)}"
        self._store = store
        self._label = label
        self.draft_id = draft_id
        self._release = release
        self._revision = revision
        self._dirty = False
        self._unsaved_failure = False
        self._closing = False
        self._pause = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._deadline = QTimer(self, singleShot=True, interval=MAX_UNSAVED_MS)
        self._pause.timeout.connect(self._autosave)
        self._deadline.timeout.connect(self._autosave)

    @classmethod
    def open(
        cls,
        store: DraftStore,
        draft_id: str,
        parent: QObject | None = None,
        *,
        label: Callable[[Release], str] = lambda release: "",
        operations: Operations | None = None,
    ) -> DraftSession:
        """The session of stored draft ``draft_id``; ``label(release)`` names an
        untitled text in the library (the window passes the suggested headline)."""
        stored = store.get(draft_id)
        return cls(
            store,
            draft_id,
            stored.release,
            stored.revision,
            parent,
            label=label,
            operations=operations,
        )

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
            opened(
                cls(
                    store,
                    draft_id,
                    stored.release,
                    stored.revision,
                    parent,
                    label=label,
                    operations=operations,
                )
            )

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
            self._operations.call(lambda: None, queue=self._queue)  # a save still running
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
            self._in_turn(lambda: None, lambda _nothing: then(True))
            return
        release, dirty, self._dirty = self._release, self._dirty, False
        try:
            self._in_turn(
                lambda: self._save(release, note or ""),
                lambda outcome: then(self._report(outcome)),
            )
        except RuntimeError:  # closed (quit) meanwhile: nothing runs, the edits stay unsaved
            self._dirty = dirty

    def _in_turn(self, work: Callable[[], _T], then: Callable[[_T], object]) -> None:
        """``work`` on the save queue, ``then(result)`` back on the main thread."""

        def done(result: _T) -> None:
            then(result)

        self._operations.run(lambda _task: work(), success=done, owner=self, queue=self._queue)

    def close(self) -> None:
        """Save what is unsaved and end the save queue, waiting for both (at quit)."""
        if not self._closing:
            self.flush()
        if not self._operations.closed:
            self._operations.call(lambda: None, queue=self._queue)
        self._operations.end_queue(self._queue)

    def close_later(self) -> None:
        """Save what is unsaved and end the save queue, without waiting (switching drafts).

        The last save runs on the save queue after any autosave still
        running; ``closed`` follows on the main thread, after the save is
        reported as any other (``saved``, ``conflict`` or ``save_failed``).
        """
        self._pause.stop()
        self._deadline.stop()
        self._closing = True
        release, dirty, self._dirty = self._release, self.dirty, False
        self._in_turn(lambda: self._save(release, "") if dirty else None, self._closed)

    def _closed(self, outcome: _Outcome | None) -> None:
        self._operations.end_queue(self._queue)
        if outcome is not None:
            self._report(outcome)
        self.closed.emit()

    def _autosave(self) -> None:
        self._pause.stop()
        self._deadline.stop()
        if self._dirty:
            release, self._dirty = self._release, False
            self._in_turn(lambda: self._save(release, ""), self._report)

    def _save_and_wait(self, note: str) -> bool:
        release, self._dirty = self._release, False
        return self._report(
            self._operations.call(lambda: self._save(release, note), queue=self._queue)
        )

    def _save(self, release: Release, note: str) -> _Outcome:
        """On the save queue, one save at a time, each on the last one's revision."""
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
