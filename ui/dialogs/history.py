"""The history dialog: every revision of the open draft, what it said, and "Bu sürüme dön".

The list shows each revision the store kept (``DraftStore.revisions``) with
its time, headline and name; a revision saved over a text that had moved on
meanwhile (two windows, or a crash-recovered window saving its last text)
carries a conflict mark, so both texts can be found and compared. Beside
the list, the selected revision as the release would print: a word-level
difference against the open text, its plain text and the first PDF page,
all composed and rendered in a worker (``ui.operations``, latest wins).

"Bu sürüme dön" does not restore anything itself: it asks the window
(``restore_requested``), which owns the open draft. The store then adds the
old text as a new revision, so the text it replaces stays in the list and
can be brought back the same way.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from osbpress.i18n import _
from osbpress.model import Profile, Release
from osbpress.store import DraftStore, RevisionInfo
from ui.dialogs.revisions import (
    DIFF_CSS,
    DIFF_LEGEND,
    RevisionModel,
    RevisionPreview,
    preview_revision,
)
from ui.operations import Operations, Task
from ui.widgets.fields import hint_label
from ui.widgets.scroll import scrolled

# Page 1 of a revision's PDF is this wide on screen, in device-independent pixels.
PAGE_WIDTH = 560


class HistoryDialog(QDialog):
    """Revisions of ``draft_id`` against the open text ``current``; see the module docstring."""

    restore_requested = Signal(int)
    revisions_shown = Signal(int)
    """The list of revisions was read (this many) and is on screen."""
    preview_shown = Signal(int)
    """The preview of revision ``n`` is on screen (or its failure is)."""

    def __init__(
        self,
        store: DraftStore,
        draft_id: str,
        current: Release,
        profile: Profile,
        operations: Operations,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Geçmiş"))
        self.setAccessibleName(_("Taslağın geçmişi"))
        self.resize(1100, 700)
        self._store = store
        self._draft_id = draft_id
        self._current = current
        self._profile = profile
        self._operations = operations
        self._task: Task[Any] | None = None
        self.model = RevisionModel(self)
        self._build()
        self._connect_signals()
        self.reload(current)

    def _build(self) -> None:
        self.view = QTableView(self)
        self.view.setAccessibleName(_("Sürümler"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.status = QLabel(self)
        self.status.setAccessibleName(_("Önizleme durumu"))
        self.status.setWordWrap(True)
        self.diff = QTextBrowser(self)
        self.diff.setAccessibleName(_("Şimdiki metinle farkı"))
        self.diff.document().setDefaultStyleSheet(DIFF_CSS)
        legend = hint_label(_(DIFF_LEGEND), self)
        diff_tab = QWidget(self)
        diff_layout = QVBoxLayout(diff_tab)
        diff_layout.addWidget(legend)
        diff_layout.addWidget(self.diff, 1)
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(_("Sürümün metni"))
        self.text.setReadOnly(True)
        self.page = QLabel(self)
        self.page.setAccessibleName(_("Sürümün PDF’inin ilk sayfası"))
        self.page.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll = scrolled(self.page, self, framed=True)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(_("Sürüm önizlemesi"))
        self.tabs.addTab(diff_tab, _("Fark"))
        self.tabs.addTab(self.text, _("Metin"))
        self.tabs.addTab(scroll, _("PDF (1. sayfa)"))
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.status)
        side_layout.addWidget(self.tabs, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setSizes([480, 620])
        self.restore_button = QPushButton(_("Bu sürüme dön"), self)
        self.restore_button.setAccessibleName(_("Bu sürüme dön"))
        self.restore_button.setAutoDefault(False)  # Enter in the list must not restore
        self.restore_button.setToolTip(
            _(
                "Seçili sürümün metnini yeni bir sürüm olarak geri getirir; şimdiki metin "
                "geçmişte kalır."
            )
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(_("Kapat"))
        close.setAccessibleName(_("Kapat"))
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.restore_button.clicked.connect(self._restore)
        self.buttons.rejected.connect(self.reject)

    # -- public ------------------------------------------------------------

    def reload(self, current: Release) -> None:
        """Read the revisions again (in a worker) and compare with ``current``; the newest
        is selected when they arrive (``revisions_shown``)."""
        self._current = current
        store, draft_id = self._store, self._draft_id
        self._operations.run(
            lambda task: store.revisions(draft_id),
            success=self._show_revisions,
            failure=self._revisions_failed,
            key=f"history-list-{id(self)}",
        )

    def _show_revisions(self, revisions: list[RevisionInfo]) -> None:
        self.model.set_revisions(revisions)
        if revisions:
            self.select(revisions[0].number)
        self._update_button()
        self.revisions_shown.emit(len(revisions))

    def _revisions_failed(self, error: BaseException) -> None:
        self.status.setText(str(error))
        self._show_revisions([])

    def select(self, number: int) -> None:
        row = self.model.row_of(number)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.scrollTo(self.model.index(row, 0))

    def selected(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.revision(index.row()).number if index.isValid() else None

    # -- preview -----------------------------------------------------------

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_button()
        if not current.isValid():
            return
        number = self.model.revision(current.row()).number
        self.status.setText(_("{number}. sürüm hazırlanıyor…").format(number=number))
        store, draft_id, release, profile = (
            self._store,
            self._draft_id,
            self._current,
            self._profile,
        )
        width = round(PAGE_WIDTH * self.devicePixelRatioF())
        if self._task is not None:
            self._task.cancel()
        self._task = self._operations.run(
            lambda task: preview_revision(store, draft_id, number, release, profile, width),
            success=self._show_preview,
            failure=self._preview_failed,
            key=f"history-{id(self)}",
        )

    def _show_preview(self, preview: RevisionPreview) -> None:
        self._task = None
        if preview.problem:
            self.status.setText(
                _("{number}. sürüm gösterilemiyor: {reason}").format(
                    number=preview.number, reason=preview.problem
                )
            )
            self.diff.clear()
            self.text.clear()
            self.page.clear()
        else:
            self.status.setText(_("{number}. sürüm").format(number=preview.number))
            self.diff.setHtml(preview.diff_html)
            self.text.setPlainText(preview.text)
            if preview.page is not None:
                pixmap = QPixmap.fromImage(preview.page)
                pixmap.setDevicePixelRatio(self.devicePixelRatioF())
                self.page.setPixmap(pixmap)
        self.preview_shown.emit(preview.number)

    def _preview_failed(self, error: BaseException) -> None:
        self._task = None
        self.status.setText(_("Önizleme hazırlanamadı: {reason}").format(reason=error))

    # -- commands ----------------------------------------------------------

    def _update_button(self) -> None:
        number = self.selected()
        self.restore_button.setEnabled(number is not None and number != self.model.head)

    def _restore(self) -> None:
        number = self.selected()
        if number is not None and number != self.model.head:
            self.restore_requested.emit(number)

    def done(self, result: int) -> None:
        """Closing drops a preview still being rendered."""
        if self._task is not None:
            self._task.cancel()
        super().done(result)
