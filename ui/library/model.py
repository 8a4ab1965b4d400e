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
selection and scroll position; the row order of this model is therefore the
order rows were loaded in, and ``DraftSortProxy`` puts them in order.
``loaded`` says a new filter's rows, a refresh or a sought draft arrived
(the panel re-selects then). Display texts are formatted lazily (babel
takes 0.2 ms a row), dates in the interface language (``osbpress.i18n``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from osbpress.errors import OsbPressError
from osbpress.i18n import _
from osbpress.store import DraftStore, DraftSummary
from ui.library.columns import (
    HEADERS,
    Column,
    kind_names,
    local_time,
    row_texts,
    sort_key,
    turkish_collator,
)
from ui.library.pages import PAGE_SIZE, Listing, Pages, first_pages, next_page, pages_until, rest
from ui.operations import Operations

# ``local_time`` stays importable from here for the history dialog.
__all__ = ["ID_ROLE", "PAGE_SIZE", "Column", "DraftTableModel", "local_time"]

ID_ROLE = Qt.ItemDataRole.UserRole

Index = QModelIndex | QPersistentModelIndex


class DraftTableModel(QAbstractTableModel):
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
        self._rows: list[DraftSummary] = []
        self._ids: dict[str, int] = {}
        self._complete = True
        self._query: str | None = None
        self._kind: str | None = None
        self._trashed = False
        self._asked: tuple[str | None, str | None, bool] = (None, None, False)
        self._kind_names = kind_names()
        self._collator = turkish_collator()
        self._display: dict[str, tuple[str, str, str, str]] = {}
        self._ranks: dict[int, list[int]] = {}
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

    def summary(self, row: int) -> DraftSummary:
        return self._rows[row]

    def row_of(self, draft_id: str) -> int:
        """The row of ``draft_id`` among the loaded rows, or -1."""
        return self._ids.get(draft_id, -1)

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
        if not isinstance(error, OsbPressError):
            raise error
        self.failed.emit(str(error))

    def _reset_to(self, pages: Pages, asked: tuple[str | None, str | None, bool]) -> None:
        self._resetting = False
        self._query, self._kind, self._trashed = asked
        self.beginResetModel()
        self._rows, self._ids, self._display, self._ranks = [], {}, {}, {}
        self._complete = pages.complete
        self._append(pages.rows, signal=False)
        self.endResetModel()
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
        by_id = {summary.id: summary for summary in pages.rows}
        self._remove_missing(by_id, asked)
        changed = [row for row, old in enumerate(self._rows) if by_id.get(old.id, old) != old]
        if changed:
            for row in changed:
                self._display.pop(self._rows[row].id, None)
                self._rows[row] = by_id[self._rows[row].id]
            self._ranks.clear()
            # One signal for the span, so the proxy re-sorts once, not once per row.
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], last))
        self._append(pages.rows)
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

    def _append(self, page: list[DraftSummary], *, signal: bool = True) -> bool:
        """Add the rows of ``page`` not yet present; False if none was new."""
        new = [summary for summary in page if summary.id not in self._ids]
        if not new:
            return False
        first = len(self._rows)
        if signal:
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        for row, summary in enumerate(new, start=first):
            self._rows.append(summary)
            self._ids[summary.id] = row
        self._ranks.clear()
        if signal:
            self.endInsertRows()
        return True

    def _remove_missing(self, keep: dict[str, DraftSummary], asked: set[str]) -> None:
        """Remove, in contiguous runs from the bottom, the rows ``asked`` about that are not
        in ``keep``."""

        def gone(summary: DraftSummary) -> bool:
            return summary.id in asked and summary.id not in keep

        end = len(self._rows)
        while end > 0:
            if not gone(self._rows[end - 1]):
                end -= 1
                continue
            start = end - 1
            while start > 0 and gone(self._rows[start - 1]):
                start -= 1
            self.beginRemoveRows(QModelIndex(), start, end - 1)
            for summary in self._rows[start:end]:
                self._display.pop(summary.id, None)
            del self._rows[start:end]
            self._ranks.clear()
            self._ids = {summary.id: row for row, summary in enumerate(self._rows)}
            self.endRemoveRows()
            end = start

    # -- Qt model interface ----------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _(HEADERS[Column(section)])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts(summary)[column]
        if role == ID_ROLE:
            return summary.id
        if role == Qt.ItemDataRole.FontRole and column == Column.HEADLINE and not summary.headline:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _texts(self, summary: DraftSummary) -> tuple[str, str, str, str]:
        texts = self._display.get(summary.id)
        if texts is None:
            texts = self._display[summary.id] = row_texts(summary, self._kind_names)
        return texts

    def sort_ranks(self, column: int) -> list[int]:
        """Each row's place when sorted by ``column`` ascending; kept until rows change.

        Sorting compares real dates and times and Turkish collation keys. The
        proxy compares these ranks instead of calling ``data`` twice per
        comparison: that took 0.8 s for 3,000 rows, ranks take a tenth.
        Equal keys keep the load order (the store's: last changed first).
        """
        ranks = self._ranks.get(column)
        if ranks is None:
            which = Column(column)
            keys = [sort_key(s, which, self._kind_names, self._collator) for s in self._rows]
            ranks = [0] * len(keys)
            for place, row in enumerate(sorted(range(len(keys)), key=keys.__getitem__)):
                ranks[row] = place
            self._ranks[column] = ranks
        return ranks
