"""The draft library's table model: ``DraftSummary`` rows read page by page from the store.

Rows come from ``DraftStore.list`` (most recently changed first) in pages of
``PAGE_SIZE`` through Qt's ``canFetchMore``/``fetchMore``, so ten thousand
drafts open as fast as a hundred. The store is read on the main thread, on
purpose: a page takes about 2 ms (1,000 rows 15 ms, measured on a
3,000-draft store), Qt expects ``fetchMore`` to have inserted its rows when
it returns, and a synchronous read can never deliver rows for a filter that
has since changed. Only the store's own lock could make it wait, and the
daily backup runs on its own connection.

``refresh`` reloads the rows already shown and updates them in place
(changed rows, removed rows, new rows appended), so the view keeps its
selection and scroll position; the row order of this model is therefore the
order rows were loaded in, and ``DraftSortProxy`` puts them in order.
Display texts are formatted lazily (babel takes 0.2 ms a row), dates in
the interface language (``osbpress.i18n``).
"""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from functools import cache
from typing import Any

from babel.dates import format_time
from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from osbpress.errors import OsbPressError
from osbpress.i18n import N_, _, babel_locale, format_date, language
from osbpress.kinds import kind_ids, kind_label, load_kind
from osbpress.store import DraftStore, DraftSummary

PAGE_SIZE = 100
# Loading every row (to sort all of them) goes in bigger pages.
BULK_PAGE_SIZE = 1000
UNTITLED = N_("(başlıksız taslak)")
ID_ROLE = Qt.ItemDataRole.UserRole

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    HEADLINE = 0
    KIND = 1
    DATE = 2
    UPDATED = 3


_COLUMNS = len(Column)
HEADERS = {
    Column.HEADLINE: N_("Başlık"),
    Column.KIND: N_("Tür"),
    Column.DATE: N_("Tarih"),
    Column.UPDATED: N_("Değiştirildi"),
}


def kind_names() -> dict[str, str]:
    """Every release kind's id and name in the interface language ("ziyaret" → "Ziyaret")."""
    return {kind_id: kind_label(load_kind(kind_id)) for kind_id in kind_ids()}


def turkish_collator() -> QCollator:
    """Orders text as a Turkish dictionary does (c < ç < d, ı < i, case ignored)."""
    collator = QCollator(QLocale(QLocale.Language.Turkish, QLocale.Country.Turkey))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)
    return collator


@cache
def _long_date(day: dt.date, language: str) -> str:
    return format_date(day)  # ``language`` keys the cache: the text follows a switch


def local_time(moment: dt.datetime) -> str:
    """``moment`` in local time, short: "24 Kas 2024 14:30" / "24 Nov 2024 14:30"."""
    local = moment.astimezone()
    return f"{format_date(local, 'medium')} {format_time(local, 'short', locale=babel_locale())}"


class DraftTableModel(QAbstractTableModel):
    """Drafts matching the current filter, as far as they have been loaded."""

    failed = Signal(str)
    """The store could not be read: a message for the officer."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store: DraftStore | None = None
        self._rows: list[DraftSummary] = []
        self._ids: dict[str, int] = {}
        self._complete = True
        self._query: str | None = None
        self._kind: str | None = None
        self._trashed = False
        self._kind_names = kind_names()
        self._collator = turkish_collator()
        self._display: dict[str, tuple[str, str, str, str]] = {}
        self._ranks: dict[int, list[int]] = {}

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

    def set_filter(self, query: str | None, kind: str | None, trashed: bool = False) -> None:
        """Show drafts matching ``query`` (Turkish folding) and ``kind``; reloads from page 1."""
        self._query = (query or "").strip() or None
        self._kind = kind or None
        self._trashed = trashed
        self.reload()

    def reload(self) -> None:
        """Start again from the first page (the view's selection is lost)."""
        self.beginResetModel()
        self._rows, self._ids, self._display, self._ranks = [], {}, {}, {}
        self._complete = False
        self._append(self._page(0, PAGE_SIZE) or [], signal=False)
        self.endResetModel()

    def refresh(self) -> None:
        """Read the loaded rows again and update them in place (see module docstring)."""
        fresh = self._page(0, max(len(self._rows), PAGE_SIZE))
        if fresh is None:
            return
        by_id = {summary.id: summary for summary in fresh}
        self._remove_missing(by_id)
        changed = [row for row, old in enumerate(self._rows) if by_id[old.id] != old]
        if changed:
            for row in changed:
                self._display.pop(self._rows[row].id, None)
                self._rows[row] = by_id[self._rows[row].id]
            self._ranks.clear()
            # One signal for the span, so the proxy re-sorts once, not once per row.
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], last))
        self._append(fresh)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        page = self._page(len(self._rows), PAGE_SIZE)
        if page is not None and not self._append(page) and not self._complete:
            # Every row of a full page was already here: drafts were added
            # at the top since the last read; read the loaded rows again.
            self.refresh()

    def fetch_all(self) -> None:
        """Load every matching draft (to sort all of them, not only the first pages).

        The pages are inserted at once, so the proxy places them in one pass.
        """
        rows: list[DraftSummary] = []
        while not self._complete:
            page = self._page(len(self._rows) + len(rows), BULK_PAGE_SIZE)
            rows += page or []
        self._append(rows)

    def fetch_until(self, draft_id: str) -> int:
        """Load pages until ``draft_id`` is among the rows; its row, or -1."""
        while (row := self.row_of(draft_id)) < 0 and self.canFetchMore():
            self.fetchMore()
        return row

    def summary(self, row: int) -> DraftSummary:
        return self._rows[row]

    def row_of(self, draft_id: str) -> int:
        """The row of ``draft_id`` among the loaded rows, or -1."""
        return self._ids.get(draft_id, -1)

    # -- loading -------------------------------------------------------------

    def _page(self, offset: int, limit: int) -> list[DraftSummary] | None:
        """Rows ``offset`` … ``offset + limit`` of the store's list; None if it cannot be read.

        A short page means the end of the list; a failure ends it too and
        says why through ``failed``.
        """
        if self._store is None:
            self._complete = True
            return None
        try:
            page = self._store.list(
                query=self._query,
                kind=self._kind,
                trashed=self._trashed,
                limit=limit,
                offset=offset,
            )
        except OsbPressError as error:
            self._complete = True
            self.failed.emit(str(error))
            return None
        self._complete = len(page) < limit
        return page

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

    def _remove_missing(self, keep: dict[str, DraftSummary]) -> None:
        """Remove, in contiguous runs from the bottom, the rows whose id is not in ``keep``."""
        end = len(self._rows)
        while end > 0:
            if self._rows[end - 1].id in keep:
                end -= 1
                continue
            start = end - 1
            while start > 0 and self._rows[start - 1].id not in keep:
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
        return 0 if parent.isValid() else _COLUMNS

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
            texts = (
                summary.headline or _(UNTITLED),
                self._kind_names.get(summary.kind, summary.kind),
                _long_date(summary.release_date, language()),
                local_time(summary.updated_at),
            )
            self._display[summary.id] = texts
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
            keys = [self._sort_key(summary, which) for summary in self._rows]
            ranks = [0] * len(keys)
            for place, row in enumerate(sorted(range(len(keys)), key=keys.__getitem__)):
                ranks[row] = place
            self._ranks[column] = ranks
        return ranks

    def _sort_key(self, summary: DraftSummary, column: Column) -> Any:
        if column == Column.HEADLINE:
            return self._collator.sortKey(summary.headline)
        if column == Column.KIND:
            return self._collator.sortKey(self._kind_names.get(summary.kind, summary.kind))
        if column == Column.DATE:
            return summary.release_date
        return summary.updated_at
