"""The draft library's table view: whole-row single selection, sorting, columns that fit.

It starts sorted as the store lists drafts (last changed first), so the
first page needs no other row. Column widths come from sample texts rather
than from the rows (resizing to contents would format every loaded row),
and a narrow panel drops "Değiştirildi", then "Tür", so the headline keeps
room to be read.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from osbpress.i18n import _, format_date
from ui.library.columns import Column
from ui.library.proxy import DraftSortProxy
from ui.widgets.local_time import local_time

# The order ``DraftStore.list`` returns: any other needs every row loaded first.
STORE_ORDER = (Column.UPDATED, Qt.SortOrder.DescendingOrder)
# A long date and time of the interface language sizes its column.
_SAMPLE_MOMENT = dt.datetime(2024, 9, 30, 22, 22, tzinfo=dt.UTC)
_KIND_SAMPLE = "Toplantı"
_HEADLINE_SAMPLE = "x" * 24


class DraftTableView(QTableView):
    """A read-only table over ``DraftSortProxy``; see the module docstring."""

    def __init__(self, proxy: DraftSortProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(_("Taslaklar"))
        self.setModel(proxy)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        metrics = self.fontMetrics()
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(Column.HEADLINE, QHeaderView.ResizeMode.Stretch)
        samples = {
            Column.KIND: _KIND_SAMPLE,
            Column.DATE: format_date(_SAMPLE_MOMENT.date()),
            Column.UPDATED: local_time(_SAMPLE_MOMENT),
        }
        for column, sample in samples.items():
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        self._headline_width = metrics.horizontalAdvance(_HEADLINE_SAMPLE)
        header.setSortIndicator(*STORE_ORDER)
        self.setSortingEnabled(True)

    def in_store_order(self) -> bool:
        header = self.horizontalHeader()
        return (header.sortIndicatorSection(), header.sortIndicatorOrder()) == STORE_ORDER

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        header = self.horizontalHeader()
        room = event.size().width() - self._headline_width - header.sectionSize(Column.DATE)
        for column in (Column.KIND, Column.UPDATED):
            room -= header.sectionSize(column)
            self.setColumnHidden(column, room < 0)
