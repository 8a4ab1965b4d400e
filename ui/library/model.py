"""The draft library's table model: ``DraftSummary`` rows read page by page from the store.

Rows come from ``DraftStore.list`` (most recently changed first) in pages of
``PAGE_SIZE`` through Qt's ``canFetchMore``/``fetchMore``, so ten thousand
drafts open as fast as a hundred. Every read runs in a worker
(``ui.library.pages`` through ``Operations``) and its rows are inserted when
they arrive: a page takes 2 ms, but a store file another process holds
locked, or a slow network disk, would otherwise freeze the window. Reads
for a new filter are latest-wins (typing a search starts one per pause, only
the newest is shown), and any read made for a filter since replaced is
dropped on arrival. The rows shown stay until the new filter's rows arrive,
so the list does not flash empty while the officer types.

``refresh`` reloads the rows already shown and updates them in place
(changed rows, removed rows, new rows appended), so the view keeps its
selection and scroll position; ``DraftSortProxy`` puts the rows in order.
``loaded`` says a new filter's rows, a refresh or a sought draft arrived
(the panel re-selects then). The rows themselves, their texts and sort
ranks are ``DraftRows``'s (``ui.library.rows``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Signal

from osbpress.store import DraftStore
from ui.library.columns import Column
from ui.library.pages import PAGE_SIZE, Listing, Pages, first_pages, next_page, pages_until, rest
from ui.library.rows import ID_ROLE, DraftRows, Index
from ui.operations import Operations

# The names the library's users import from here.
__all__ = ["ID_ROLE", "PAGE_SIZE", "Column", "DraftTableModel"]


class DraftTableModel(DraftRows):
    """Drafts matching the current filter, as far as they have been loaded."""

    failed = Signal(str)
    """The store could not be read: a message for the officer."""
    loaded = Signal()
    """A new filter's rows, a refresh or a sought draft arrived (see module docstring)."""
    changing = Signal(bool)
    """True before a read's rows are put in, False after: selection changes meanwhile are
    the model's doing (Qt moves the selection off removed rows), not the officer's."""

    def __init__(self, operations: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._operations = operations
        self._store: DraftStore | None = None
        self._complete = True
        self._query: str | None = None
        self._kind: str | None = None
        self._trashed = False
        self._asked: tuple[str | None, str | None, bool] = (None, None, False)
        # Reads on their way; one of each kind at a time, all dropped by a new filter.
        self._generation = 0
        self._resetting = self._fetching = self._refreshing = False
        self._refresh_again = False
        self._everything = False  # every row, always (the view sorts by another column)
        self._want_all = False  # every row, once
        self._wanted: str | None = None  # pages until this draft is among them
        self._key = f"library-{id(self)}"

    # -- what is shown -------------------------------------------------------

    def set_store(self, store: DraftStore | None) -> None:
        self._store = store
        self.reload()

    @property
    def store(self) -> DraftStore | None:
        return self._store

    @property
    def query(self) -> str | None:
        return self._query

    @property
    def kind(self) -> str | None:
        return self._kind

    @property
    def trashed(self) -> bool:
        return self._trashed

    @property
    def loading(self) -> bool:
        """A read is on its way (the rows shown may be about to change)."""
        return self._resetting or self._fetching or self._refreshing

    def set_filter(self, query: str | None, kind: str | None, trashed: bool = False) -> None:
        """Show drafts matching ``query`` (Turkish folding) and ``kind``; reloads from page 1.

        ``query``, ``kind`` and ``trashed`` describe the rows shown, so they
        change when the new rows arrive.
        """
        self._asked = ((query or "").strip() or None, kind or None, trashed)
        self.reload()

    def set_load_all(self, everything: bool) -> None:
        """Keep every matching draft loaded (the view sorts them all), or page as scrolled."""
        self._everything = everything
        if everything:
            self.fetch_all()

    def reload(self) -> None:
        """Read again from the first page; the rows shown stay until the new ones arrive."""
        self._generation += 1
        self._fetching = self._refreshing = self._refresh_again = self._want_all = False
        self._wanted = None
        if self._store is None:
            self._resetting = False
            self._reset_to(Pages([], complete=True), self._asked)
            return
        listing = Listing(self._store, *self._asked)
        self._resetting = True
        everything, asked = self._everything, self._asked
        # Latest-wins: of a fast typist's searches only the newest is shown.
        self._start(
            lambda task: first_pages(listing, everything=everything),
            lambda pages: self._reset_to(pages, asked),
            key=self._key,
        )

    def refresh(self) -> None:
        """Read the loaded rows again and update them in place (see module docstring)."""
        listing = self._listing()
        if listing is None:
            return
        if self._resetting or self._refreshing:
            # That read may have been made before the change this refresh is for.
            self._refresh_again = True
            return
        asked = set(self._ids)
        count = max(len(self._rows), PAGE_SIZE)
        self._refreshing = True
        self._start(
            lambda task: Pages(*listing.page(0, count)),
            lambda pages: self._refreshed(pages, asked),
        )

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not (parent.isValid() or self._complete or self._resetting or self._fetching)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetch(next_page)

    def fetch_all(self) -> None:
        """Load every matching draft (to sort all of them, not only the first pages).

        The rows are inserted at once, so the proxy places them in one pass.
        """
        if self._resetting or self._fetching:
            self._want_all = True
        elif not self._complete:
            self._fetch(rest)

    def fetch_until(self, draft_id: str) -> int:
        """The row of ``draft_id``; if it is not loaded yet, -1, and pages are read until it
        is (``loaded`` follows)."""
        row = self.row_of(draft_id)
        if row < 0 and not self._complete:
            self._wanted = draft_id
            if not (self._resetting or self._fetching):
                self._fetch(lambda listing, offset: pages_until(listing, offset, draft_id))
        return row

    # -- loading -------------------------------------------------------------

    def _listing(self) -> Listing | None:
        if self._store is None:
            return None
        return Listing(self._store, self._query, self._kind, self._trashed)

    def _start(
        self,
        work: Callable[[Any], Pages],
        deliver: Callable[[Pages], None],
        *,
        key: str | None = None,
    ) -> None:
        """Run ``work`` in a worker; ``deliver`` its pages unless the filter changed since."""
        generation = self._generation

        def success(pages: Pages) -> None:
            if generation == self._generation:
                self.changing.emit(True)
                try:
                    deliver(pages)
                finally:
                    self.changing.emit(False)

        def failure(error: BaseException) -> None:
            if generation == self._generation:
                self._failed(error)

        self._operations.run(work, success=success, failure=failure, key=key)

    def _fetch(self, read: Callable[[Listing, int], Pages]) -> None:
        listing = self._listing()
        if listing is None:
            return
        offset = len(self._rows)
        self._fetching = True
        self._start(lambda task: read(listing, offset), self._fetched)

    def _failed(self, error: BaseException) -> None:
        """A read failed: the list ends where it is and ``failed`` says why."""
        self._resetting = self._fetching = self._refreshing = False
        self._refresh_again = self._want_all = False
        self._wanted = None
        self._complete = True
        self.failed.emit(str(error))

    def _reset_to(self, pages: Pages, asked: tuple[str | None, str | None, bool]) -> None:
        self._resetting = False
        self._query, self._kind, self._trashed = asked
        self._complete = pages.complete
        self._replace_all(pages.rows)
        self._read_on()

    def _fetched(self, pages: Pages) -> None:
        self._fetching = False
        self._complete = pages.complete
        if not self._append(pages.rows) and not pages.complete:
            # Every row of a full page was already here: drafts were added
            # at the top since the last read; read the loaded rows again.
            self.refresh()
        self._read_on()

    def _refreshed(self, pages: Pages, asked: set[str]) -> None:
        """Apply a refresh: only rows it read about are updated or removed (pages that
        arrived meanwhile stay)."""
        self._refreshing = False
        # A full read means rows may follow it (those pushed down by new drafts).
        self._complete = pages.complete
        self._update(pages.rows, asked)
        self._read_on()

    def _read_on(self) -> None:
        """After a read: load what was asked for meanwhile, then say rows arrived."""
        if self._refresh_again and not self._refreshing:
            self._refresh_again = False
            self.refresh()
        if self._wanted is not None and (self.row_of(self._wanted) >= 0 or self._complete):
            self._wanted = None
        if not (self._complete or self._fetching or self._resetting):
            if self._everything or self._want_all:
                self._want_all = False
                self._fetch(rest)
            elif self._wanted is not None:
                self.fetch_until(self._wanted)
        self.loaded.emit()
