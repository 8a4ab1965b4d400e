"""The editor: the six pages in tabs, bound to the open ``DraftSession``.

An edit on a page becomes ``session.update(page.apply(release))`` at once
(so autosave and the draft pipeline see every keystroke); every page then
follows each snapshot the pipeline publishes (``follow``: the quotes page
lists renamed participants, the publishing page shows the suggestions
composed with that text). ``follow`` never rewrites what a page's own
widgets hold, so nothing moves under the cursor.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QApplication, QTabWidget, QWidget

from osbpress.i18n import _
from ui.editor.session import DraftSession
from ui.forms.base import EditorContext, EditorPage, FieldPath
from ui.forms.pages import PAGES, page_for
from ui.pipeline import DraftPipeline, Snapshot


class EditorWorkspace(QTabWidget):
    """The editor pages; disabled until a draft is open."""

    def __init__(
        self, context: EditorContext, pipeline: DraftPipeline, parent: QWidget | None = None
    ) -> None:
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
        pipeline.published.connect(self._follow)
        self.setEnabled(False)

    @property
    def session(self) -> DraftSession | None:
        return self._session

    def open(self, session: DraftSession | None) -> None:
        """Show ``session``'s draft on every page (or nothing, disabled)."""
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

    def commit_pending(self) -> None:
        """Hand over an edit still held by an open table cell (before export or copy).

        A cell's editor writes into the table only when it closes; leaving it
        makes it do so now, so the text on screen is the text handed over.
        """
        focused = QApplication.focusWidget()
        view = focused.parentWidget() if focused is not None else None
        while view is not None and not isinstance(view, QAbstractItemView):
            view = view.parentWidget()
        if (
            focused is not None
            and view is not None
            and view.state() == QAbstractItemView.State.EditingState
        ):
            focused.clearFocus()  # the delegate commits and closes the editor on focus-out
            view.setFocus()

    def _page_changed(self, page: EditorPage) -> None:
        if self._session is None:
            return
        self._session.update(page.apply(self._session.release))

    def _follow(self, snapshot: Snapshot) -> None:
        if self._session is not None:
            for page in self.pages:
                page.follow(snapshot)
