"""Noticing saves made elsewhere (another window, another process) so the views follow.

``StoreWatcher`` asks the store's ``change_token`` once a second, in a
worker: the question costs microseconds, but it waits for the store's lock,
which a save held up by another program's lock can keep for seconds. One
question at a time; ``changed`` when another connection has committed since
the last answer. This window's own writes are not counted (the token's
second half): its commands and saves announce their own changes
(``ui.context``), so an autosave does not make the library read its rows a
second time.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from osbpress.store import DraftStore
from ui.operations import Operations

POLL_MS = 1000


class StoreWatcher(QObject):
    """Polls one store for commits; see the module docstring."""

    changed = Signal()

    def __init__(self, operations: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._operations = operations
        self._store: DraftStore | None = None
        self._version: int | None = None  # PRAGMA data_version: other connections' commits
        self._asking = False
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._ask)

    def watch(self, store: DraftStore | None, token: tuple[int, int] | None = None) -> None:
        """Watch ``store`` from ``token`` (its change token when it was read), or stop.

        Without ``token`` the first answer, asked at once, is where watching starts.
        """
        self._store, self._version = store, (token[0] if token is not None else None)
        if store is None:
            self._timer.stop()
            return
        self._timer.start()
        if token is None:
            self._ask()

    @property
    def watching(self) -> bool:
        """A store is watched and its starting point is known."""
        return self._store is not None and self._version is not None

    def _ask(self) -> None:
        store = self._store
        if store is None or self._asking or self._operations.closed:
            return
        self._asking = True
        self._operations.run(
            lambda task: store.change_token(),
            success=lambda token: self._answered(store, token),
            failure=lambda error: self._answered(store, None),  # asked again in a second
        )

    def _answered(self, store: DraftStore, token: tuple[int, int] | None) -> None:
        self._asking = False
        if store is not self._store or token is None:
            return
        version = token[0]
        if self._version is None:
            self._version = version  # the starting point, not a change
        elif version != self._version:
            self._version = version
            self.changed.emit()
