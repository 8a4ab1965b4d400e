"""The editor: the six pages in tabs, bound to the open ``DraftSession``.

An edit on a page becomes ``session.update(page.apply(release))`` at once
(so autosave and the preview see every keystroke); every page then follows
through ``sync`` after a short pause (the quotes page lists renamed
participants, the publishing page shows new suggestions). ``sync`` never
rewrites what a page's own widgets hold, so nothing moves under the cursor.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTabWidget, QWidget

from osbpress.i18n import _
from ui.editor.session import DraftSession
from ui.forms.base import EditorContext, EditorPage, FieldPath
from ui.forms.pages import PAGES, page_for

SYNC_MS = 200


class EditorWorkspace(QTabWidget):
    """The editor pages; disabled until a draft is open."""

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(_("Taslak düzenleyici"))
        self.setDocumentMode(True)
        self._context = context
        self._session: DraftSession | None = None
        self.pages: list[EditorPage] = []
        for number, page_class in enumerate(PAGES, start=1):
            page = page_class(context, self)
            page.setAccessibleName(page.title)
            self.addTab(page, page.title)
            self.setTabToolTip(number - 1, f"{page.title} (Ctrl+{number})")
            page.changed.connect(lambda page=page: self._page_changed(page))
            self.pages.append(page)
        self._sync = QTimer(self, singleShot=True, interval=SYNC_MS)
        self._sync.timeout.connect(self._sync_pages)
        context.profile_changed.connect(self._profile_changed)
        self.setEnabled(False)

    @property
    def session(self) -> DraftSession | None:
        return self._session

    def open(self, session: DraftSession | None) -> None:
        """Show ``session``'s draft on every page (or nothing, disabled)."""
        self._sync.stop()
        self._session = session
        self.setEnabled(session is not None)
        if session is None:
            return
        for page in self.pages:
            page.show_release(session.release)

    def page(self, page_class: type[EditorPage]) -> EditorPage:
        return next(p for p in self.pages if isinstance(p, page_class))

    def focus_field(self, path: FieldPath) -> bool:
        """Bring the page editing ``path`` forward and focus its widget."""
        page = self.page(page_for(path))
        self.setCurrentWidget(page)
        return page.focus_field(path)

    def _page_changed(self, page: EditorPage) -> None:
        if self._session is None:
            return
        self._session.update(page.apply(self._session.release))
        self._sync.start()

    def _sync_pages(self) -> None:
        if self._session is None:
            return
        for page in self.pages:
            page.sync(self._session.release)

    def _profile_changed(self) -> None:
        if self._session is not None:
            for page in self.pages:
                page.sync(self._session.release)
