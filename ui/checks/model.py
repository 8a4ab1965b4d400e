"""The list model behind the "Kontrol" panel: one row per finding, icon and text by severity."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from osbpress.checks import Finding, Severity
from osbpress.i18n import N_, _

# Marked here, translated where shown: ``_(SEVERITY_LABELS[severity])``.
SEVERITY_LABELS = {
    Severity.HATA: N_("Hata"),
    Severity.UYARI: N_("Uyarı"),
    Severity.ONERI: N_("Öneri"),
}
_ICONS = {
    Severity.HATA: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Severity.UYARI: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Severity.ONERI: QStyle.StandardPixmap.SP_MessageBoxInformation,
}
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's ``Finding`` itself."""

_Index = QModelIndex | QPersistentModelIndex


class FindingsModel(QAbstractListModel):
    """The findings of the latest check, in the order ``check`` returned them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []
        self._icons: dict[Severity, QIcon] = {}

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self._findings = list(findings)
        self.endResetModel()

    def findings(self) -> list[Finding]:
        return list(self._findings)

    def finding(self, row: int) -> Finding:
        return self._findings[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._findings)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._findings):
            return None
        finding = self._findings[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _("{severity}: {message}").format(
                severity=_(SEVERITY_LABELS[finding.severity]), message=finding.message
            )
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(finding.severity)
        if role == Qt.ItemDataRole.ToolTipRole:
            if finding.path:
                return _("Kural: {rule} · alan: {field}").format(
                    rule=finding.rule, field=finding.path
                )
            return _("Kural: {rule}").format(rule=finding.rule)
        if role == FINDING_ROLE:
            return finding
        return None

    def _icon(self, severity: Severity) -> QIcon:
        icon = self._icons.get(severity)
        if icon is None:
            style = QApplication.style()
            icon = self._icons[severity] = style.standardIcon(_ICONS[severity])
        return icon
