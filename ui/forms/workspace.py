"""The editor: the six form pages in tabs, bound to the open draft.

The open draft is anything with the current ``release`` and an ``update``
that takes the next one (``ui.editor.session.DraftSession`` in the app):
the forms know nothing of how it is saved.

An edit on a page becomes ``draft.update(page.apply(release))`` at once
(so autosave and the draft pipeline see every keystroke); every page then
follows each snapshot the pipeline publishes (``follow``: the quotes page
lists renamed participants, the publishing page shows the suggestions
composed with that text). ``follow`` never rewrites what a page's own
widgets hold, so nothing moves under the cursor.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QAbstractItemView, QApplication, QTabWidget, QWidget

from osbpress.i18n import _
from osbpress.model import Release
from ui.context import AppContext
from ui.forms.base import EditorPage, FieldPath
from ui.forms.pages import PAGES, page_for
from ui.pipeline import DraftPipeline, Snapshot


class OpenDraft(Protocol):
    """What the pages edit: the current text, and where each new one goes."""

    @property
    def release(self) -> Release: ...

    def update(self, release: Release) -> None: ...


class EditorWorkspace(QTabWidget):
    """The editor pages; disabled until a draft is open."""

    def __init__(
        self, context: AppContext, pipeline: DraftPipeline, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(_("Taslak düzenleyici"))
        self.setDocumentMode(True)
        self._context = context
        self._draft: OpenDraft | None = None
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
    def draft(self) -> OpenDraft | None:
        return self._draft

    def open(self, draft: OpenDraft | None) -> None:
        """Show ``draft`` on every page (or nothing, disabled)."""
        self._draft = draft
        self.setEnabled(draft is not None)
        if draft is None:
            return
        for page in self.pages:
            page.show_release(draft.release)

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
        if self._draft is None:
            return
        self._draft.update(page.apply(self._draft.release))

    def _follow(self, snapshot: Snapshot) -> None:
        if self._draft is not None:
            for page in self.pages:
                page.follow(snapshot)
