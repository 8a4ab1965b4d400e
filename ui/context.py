"""What the window's parts share, held once: the worker pool, the store, the profile, and change.

``AppContext`` holds the open ``DraftStore`` (None until it has opened in a
worker, and again after the window closed) and the organisation ``Profile``;
every part reads them here instead of keeping a handle of its own, so
closing the window is one ``set_store(None)``. ``store_ready`` fires when
the store changes, ``profile_changed`` when the profile is replaced.

``changed`` carries a ``Change`` after every store operation: which kinds
of data moved (drafts, trash, profile, revisions) and, when a command made
or restored one, the draft the library should select (Anki's OpChanges).
This window's own commands and saves announce theirs as they finish; the
store watcher (``ui.library.watch``) announces what other windows or
processes wrote, and only that. Every view that shows store data follows
this one signal.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from osbpress.model import Profile
from osbpress.store import DraftStore
from ui.operations import Operations


@dataclass(frozen=True)
class Change:
    """What one store operation changed; see the module docstring."""

    drafts: bool = False
    """A draft was made, saved, trashed, restored or deleted (the library's rows)."""
    trash: bool = False
    revisions: bool = False
    profile: bool = False
    select: str | None = None
    """The draft to select once the library shows the change (None: keep the selection)."""
    elsewhere: bool = False
    """Written by another window or process, noticed in the store file."""


class AppContext(QObject):
    """The store, the profile and the worker pool of one window; see the module docstring."""

    store_ready = Signal()
    profile_changed = Signal()
    changed = Signal(object)
    """A ``Change``, after the store operation it describes has finished."""

    def __init__(self, operations: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.operations = operations
        self.store: DraftStore | None = None
        self.profile = Profile()

    def set_store(self, store: DraftStore | None) -> None:
        """The store every part works on from now (None: closed)."""
        self.store = store
        self.store_ready.emit()

    def set_profile(self, profile: Profile) -> None:
        self.profile = profile
        self.profile_changed.emit()

    def announce(self, change: Change) -> None:
        """Tell every view what a finished store operation changed."""
        self.changed.emit(change)
