"""The window's draft commands: open, new, duplicate, trash, history, restore a revision.

``DraftCommands`` owns the open ``DraftSession`` (the editor shows it) and
does the store work the library panel asks for. Each store statement runs in
a worker (``Operations``): one takes a few milliseconds, but a store another
window or process holds locked, or a slow disk, would freeze the window for
as long. The window stays usable meanwhile, and what follows the statement
(announcing what changed through ``AppContext.changed``, which the library
follows, opening the draft, the status line) happens when it is done. Errors reach the officer
in Turkish in a message box, as the file commands show theirs.

A second press cannot corrupt anything: opening is latest-wins (the draft
chosen last opens), "Yeni taslak" and "Çoğalt" are ignored while one is
being made, and a draft already on its way to the trash is not trashed
twice. A draft the officer leaves saves its last keystrokes in the
background too (``DraftSession.close_later``); what must see them (its
copy, the trash, reading it again, restoring a revision) waits for that
save, not the window. So do "Sürüm olarak kaydet" (Ctrl+S) and "Geçmiş…":
their save runs on the session's save queue (``DraftSession.save_then``)
and the status line or the dialog follows when it is done; "Farklı kaydet…"
writes the text on screen and starts its save without waiting.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QWidget

from osbpress.i18n import _
from osbpress.model import Release
from osbpress.store import StoredDraft
from ui.context import AppContext, Change
from ui.dialogs.history import HistoryDialog
from ui.editor.closing import Closing
from ui.editor.session import DraftSession
from ui.files import show_message
from ui.forms.workspace import EditorWorkspace
from ui.operations import Operations, Task
from ui.pipeline import DraftPipeline

_OPEN_KEY = "open-draft"


class DraftCommands(QObject):
    """The draft commands of one window; see the module docstring."""

    session_changed = Signal()
    """A draft was opened or closed (``session`` is the new one, or None)."""
    message = Signal(str, int)
    """A line for the status bar and how long to show it (ms)."""

    def __init__(
        self,
        window: QWidget,
        operations: Operations,
        context: AppContext,
        editor: EditorWorkspace,
        pipeline: DraftPipeline,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._operations = operations
        self._context = context
        self._editor = editor
        self._session: DraftSession | None = None
        self._pipeline = pipeline
        self._opening: str | None = None
        self._open_task: Task[StoredDraft] | None = None
        self._after_open: Callable[[], None] | None = None
        self._making: set[str] = set()  # "new" / "duplicate" while one is being made
        self._trashing: set[str] = set()
        self._closing = Closing(self)
        self.history: HistoryDialog | None = None

    @property
    def session(self) -> DraftSession | None:
        return self._session

    @property
    def busy(self) -> bool:
        """A command's store work has not come back yet."""
        return bool(self._opening or self._making or self._trashing or self._closing)

    # -- opening -------------------------------------------------------------

    def open_draft(self, draft_id: str, then: Callable[[], None] | None = None) -> None:
        """Open ``draft_id`` in the editor (read in a worker); ``then`` runs once it is open."""
        store = self._context.store
        if store is None:
            return
        if self._opening == draft_id:
            self._after_open = then or self._after_open
            return
        if self._opening is None and self.session and self.session.draft_id == draft_id:
            if then is not None:
                then()
            return
        self.close_session()
        self._opening, self._after_open = draft_id, then

        def load() -> None:
            if self._opening != draft_id:
                return  # another draft was chosen while this one's last edits were saved
            self._open_task = DraftSession.load(
                self._operations,
                store,
                draft_id,
                opened=self._opened,
                failed=self._open_failed,
                parent=self,
                label=self._pipeline.label_for,
                key=_OPEN_KEY,
            )

        self._closing.when_saved(draft_id, load)

    def _opened(self, session: DraftSession) -> None:
        then, self._opening, self._after_open = self._after_open, None, None
        self._open_task = None
        self.close_session()  # a draft made meanwhile by "Yeni taslak" gives way
        self._session = session
        self._editor.open(session)
        self.session_changed.emit()
        if then is not None:
            then()

    def _open_failed(self, error: BaseException) -> None:
        self._opening = self._after_open = self._open_task = None
        self._failed(error)

    def close_session(self) -> None:
        """Close the open draft; its last edits are saved in the background (``ui.editor.closing``)."""
        session = self.session
        if session is None:
            return
        self._session = None
        self._editor.open(None)
        self.session_changed.emit()
        self._closing.close(session)

    def finish(self) -> None:
        """At quit: close the open draft and wait until every last edit is stored."""
        session = self.session
        if session is not None:
            self._session = None
            self._editor.open(None)
            session.close()
            session.deleteLater()
        self._closing.wait()

    # -- making and removing drafts -------------------------------------------

    def new_draft(self) -> None:
        store = self._context.store
        if store is None or "new" in self._making:
            return
        release = Release(dateline_city=self._context.profile.city)
        self._make("new", lambda: store.create(release), select_page=True)

    def duplicate(self, draft_id: str) -> None:
        store = self._context.store
        if store is None or "duplicate" in self._making:
            return
        if self.session is not None and self.session.draft_id == draft_id:
            self.close_session()  # the copy must hold the last keystrokes
        self._make("duplicate", lambda: store.duplicate(draft_id), after=draft_id)

    def _make(
        self,
        what: str,
        work: Callable[[], str],
        *,
        select_page: bool = False,
        after: str | None = None,
    ) -> None:
        """Make a draft in a worker (once ``after``'s last edits are stored), then open it."""
        self._making.add(what)

        def made(draft_id: str) -> None:
            self._making.discard(what)
            self._context.announce(Change(drafts=True, select=draft_id))
            self.open_draft(draft_id)
            if select_page:
                self._editor.setCurrentIndex(0)

        def failed(error: BaseException) -> None:
            self._making.discard(what)
            self._failed(error)

        def start() -> None:
            self._operations.run(lambda task: work(), success=made, failure=failed)

        if after is None:
            start()
        else:
            self._closing.when_saved(after, start)

    def trash(self, draft_id: str) -> None:
        store = self._context.store
        if store is None or draft_id in self._trashing:
            return
        if self.session is not None and self.session.draft_id == draft_id:
            self.close_session()
        if self._opening == draft_id and self._open_task is not None:
            self._open_task.cancel()  # chosen and trashed before it was read: never shown
            self._opening = self._after_open = self._open_task = None
        self._trashing.add(draft_id)

        def trashed(_result: None) -> None:
            self._trashing.discard(draft_id)
            self._context.announce(Change(drafts=True, trash=True))
            self.message.emit(_("Taslak çöpe taşındı; çöp kutusundan geri alınabilir."), 8000)

        def failed(error: BaseException) -> None:
            self._trashing.discard(draft_id)
            self._failed(error)

        self._closing.when_saved(
            draft_id,
            lambda: self._operations.run(
                lambda task: store.trash(draft_id), success=trashed, failure=failed
            ),
        )

    def imported(self, draft_id: str) -> None:
        """A file became draft ``draft_id``: list and open it."""
        self._context.announce(Change(drafts=True, select=draft_id))
        self.open_draft(draft_id)
        self.message.emit(_("Dosya yeni bir taslak olarak açıldı."), 8000)

    # -- revisions -----------------------------------------------------------

    def save_now(self) -> None:
        """The "Sürüm olarak kaydet" command: a named revision of the open text."""
        if self.session is None:
            return
        note, ok = QInputDialog.getText(
            self._window, _("Sürüm olarak kaydet"), _("Bu sürümün adı (örn. “Basına giden”):")
        )
        session = self.session
        if not ok or session is None:
            return

        def saved(done: bool) -> None:
            if done:
                self.message.emit(_("Sürüm kaydedildi."), 5000)
                self._context.announce(Change(drafts=True, revisions=True, select=session.draft_id))

        session.save_then(saved, " ".join(note.split()))

    def current_release(self) -> Release | None:
        """The open text (for a file); its save to the store starts now, in the background."""
        session = self.session
        if session is None:
            return None
        session.save_then(lambda done: None)
        return session.release

    def show_history(self) -> None:
        """The "Geçmiş…" command: the open draft's revisions, once its last edits are saved.

        The dialog opens when the save is done (``history`` is set then).
        """
        session = self.session
        if session is not None:
            session.save_then(lambda done: self._open_history(session))

    def _open_history(self, session: DraftSession) -> None:
        store = self._context.store
        if session is not self.session or store is None:
            return  # another draft was opened meanwhile
        dialog = HistoryDialog(
            store,
            session.draft_id,
            session.release,
            self._context.profile,
            self._operations,
            self._window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restore_requested.connect(self.restore_revision)
        dialog.destroyed.connect(lambda: setattr(self, "history", None))
        self.history = dialog
        dialog.open()

    def restore_revision(self, number: int) -> None:
        """The "Bu sürüme dön" command: the old text becomes a new revision and the editor shows it."""
        session, store = self.session, self._context.store
        if session is None or store is None:
            return
        draft_id = session.draft_id
        self.close_session()  # the text being replaced is saved first, so it stays in history

        def reopen(revision: int | None) -> None:
            self._context.announce(Change(drafts=True, revisions=True, select=draft_id))
            self.open_draft(draft_id, then=lambda: self._restored(number, revision))

        def failed(error: BaseException) -> None:
            show_message(self._window, _("Sürüm geri yüklenemedi"), str(error))
            reopen(None)

        self._closing.when_saved(
            draft_id,
            lambda: self._operations.run(
                lambda task: store.restore_revision(draft_id, number),
                success=reopen,
                failure=failed,
            ),
        )

    def _restored(self, number: int, revision: int | None) -> None:
        if self.history is not None and self.session is not None:
            self.history.reload(self.session.release)
        if revision is not None:
            self.message.emit(
                _(
                    "{number}. sürüm geri getirildi ({revision}. sürüm olarak); "
                    "önceki metin geçmişte duruyor."
                ).format(number=number, revision=revision),
                10_000,
            )

    def _failed(self, error: BaseException) -> None:
        """A store error, in Turkish, in a box over the window (a bug never comes here)."""
        if self._context.store is not None:  # after the window closed, nobody is there to read it
            show_message(self._window, "OSB Basın", str(error))
