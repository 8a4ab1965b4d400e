"""Drafts the officer has left whose last edits are still being saved.

Leaving a draft (opening another, trashing or copying it) must not wait for
its last save: the store may be held by another program for seconds. The
session saves in the background (``DraftSession.close_later``) and
``Closing`` remembers it until it has; whatever must see those edits (a
copy, the trash, reading the draft again) is run through ``when_saved``
and starts only then. At quit, ``wait`` stores every last edit before the
store is closed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from ui.editor.session import DraftSession


class Closing(QObject):
    """The sessions being closed, by draft; see the module docstring."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sessions: dict[str, DraftSession] = {}
        self._waiting: dict[str, list[Callable[[], object]]] = {}

    def __bool__(self) -> bool:
        return bool(self._sessions)

    def close(self, session: DraftSession) -> None:
        """Save ``session``'s last edits in the background, then delete it."""
        self._sessions[session.draft_id] = session
        session.closed.connect(lambda: self._closed(session))
        session.close_later()

    def when_saved(self, draft_id: str, then: Callable[[], object]) -> None:
        """Run ``then`` once ``draft_id``'s last edits are stored (at once if none are pending)."""
        if draft_id in self._sessions:
            self._waiting.setdefault(draft_id, []).append(then)
        else:
            then()

    def wait(self) -> None:
        """Block until every session being closed has saved (at quit, before the store closes)."""
        for session in self._sessions.values():
            session.close()

    def _closed(self, session: DraftSession) -> None:
        self._sessions.pop(session.draft_id, None)
        session.deleteLater()
        for then in self._waiting.pop(session.draft_id, []):
            then()
