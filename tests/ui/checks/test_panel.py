"""The "Kontrol" panel and the export question, driven as the officer would."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from osbpress.checks import Finding, Severity, check
from tests.ui.checks.faulty import bad_release, no_contact_profile
from ui.checks.confirm import BlockingDialog, confirm_export
from ui.checks.panel import ALL_CLEAR, ChecksPanel, summary


def _shown_panel(qtbot: QtBot, findings: list[Finding]) -> ChecksPanel:
    panel = ChecksPanel()
    qtbot.addWidget(panel)
    panel.resize(420, 600)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_findings(findings)
    return panel


def test_findings_are_listed_with_severity_and_message(qtbot: QtBot) -> None:
    findings = check(bad_release(), no_contact_profile())
    panel = _shown_panel(qtbot, findings)
    view = panel.view()
    model = view.model()
    texts = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert len(texts) == len(findings)
    assert texts[0].startswith("Hata: ")
    assert any(text.startswith("Uyarı: “OSByi” yerine “OSB’yi”") for text in texts)
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert panel.summary_text().startswith("2 hata")


def test_clicking_a_finding_emits_its_field_path(qtbot: QtBot) -> None:
    findings = check(bad_release(), no_contact_profile())
    panel = _shown_panel(qtbot, findings)
    view = panel.view()
    row = next(i for i, f in enumerate(findings) if f.rule == "alinti-konusmaci")
    rect = view.visualRect(view.model().index(row, 0))
    with qtbot.waitSignal(panel.field_activated) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [("quotes", 2, "speaker")]


def test_enter_on_the_current_finding_emits_its_path(qtbot: QtBot) -> None:
    findings = [Finding(Severity.UYARI, "abarti", "“Muhteşem” …", ("lead",))]
    panel = _shown_panel(qtbot, findings)
    view = panel.view()
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    with qtbot.waitSignal(panel.field_activated) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [("lead",)]


def test_the_count_follows_the_findings(qtbot: QtBot) -> None:
    panel = _shown_panel(qtbot, [])
    assert panel.summary_text() == ALL_CLEAR
    findings = check(bad_release(), no_contact_profile())
    with qtbot.waitSignal(panel.count_changed) as blocker:
        panel.set_findings(findings)
    assert blocker.args == [len(findings)]
    with qtbot.waitSignal(panel.count_changed) as blocker:
        panel.set_findings([])
    assert blocker.args == [0]
    assert panel.view().model().rowCount() == 0


def test_summary_counts_by_severity() -> None:
    findings = [
        Finding(Severity.HATA, "a", "x"),
        Finding(Severity.ONERI, "b", "y"),
        Finding(Severity.ONERI, "c", "z"),
    ]
    assert summary(findings) == "1 hata, 2 öneri"


def test_export_goes_on_at_once_without_hata(qtbot: QtBot) -> None:
    assert confirm_export([Finding(Severity.UYARI, "abarti", "…")])
    assert confirm_export(None)


def _answer(qtbot: QtBot, seen: list[list[str]], *, go_on: bool) -> None:
    """Click a button of the question once it is on screen, noting the hata it lists."""

    def click() -> None:
        dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, BlockingDialog) and w.isVisible()
        ]
        if not dialogs:
            QTimer.singleShot(10, click)
            return
        dialog = dialogs[0]
        seen.append([dialog.items.item(row).text() for row in range(dialog.items.count())])
        qtbot.mouseClick(dialog.go_on if go_on else dialog.cancel, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


def test_export_asks_about_remaining_hata(qtbot: QtBot) -> None:
    findings = check(bad_release(), no_contact_profile())
    seen: list[list[str]] = []
    _answer(qtbot, seen, go_on=True)
    assert confirm_export(findings) is True
    _answer(qtbot, seen, go_on=False)
    assert confirm_export(findings) is False
    assert len(seen) == 2
    assert any(text.startswith("3. alıntının konuşmacısı yok") for text in seen[0])
    assert any(text.startswith("Basın iletişim bilgisi yok") for text in seen[0])
    assert len(seen[0]) == 2  # only the hata findings, not the uyarı


def test_the_question_defaults_to_not_exporting(qtbot: QtBot) -> None:
    dialog = BlockingDialog([Finding(Severity.HATA, "x", "Basın iletişim bilgisi yok.")])
    qtbot.addWidget(dialog)
    assert dialog.cancel.isDefault() and not dialog.go_on.isDefault()
    assert dialog.items.item(0).text() == "Basın iletişim bilgisi yok."
