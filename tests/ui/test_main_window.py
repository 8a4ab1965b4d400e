"""The main window as an officer uses it: sample on first start, typing, preview, export,
copy, reopen, two windows on one draft."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from osbpress.compose import suggest
from osbpress.store import DraftStore
from tests.ui.keyboard import type_text
from ui.forms.publish import PublishPage
from ui.main_window import MainWindow
from ui.operations import Operations
from ui.preview.controller import PreviewResult


def _pdf_text(result: PreviewResult) -> str:
    reader = PdfReader(io.BytesIO(result.pdf))
    return " ".join(page.extract_text() for page in reader.pages)


class Harness:
    """Windows over one store file, each with its own settings file and workers."""

    def __init__(self, qtbot: QtBot, tmp_path: Path) -> None:
        self.qtbot = qtbot
        self.store_path = tmp_path / "taslaklar.sqlite3"
        self.settings_path = tmp_path / "ayarlar.ini"
        self.windows: list[tuple[MainWindow, Operations]] = []

    def open(self, file: Path | None = None) -> MainWindow:
        operations = Operations()
        settings = QSettings(str(self.settings_path), QSettings.Format.IniFormat)
        window = MainWindow(operations, settings)
        self.qtbot.addWidget(window)
        self.windows.append((window, operations))
        window.show()
        with self.qtbot.waitSignal(window.preview_shown, timeout=20_000):
            window.start(self.store_path, file)
        return window

    def close(self, window: MainWindow) -> None:
        window.close()

    def shutdown(self) -> None:
        for window, operations in self.windows:
            window.close()
            operations.shutdown()


def settle(qtbot: QtBot, window: MainWindow) -> None:
    """Let the preview of what the test opened finish: a render still waiting for its
    pause when the test ends would start on a worker pool already shut down."""
    qtbot.waitUntil(lambda: not (window.pipeline.busy() or window.previewer.busy()), timeout=10_000)


@pytest.fixture
def harness(qtbot: QtBot, tmp_path: Path) -> Iterator[Harness]:
    harness = Harness(qtbot, tmp_path)
    yield harness
    harness.shutdown()


def _headline_edit(window: MainWindow) -> QLineEdit:
    page = window.editor.page(PublishPage)
    widget = page.widget_for(("headline",))
    assert isinstance(widget, QLineEdit)
    return widget


def test_first_start_opens_the_sample_with_its_preview(harness: Harness) -> None:
    window = harness.open()
    session = window.session
    assert session is not None
    assert session.release.event.guest.short_name == "JICA"
    result = window.previewer.latest()
    assert result is not None
    assert suggest(session.release, window.context.profile).headline in _pdf_text(result)
    # The sample's photo and logo went into the store, not left as file names.
    assert all(p.image.startswith("sha256:") for p in session.release.photos)
    assert window.context.profile.logo.startswith("sha256:")


def test_typing_a_headline_changes_the_pdf_and_survives_reopening(
    harness: Harness, qtbot: QtBot
) -> None:
    window = harness.open()
    window.editor.setCurrentWidget(window.editor.page(PublishPage))
    edit = _headline_edit(window)
    edit.setFocus()
    with qtbot.waitSignal(window.preview_shown, timeout=10_000):
        type_text(qtbot, edit, "Şırnak’tan İş Birliği Çağrısı")
    qtbot.waitUntil(
        lambda: "Şırnak’tan İş Birliği Çağrısı" in _pdf_text(window.previewer.latest()),
        timeout=10_000,
    )
    harness.close(window)
    again = harness.open()
    assert again.session is not None
    assert again.session.release.headline == "Şırnak’tan İş Birliği Çağrısı"
    assert _headline_edit(again).text() == "Şırnak’tan İş Birliği Çağrısı"


def test_taking_over_a_suggestion(harness: Harness, qtbot: QtBot) -> None:
    window = harness.open()
    page = window.editor.page(PublishPage)
    edit = _headline_edit(window)
    qtbot.waitUntil(lambda: edit.placeholderText() != "")  # written in a worker
    suggestion = edit.placeholderText()
    assert suggestion
    takeover = next(
        b for b in page.findChildren(QPushButton) if b.accessibleName() == "Başlık: öneriyi al"
    )
    takeover.click()
    assert edit.text() == suggestion
    qtbot.waitUntil(
        lambda: window.session is not None and window.session.release.headline == suggestion
    )


def test_copy_html_puts_both_formats_on_the_clipboard(harness: Harness, qtbot: QtBot) -> None:
    window = harness.open()
    QApplication.clipboard().setText("")
    window._actions["copy"].trigger()
    qtbot.waitUntil(lambda: bool(QApplication.clipboard().mimeData().html()), timeout=10_000)
    mime = QApplication.clipboard().mimeData()
    assert "<p>" in mime.html() and "Hasan Köse" in mime.html()
    assert "Hasan Köse" in mime.text() and "<p>" not in mime.text()


def test_new_draft_and_search(harness: Harness, qtbot: QtBot) -> None:
    window = harness.open()
    window._actions["new"].trigger()
    session = window.session
    assert session is not None and session.release.headline == ""
    edit = _headline_edit(window)
    edit.setFocus()
    type_text(qtbot, edit, "İSTANBUL heyeti")
    assert session.flush()
    store = window.store
    assert store is not None
    assert [s.id for s in store.search("istanbul")] == [session.draft_id]


def test_the_same_draft_in_two_windows_keeps_both_texts(harness: Harness, qtbot: QtBot) -> None:
    first = harness.open()
    second = harness.open()
    assert first.session is not None and second.session is not None
    assert first.session.draft_id == second.session.draft_id
    for window, text in ((first, "Birinci pencere"), (second, "İkinci pencere")):
        edit = _headline_edit(window)
        edit.setFocus()
        type_text(qtbot, edit, text)
        window.session.flush()
    with DraftStore(harness.store_path, auto_backup=False) as store:
        headlines = [r.headline for r in store.revisions(first.session.draft_id)]
        conflicts = [r for r in store.revisions(first.session.draft_id) if r.conflict]
    assert headlines[:2] == ["İkinci pencere", "Birinci pencere"]
    assert len(conflicts) == 1
    settle(qtbot, first)
    settle(qtbot, second)


def test_a_file_given_on_start_is_imported_and_opened(harness: Harness, tmp_path: Path) -> None:
    from osbpress.cli import main as cli

    draft = tmp_path / "gelen.json"
    assert cli(["sample", "-o", str(draft)]) == 0
    text = draft.read_text(encoding="utf-8").replace(
        '"headline": ""', '"headline": "Dosyadan gelen"'
    )
    draft.write_text(text, encoding="utf-8")
    window = harness.open(draft)
    assert window.session is not None
    assert window.session.release.headline == "Dosyadan gelen"
    assert all(p.image.startswith("sha256:") for p in window.session.release.photos)


def test_a_broken_file_given_on_start_is_named_and_the_app_opens(
    harness: Harness, tmp_path: Path, qtbot: QtBot
) -> None:
    broken = tmp_path / "bozuk.json"
    broken.write_text("{ bu json değil", encoding="utf-8")
    window = harness.open(broken)
    assert window.session is not None  # the sample opened instead
    box = message_box(qtbot, window)
    assert "bozuk.json" in box.text()


def test_ctrl_s_saves_a_named_revision(
    harness: Harness, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QInputDialog

    window = harness.open()
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kw: ("  Basına  giden ", True))
    assert window._actions["save"].shortcut().toString() == "Ctrl+S"
    with qtbot.waitSignal(window.commands.message, timeout=5000) as said:
        window._actions["save"].trigger()  # saved on the saver thread; the status line follows
    assert said.args[0] == "Sürüm kaydedildi."
    assert window.store is not None and window.session is not None
    (head, *_) = window.store.revisions(window.session.draft_id)
    assert head.note == "Basına giden"


def test_a_failed_preview_leads_to_the_field_at_fault(harness: Harness, qtbot: QtBot) -> None:
    from ui.forms.photos import PhotosPage

    window = harness.open()
    session = window.session
    assert session is not None
    photo = session.release.photos[0].model_copy(update={"image": "sha256:" + "0" * 64})
    session.update(session.release.model_copy(update={"photos": [photo]}))
    goto = next(
        b
        for b in window.preview.findChildren(QPushButton)
        if b.accessibleName() == "Hatalı alana git"
    )
    qtbot.waitUntil(goto.isVisible, timeout=10_000)
    assert "Önizleme hazırlanamadı" in window.preview.status_text()
    goto.click()
    assert window.editor.currentWidget() is window.editor.page(PhotosPage)


def test_every_control_has_an_accessible_name(harness: Harness) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QPlainTextEdit,
        QTabBar,
        QTextEdit,
        QWidget,
    )

    window = harness.open()
    controls = (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )
    nameless = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, controls) or isinstance(widget, QTabBar):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.window() is not window:
            continue  # Qt's own popups (combo lists, calendars) are windows of their own
        if isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # the line edit inside a combo or date field is named through it
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text):
            nameless.append(
                f"{type(widget).__name__} {widget.objectName()} in {type(widget.parent()).__name__}"
            )
    assert nameless == [], "\n".join(nameless)


def test_an_untitled_draft_is_listed_by_its_suggested_headline(harness: Harness) -> None:
    window = harness.open()
    assert window.store is not None and window.session is not None
    (summary,) = window.store.list()
    assert summary.headline == suggest(window.session.release, window.context.profile).headline
    assert summary.headline  # not "(başlıksız taslak)"


def test_the_library_follows_a_new_headline_within_a_second(harness: Harness, qtbot: QtBot) -> None:
    window = harness.open()
    edit = _headline_edit(window)
    edit.setFocus()
    type_text(qtbot, edit, "Yeni başlık")
    from ui.library.view import DraftTableView

    table = window.library.findChild(DraftTableView)
    assert table is not None

    def listed() -> bool:
        model = table.model()
        return any(model.index(row, 0).data() == "Yeni başlık" for row in range(model.rowCount()))

    qtbot.waitUntil(listed, timeout=3000)


# -- history, trash, files (the dialogs are opened, never exec'd: the test answers them) --


def message_box(qtbot: QtBot, window: MainWindow) -> QMessageBox:
    qtbot.waitUntil(lambda: window.findChild(QMessageBox) is not None, timeout=10_000)
    box = window.findChild(QMessageBox)
    assert isinstance(box, QMessageBox)
    return box


def file_dialog(qtbot: QtBot, window: MainWindow) -> QFileDialog:
    qtbot.waitUntil(lambda: window.findChild(QFileDialog) is not None)
    dialog = window.findChild(QFileDialog)
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    return dialog


def all_drafts(store: DraftStore) -> list[tuple[str, int]]:
    drafts = store.list(limit=1000) + store.list(trashed=True, limit=1000)
    return sorted((d.id, d.revision) for d in drafts)


def test_restoring_a_revision_shows_it_in_the_editor_and_can_be_undone(
    harness: Harness, qtbot: QtBot
) -> None:
    window = harness.open()
    assert window._actions["history"].shortcut().toString() == "Ctrl+H"
    edit = _headline_edit(window)
    edit.setFocus()
    type_text(qtbot, edit, "Dünkü başlık")  # saved when the history opens
    window._actions["history"].trigger()
    qtbot.waitUntil(lambda: window.history is not None)  # once the typed text is saved
    dialog = window.history
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.view.model().rowCount() >= 2)
    typed_head = dialog.selected()
    assert typed_head is not None and typed_head > 1

    first = dialog.view.model().rowCount() - 1  # revision 1, the sample as seeded
    with qtbot.waitSignal(dialog.preview_shown, timeout=10_000):
        dialog.view.setCurrentIndex(dialog.view.model().index(first, 0))
    assert "Dünkü başlık" in dialog.diff.toPlainText()  # the typed words came after it
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.selected() == typed_head + 1)  # reopened, the dialog follows

    session = window.session
    assert session is not None
    assert session.release.headline == ""
    assert _headline_edit(window).text() == ""
    store = window.store
    assert store is not None
    head, previous, *_ = store.revisions(session.draft_id)
    assert head.number == typed_head + 1 and head.note == "1. sürüm geri yüklendi"
    assert previous.headline == "Dünkü başlık"  # the replaced text stays in the history
    assert dialog.selected() == head.number  # the dialog lists the new head

    # Undo: bring the replaced text back the same way.
    with qtbot.waitSignal(dialog.preview_shown, timeout=10_000):
        dialog.select(previous.number)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.selected() == head.number + 1)
    assert window.session is not None
    assert window.session.release.headline == "Dünkü başlık"
    assert _headline_edit(window).text() == "Dünkü başlık"
    dialog.close()
    settle(qtbot, window)


def test_trash_and_restore_close_and_reopen_the_draft(harness: Harness, qtbot: QtBot) -> None:
    window = harness.open()
    assert window.session is not None
    draft_id = window.session.draft_id
    window.library.trash_action.trigger()
    assert window.session is None
    assert not window._actions["history"].isEnabled()
    window.library.trash_view_action.trigger()
    library = window.library
    qtbot.waitUntil(lambda: library.trash_shown and library.select(draft_id))  # once listed
    window.library.restore_action.trigger()
    qtbot.waitUntil(lambda: window.session is not None)
    assert window.session is not None and window.session.draft_id == draft_id
    assert window._actions["history"].isEnabled()
    settle(qtbot, window)


def test_opening_a_hostile_bundle_says_why_and_changes_nothing(
    harness: Harness, qtbot: QtBot, tmp_path: Path
) -> None:
    import zipfile

    from osbpress.bundle import import_bundle
    from osbpress.errors import BundleError

    hostile = tmp_path / "ek.osbpress"
    with zipfile.ZipFile(hostile, "w") as archive:
        archive.writestr("manifest.json", '{"format": "osbpress", "format_version": 1}')
        archive.writestr("draft.json", "{}")
        archive.writestr("../../../tmp/ele-gecir.sh", "echo")
    with pytest.raises(BundleError) as refused:
        import_bundle(hostile)
    window = harness.open()
    store = window.store
    assert store is not None and window.session is not None
    before, open_id = all_drafts(store), window.session.draft_id
    assert window._actions["open"].shortcut().toString() == "Ctrl+O"
    window._actions["open"].trigger()
    dialog = file_dialog(qtbot, window)
    dialog.selectFile(str(hostile))
    dialog.accept()
    box = message_box(qtbot, window)
    assert box.informativeText() == str(refused.value)
    assert "paket dışına" in box.informativeText()
    assert all_drafts(store) == before
    assert window.session.draft_id == open_id
    box.close()
    settle(qtbot, window)


def test_save_as_a_file_and_drop_it_back_as_a_new_draft(
    harness: Harness, qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    window = harness.open()
    edit = _headline_edit(window)
    edit.setFocus()
    type_text(qtbot, edit, "Paketle giden")
    window._actions["save_file"].trigger()
    dialog = file_dialog(qtbot, window)
    dialog.selectFile(str(tmp_path / "giden"))
    with qtbot.waitSignal(window.files.saved, timeout=10_000):
        dialog.accept()
    bundle = tmp_path / "giden.osbpress"
    assert bundle.is_file()

    def drag(path: Path) -> tuple[QDragEnterEvent, QDropEvent]:
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(path))])
        dragged.append(mime)  # the events point at it; Python must not free it first
        action, button = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
        modifiers = Qt.KeyboardModifier.NoModifier
        return (
            QDragEnterEvent(QPointF(20, 20), action, mime, button, modifiers),
            QDropEvent(QPointF(20, 20), action, mime, button, modifiers),
        )

    dragged: list[QMimeData] = []
    enter, _ = drag(tmp_path / "resim.png")
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()  # only drafts are taken

    first = window.session
    assert first is not None
    enter, drop = drag(bundle)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    with qtbot.waitSignal(window.files.imported, timeout=10_000):
        QApplication.sendEvent(window, drop)
    qtbot.waitUntil(lambda: window.session is not None and window.session is not first)
    qtbot.waitUntil(lambda: not window.library.loading)
    session = window.session
    assert session is not None and session.draft_id != first.draft_id
    assert session.release.headline == "Paketle giden"
    assert session.release.photos == first.release.photos  # the same photos, by content
    assert window.library.current_id() == session.draft_id
    assert window.store is not None and window.store.count() == 2
    settle(qtbot, window)


def test_a_file_the_os_hands_over_before_the_store_is_open_opens_with_it(
    harness: Harness, tmp_path: Path, qtbot: QtBot
) -> None:
    from osbpress.sample import sample_release

    draft = tmp_path / "finder.json"
    draft.write_text(
        sample_release()
        .model_copy(update={"photos": [], "headline": "Finder’dan"})
        .model_dump_json(),
        encoding="utf-8",
    )
    operations = Operations()
    settings = QSettings(str(harness.settings_path), QSettings.Format.IniFormat)
    harness.windows.append((window := MainWindow(operations, settings), operations))
    qtbot.addWidget(window)
    window.open_file(draft)  # before start(): macOS sends QFileOpenEvent that early
    with qtbot.waitSignal(window.files.imported, timeout=20_000):
        window.start(harness.store_path)
    qtbot.waitUntil(lambda: window.session is not None and not window.commands.busy)
    assert window.session is not None
    assert window.session.release.headline == "Finder’dan"
    settle(qtbot, window)


def test_history_keeps_clear_of_the_system_shortcut_on_macos() -> None:
    # Qt reads Ctrl as ⌘ on macOS, where ⌘H hides the app: History takes ⌘Y there.
    from ui.main_window import history_keys

    assert history_keys("linux") == history_keys("win32") == "Ctrl+H"
    assert history_keys("darwin") == "Ctrl+Y"
