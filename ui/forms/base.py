"""What every editor page shares: the page interface and field binding.

A page shows one part of the open ``Release`` (``show_release``), writes its
widgets back into a copy (``apply``) and says ``changed`` when the officer
types. ``follow`` lets a page follow each snapshot of the open draft (the
quotes page lists the participants, the publishing page shows suggestions). Each widget
is bound to the model's field path (``("event", "host", "short_name")``), so
an engine error carrying a path can focus the widget it is about.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from osbpress.i18n import _
from osbpress.model import Release
from ui.context import AppContext

if TYPE_CHECKING:
    from ui.pipeline import Snapshot

FieldPath = tuple[str | int, ...]


class EditorPage(QWidget):
    """Base of the six editor pages; subclasses build their widgets in ``__init__``.

    A subclass names itself with ``page_title = N_("…")`` (marked, not yet
    translated, since the language may change after import); ``title`` is
    that name in the interface language, for tabs and menus.
    """

    changed = Signal()
    page_title: ClassVar[str] = ""

    @property
    def title(self) -> str:
        """The page's name in the interface language ("Etkinlik" / "Event")."""
        return _(self.page_title) if self.page_title else ""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._fields: dict[FieldPath, QWidget] = {}
        self._loading = False

    # -- to override ---------------------------------------------------------

    def show_release(self, release: Release) -> None:
        """Fill the widgets from ``release``; must not emit ``changed``."""
        raise NotImplementedError

    def apply(self, release: Release) -> Release:
        """``release`` with this page's fields replaced by what the widgets hold."""
        raise NotImplementedError

    def sync(self, release: Release) -> None:
        """Follow an edit made elsewhere (default: nothing)."""

    def follow(self, snapshot: Snapshot) -> None:
        """Follow a snapshot of the open draft (default: ``sync`` with its text)."""
        self.sync(snapshot.release)

    # -- shared --------------------------------------------------------------

    def bind(self, path: FieldPath, widget: QWidget) -> None:
        """Remember that ``widget`` edits the field at ``path``."""
        self._fields[path] = widget

    def widget_for(self, path: FieldPath) -> QWidget | None:
        """The bound widget for ``path`` or for its longest bound prefix."""
        for end in range(len(path), 0, -1):
            widget = self._fields.get(tuple(path[:end]))
            if widget is not None:
                return widget
        return None

    def focus_field(self, path: FieldPath) -> bool:
        """Focus the widget editing ``path``; False if this page has none."""
        widget = self.widget_for(path)
        if widget is None:
            return False
        widget.setFocus()
        return True

    def _emit_changed(self) -> None:
        """Connect widget edit signals here: quiet while ``show_release`` runs."""
        if not self._loading:
            self.changed.emit()
