"""The "Kontrol" panel: what a careful editor would object to, one click from its field.

``set_findings`` shows a check's findings (hata first); a summary line counts
them by severity. Clicking a finding, or pressing Enter on it, emits
``field_activated(path)`` with the finding's field path (``("quotes", 1,
"text")``), the path ``EditorWorkspace.focus_field`` takes. ``count_changed``
carries the number of findings, for the tab title.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from osbpress.checks import Finding, Severity
from osbpress.i18n import N_, _, ngettext
from ui.checks.model import FindingsModel

ALL_CLEAR = N_("Bültende göze çarpan bir sorun yok.")
WAITING = N_("Bülten denetleniyor…")


def _count(severity: Severity, n: int) -> str:
    """ "2 hata" / "2 errors": one whole plural message per severity."""
    if severity is Severity.HATA:
        return ngettext("{n} hata", "{n} hata", n).format(n=n)
    if severity is Severity.UYARI:
        return ngettext("{n} uyarı", "{n} uyarı", n).format(n=n)
    return ngettext("{n} öneri", "{n} öneri", n).format(n=n)


def summary(findings: list[Finding]) -> str:
    """ "2 hata, 1 uyarı, 3 öneri" (only the severities present), or the all-clear line."""
    counts = [
        _count(severity, sum(f.severity is severity for f in findings))
        for severity in Severity
        if any(f.severity is severity for f in findings)
    ]
    return ", ".join(counts) if counts else _(ALL_CLEAR)


class ChecksPanel(QWidget):
    """The findings list and its summary; see the module docstring."""

    field_activated = Signal(object)
    count_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(_("Kontrol"))
        self._summary = QLabel(_(WAITING), self)
        self._summary.setAccessibleName(_("Kontrol özeti"))
        self._summary.setWordWrap(True)
        self._model = FindingsModel(self)
        self._view = QListView(self)
        self._view.setAccessibleName(_("Kontrol bulguları"))
        self._view.setModel(self._model)
        self._view.setWordWrap(True)
        # Re-lay out on resize, so long messages wrap to the panel's width.
        self._view.setResizeMode(QListView.ResizeMode.Adjust)
        self._view.setSpacing(2)
        self._view.setAlternatingRowColors(True)
        self._view.setToolTip(_("Bir bulguya tıklayın: ilgili alan açılır."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._summary)
        layout.addWidget(self._view, 1)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._view.clicked.connect(self._activate)
        self._view.activated.connect(self._activate)

    def set_findings(self, findings: list[Finding]) -> None:
        self._model.set_findings(findings)
        self._summary.setText(summary(findings))
        self.count_changed.emit(len(findings))

    def findings(self) -> list[Finding]:
        return self._model.findings()

    def summary_text(self) -> str:
        return self._summary.text()

    def view(self) -> QListView:
        return self._view

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.field_activated.emit(self._model.finding(index.row()).field)
