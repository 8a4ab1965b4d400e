"""The library's filters above the list: the search box, the kind filter, the trash switch.

``FilterBar`` says when the filter changed (``changed``): a quarter second
after typing pauses, at once on Enter, a kind chosen or the trash switch.
The store does the filtering (``ui.library.model``), in a worker, so the
box stays responsive however large the store. In the search box Down moves
into the list (``into_list``) and Escape clears the search.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QToolButton, QVBoxLayout, QWidget

from osbpress.i18n import _
from ui.library.columns import kind_names

SEARCH_PAUSE_MS = 250


class FilterBar(QWidget):
    """Search, kind and trash switch; see the module docstring."""

    changed = Signal()
    into_list = Signal()
    """Down was pressed in the search box."""

    def __init__(self, trash_view_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self._search = QLineEdit(self)
        self._search.setPlaceholderText(_("Taslaklarda ara (Ctrl+F)"))
        self._search.setAccessibleName(_("Taslaklarda ara"))
        self._search.setClearButtonEnabled(True)
        self._search.installEventFilter(self)
        self._kind = QComboBox(self)
        self._kind.setAccessibleName(_("Bülten türü"))
        self._kind.addItem(_("Tüm türler"), None)
        for kind_id, name in kind_names().items():
            self._kind.addItem(name, kind_id)
        self._trash_button = QToolButton(self)
        self._trash_button.setDefaultAction(trash_view_action)
        self._trash_button.setAccessibleName(_("Çöp kutusunu göster"))

        row = QHBoxLayout()
        row.addWidget(self._kind, 1)
        row.addWidget(self._trash_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._search)
        layout.addLayout(row)
        QWidget.setTabOrder(self._search, self._kind)
        QWidget.setTabOrder(self._kind, self._trash_button)

        self._search.textChanged.connect(lambda _text: self._debounce.start())
        self._search.returnPressed.connect(self._changed_now)
        self._debounce.timeout.connect(self.changed)
        self._kind.currentIndexChanged.connect(self._changed_now)
        trash_view_action.triggered.connect(self._changed_now)

    @property
    def last(self) -> QWidget:
        """The last control in tab order (the list comes after it)."""
        return self._trash_button

    def query(self) -> str:
        return self._search.text()

    def kind(self) -> str | None:
        kind: str | None = self._kind.currentData()
        return kind

    def focus_search(self) -> None:
        self._search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._search.selectAll()

    def _changed_now(self) -> None:
        self._debounce.stop()
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the search box, Down moves into the list and Escape clears the search."""
        if watched is self._search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down:
                self.into_list.emit()
                return True
            if event.key() == Qt.Key.Key_Escape and self._search.text():
                self._search.clear()
                self._changed_now()
                return True
        return super().eventFilter(watched, event)
