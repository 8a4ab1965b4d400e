"""Before an export: "Şu hatalar duruyor: … Yine de dışa aktar?"

``confirm_export(findings, parent)`` returns True at once when no hata is
left, otherwise asks with the hata messages listed and returns the
officer's answer. ``BlockingDialog`` is the question itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from osbpress.checks import Finding, blocking
from osbpress.i18n import N_, _

QUESTION = N_("Yine de dışa aktarılsın mı?")


class BlockingDialog(QDialog):
    """Lists the hata findings; "Yine de dışa aktar" accepts, "Vazgeç" rejects."""

    def __init__(self, findings: list[Finding], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Bültende hata var"))
        self.setAccessibleName(_("Dışa aktarmadan önce hatalar"))
        heading = QLabel(_("Şu hatalar duruyor:"), self)
        self.items = QListWidget(self)
        self.items.setAccessibleName(_("Duran hatalar"))
        self.items.setWordWrap(True)
        self.items.addItems([finding.message for finding in findings])
        question = QLabel(_(QUESTION), self)
        buttons = QDialogButtonBox(self)
        self.go_on = buttons.addButton(
            _("Yine de dışa aktar"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.go_on.setAccessibleName(_("Yine de dışa aktar"))
        self.cancel = buttons.addButton(_("Vazgeç"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel.setAccessibleName(_("Vazgeç"))
        self.cancel.setDefault(True)  # Enter does not export past an error by accident
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.items, 1)
        layout.addWidget(question)
        layout.addWidget(buttons)
        self.setTabOrder(self.items, self.cancel)
        self.setTabOrder(self.cancel, self.go_on)
        self.resize(520, 320)


def confirm_export(findings: list[Finding] | None, parent: QWidget | None = None) -> bool:
    """True when the export may go on: no hata left, or the officer says so."""
    errors = blocking(list(findings or []))
    if not errors:
        return True
    dialog = BlockingDialog(errors, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def confirm_then(
    findings: list[Finding] | None, parent: QWidget | None, proceed: Callable[[], None]
) -> BlockingDialog | None:
    """Call ``proceed`` now when no hata is left; else ask without blocking and call it
    only if the officer goes on. Returns the question shown, if any."""
    errors = blocking(list(findings or []))
    if not errors:
        proceed()
        return None
    dialog = BlockingDialog(errors, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(proceed)
    dialog.open()
    return dialog
