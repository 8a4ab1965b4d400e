"""The main window's right pane and its dialogs as an officer meets them: the Kontrol tab
counts its findings and leads to their fields, export asks about a remaining hata, and
Ayarlar and Hakkında open from the menus."""

from __future__ import annotations

import copy
import sys
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

import osbpress.checks.context
from osbpress.checks import Severity, check
from osbpress.compose import compose, composition, suggest
from osbpress.render import render_html, render_pdf
from tests.ui.keyboard import type_text
from tests.ui.test_main_window import Harness, settle
from ui.checks.confirm import BlockingDialog
from ui.dialogs.about import AboutDialog
from ui.dialogs.export import ExportDialog
from ui.forms.publish import PublishPage
from ui.main_window import MainWindow
from ui.settings.dialog import SettingsDialog


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    harness = Harness(qtbot, tmp_path)
    window = harness.open()
    qtbot.waitUntil(lambda: window.review.findings() is not None, timeout=10_000)
    yield window
    harness.shutdown()


def finish(qtbot: QtBot, window: MainWindow) -> None:
    """Let the renders and checks the test started end before the workers stop."""
    settle(qtbot, window)
    qtbot.waitUntil(lambda: not window.pipeline.busy(), timeout=10_000)


def _checks_tab(window: MainWindow) -> str:
    return window.review.tabText(window.review.indexOf(window.checks))


def _action(window: MainWindow, text: str) -> QAction:
    return next(a for a in window.findChildren(QAction) if a.text() == text)


def test_the_kontrol_tab_counts_findings_and_a_click_opens_the_field(
    window: MainWindow, qtbot: QtBot
) -> None:
    count = len(window.checks.findings())
    assert _checks_tab(window) == (f"Kontrol ({count})" if count else "Kontrol")
    assert not any(f.severity is Severity.HATA for f in window.checks.findings())

    window.editor.setCurrentWidget(window.editor.page(PublishPage))
    edit = window.editor.page(PublishPage).widget_for(("headline",))
    assert isinstance(edit, QLineEdit)
    edit.setFocus()
    type_text(qtbot, edit, "MUHTEŞEM BİR ZİYARET")
    qtbot.waitUntil(
        lambda: any(f.field == ("headline",) for f in window.checks.findings()), timeout=10_000
    )
    assert _checks_tab(window) == f"Kontrol ({len(window.checks.findings())})"

    window.editor.setCurrentIndex(0)  # away from the headline's page
    row = next(i for i, f in enumerate(window.checks.findings()) if f.field == ("headline",))
    view = window.checks.view()
    window.review.setCurrentWidget(window.checks)
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editor.currentWidget() is window.editor.page(PublishPage)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
    finish(qtbot, window)


def test_export_asks_about_a_remaining_hata_and_goes_on_only_if_told(
    window: MainWindow, qtbot: QtBot
) -> None:
    session = window.session
    assert session is not None
    release = session.release.model_copy(deep=True)
    release.headline = ""
    release.quotes[0].speaker = ""
    window.pipeline.submit(release, window.context.profile, window.store.media_source())  # type: ignore[union-attr]
    qtbot.waitUntil(
        lambda: any(f.severity is Severity.HATA for f in window.review.findings() or []),
        timeout=10_000,
    )
    settle(qtbot, window)

    _action(window, "&Dışa aktar…").trigger()
    question = window.findChild(BlockingDialog)
    assert question is not None and question.isVisible()
    assert window.findChild(ExportDialog) is None
    qtbot.mouseClick(question.cancel, Qt.MouseButton.LeftButton)
    assert window.findChild(ExportDialog) is None

    _action(window, "&Dışa aktar…").trigger()
    question = next(d for d in window.findChildren(BlockingDialog) if d.isVisible())
    qtbot.mouseClick(question.go_on, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is not None)
    window.findChild(ExportDialog).reject()  # type: ignore[union-attr]
    finish(qtbot, window)


def test_export_without_a_hata_opens_at_once(window: MainWindow) -> None:
    _action(window, "&Dışa aktar…").trigger()
    assert window.findChild(BlockingDialog) is None
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    dialog.reject()


def test_settings_save_re_renders_the_open_draft_with_the_new_profile(
    window: MainWindow, qtbot: QtBot
) -> None:
    _action(window, "&Ayarlar…").trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    profile = window.context.profile.model_copy(
        update={"name": "Çerkezköy Organize Sanayi Bölgesi"}
    )
    with qtbot.waitSignal(window.preview_shown, timeout=10_000):
        dialog.profile_saved.emit(profile)
    result = window.previewer.latest()
    assert result is not None and "Çerkezköy Organize Sanayi Bölgesi" in result.text
    dialog.reject()
    finish(qtbot, window)


def test_about_opens_from_the_help_menu(window: MainWindow) -> None:
    _action(window, "OSB Basın &hakkında").trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def _headline(window: MainWindow) -> QLineEdit:
    window.editor.setCurrentWidget(window.editor.page(PublishPage))
    edit = window.editor.page(PublishPage).widget_for(("headline",))
    assert isinstance(edit, QLineEdit)
    edit.setFocus()
    return edit


def test_a_keystroke_leaves_composing_rendering_and_copying_to_later(
    window: MainWindow, qtbot: QtBot
) -> None:
    """What the UI thread does for a key: no compose, render, check or suggestion, not
    even a deep copy of the release (a 20-page one made typing wait for them)."""
    edit = _headline(window)
    slow = {
        f.__code__
        for f in (compose, composition, render_pdf, render_html, check, suggest, copy.deepcopy)
    }
    called: list[str] = []

    def watch(frame: FrameType, event: str, _arg: object) -> None:
        if event == "call" and frame.f_code in slow:
            called.append(frame.f_code.co_name)

    sys.setprofile(watch)  # this thread only: the workers are not watched
    try:
        type_text(qtbot, edit, " yazılırken")
    finally:
        sys.setprofile(None)
    assert called == []
    assert window.session is not None and window.session.release.headline.endswith(" yazılırken")
    finish(qtbot, window)


def test_the_checklist_reads_the_pipeline_s_document_instead_of_composing_again(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    composed: list[str] = []

    def counted(*args: object, **kwargs: object) -> object:
        composed.append("checks")
        return compose(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(osbpress.checks.context, "compose", counted)
    type_text(qtbot, _headline(window), " MUHTEŞEM")
    qtbot.waitUntil(
        lambda: any(f.rule == "abarti" for f in window.checks.findings()), timeout=10_000
    )
    finish(qtbot, window)
    assert composed == []


def test_the_preview_behind_the_kontrol_tab_shows_the_newest_render_when_brought_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    def pdf_on_screen() -> str:
        document = window.preview.pdf().view().document()
        return document.getAllText(0).text() if document is not None else ""

    edit = _headline(window)
    bar = window.review.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert window.review.currentWidget() is window.checks
    with qtbot.waitSignal(window.preview_shown, timeout=10_000):
        type_text(qtbot, edit, " Kontrolde")
    assert window.previewer.latest() is window.preview.result()
    assert "Kontrolde" not in pdf_on_screen()  # no PDF loaded for a hidden preview

    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
    qtbot.waitUntil(lambda: "Kontrolde" in pdf_on_screen())
    finish(qtbot, window)
