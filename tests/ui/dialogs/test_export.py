"""The export dialog: every format written and read back, choices remembered,
a cancel leaves the folder untouched, an engine error is shown in Turkish."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QObject, QSettings, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QLineEdit, QListView, QProgressBar, QPushButton
from pytestqt.qtbot import QtBot

from osbpress.compose import compose
from osbpress.document import Document
from osbpress.model import Section
from osbpress.sample import sample_media, sample_profile, sample_release
from ui.dialogs import ExportDialog
from ui.operations import Operations

HEADLINE = "Dışa Aktarılan Bülten Başlığı"


@pytest.fixture(scope="module")
def document() -> Document:
    release = sample_release()
    release.headline = HEADLINE
    return compose(release, sample_profile(), media=sample_media)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ayarlar.ini"), QSettings.Format.IniFormat)


def open_dialog(
    qtbot: QtBot, document: Document, operations: Operations, settings: QSettings
) -> ExportDialog:
    dialog = ExportDialog(document, "bulten", operations, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def widget(dialog: ExportDialog, kind: type, name: str):  # type: ignore[no-untyped-def]
    """The dialog's control with accessible name ``name``, as a screen reader finds it."""
    found = [w for w in dialog.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, name
    return found[0]


def type_into(qtbot: QtBot, line: QLineEdit, text: str) -> None:
    """Replace ``line``'s text by typing ``text`` key by key.

    QTest.keyClicks aborts on letters outside ASCII (Qt's qasciikey.cpp
    asserts), so each character goes as a key event carrying its text.
    """
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    for char in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, line, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
        )
    assert line.text() == text


def toggle(qtbot: QtBot, box: QCheckBox) -> None:
    """Tick or untick ``box`` with the space bar (a click on its centre misses its label)."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def click(qtbot: QtBot, dialog: ExportDialog, name: str) -> None:
    qtbot.mouseClick(widget(dialog, QPushButton, name), Qt.MouseButton.LeftButton)


def export_into(qtbot: QtBot, dialog: ExportDialog, folder: Path) -> None:
    type_into(qtbot, widget(dialog, QLineEdit, "Klasör"), str(folder))
    click(qtbot, dialog, "Dışa aktar")
    assert dialog.is_running()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=20_000)


def test_every_format_is_written_and_reads_back(
    qtbot: QtBot,
    document: Document,
    operations: Operations,
    settings: QSettings,
    tmp_path: Path,
) -> None:
    dialog = open_dialog(qtbot, document, operations, settings)
    assert widget(dialog, QCheckBox, "Tüm biçimler").isChecked()
    type_into(qtbot, widget(dialog, QLineEdit, "Dosya adı"), "JICA ziyareti İŞĞ")
    folder = tmp_path / "çıktı"
    export_into(qtbot, dialog, folder)

    names = sorted(path.name for path in dialog.written())
    assert sorted(p.name for p in folder.iterdir()) == names
    assert {"JICA ziyareti İŞĞ.pdf", "JICA ziyareti İŞĞ.docx", "JICA ziyareti İŞĞ.html"} <= set(
        names
    )
    assert any(name.endswith(".jpg") for name in names)  # the photo beside the HTML
    pdf = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO((folder / "JICA ziyareti İŞĞ.pdf").read_bytes())).pages)  # fmt: skip
    assert HEADLINE in pdf
    paragraphs = [p.text for p in docx.Document(str(folder / "JICA ziyareti İŞĞ.docx")).paragraphs]
    assert HEADLINE in paragraphs
    assert f"<h1>{HEADLINE}</h1>" in (folder / "JICA ziyareti İŞĞ.html").read_text("utf-8")
    assert HEADLINE in (folder / "JICA ziyareti İŞĞ.txt").read_text("utf-8")

    listed = widget(dialog, QListView, "Yazılan dosyalar").model().stringList()
    assert sorted(listed) == names
    assert f"{len(names)} dosya" in dialog.status_text()
    assert widget(dialog, QPushButton, "Klasörü aç").isEnabled()


def test_choices_are_remembered_for_the_next_export(
    qtbot: QtBot,
    document: Document,
    operations: Operations,
    settings: QSettings,
    tmp_path: Path,
) -> None:
    dialog = open_dialog(qtbot, document, operations, settings)
    for name in ("Word (DOCX) biçimi", "Metin (TXT) biçimi"):
        toggle(qtbot, widget(dialog, QCheckBox, name))
    toggle(qtbot, widget(dialog, QCheckBox, "WordPress blokları"))
    export_into(qtbot, dialog, tmp_path / "site")
    assert sorted(p.suffix for p in dialog.written()) == [".html", ".jpg", ".pdf"]
    assert "<!-- wp:paragraph -->" in (tmp_path / "site" / "bulten.html").read_text("utf-8")
    dialog.close()

    reread = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    again = open_dialog(qtbot, document, operations, reread)
    assert again.formats() == ["pdf", "html"]
    assert widget(again, QLineEdit, "Klasör").text() == str(tmp_path / "site")
    assert widget(again, QCheckBox, "WordPress blokları").isChecked()
    every = widget(again, QCheckBox, "Tüm biçimler")
    assert not every.isChecked()
    toggle(qtbot, every)
    assert again.formats() == ["pdf", "docx", "html", "txt"]
    toggle(qtbot, every)
    assert again.formats() == []
    assert not widget(again, QPushButton, "Dışa aktar").isEnabled()


def test_a_cancel_mid_export_leaves_the_folder_untouched(
    qtbot: QtBot, operations: Operations, settings: QSettings, tmp_path: Path
) -> None:
    release = sample_release()
    release.sections = [Section(heading=f"Bölüm {n}", body="Paragraf. " * 200) for n in range(15)]
    long_document = compose(release, sample_profile(), media=sample_media)
    dialog = open_dialog(qtbot, long_document, operations, settings)
    progress = widget(dialog, QProgressBar, "İlerleme")
    # Cancel as the first step reports, the way an officer would on seeing the bar move.
    progress.valueChanged.connect(lambda _: click(qtbot, dialog, "İptal"))
    folder = tmp_path / "iptal"
    export_into(qtbot, dialog, folder)

    assert "iptal edildi" in dialog.status_text()
    assert dialog.written() == []
    assert list(folder.iterdir()) == []  # not even a temporary file
    assert widget(dialog, QPushButton, "Dışa aktar").isEnabled()
    assert not widget(dialog, QPushButton, "Klasörü aç").isEnabled()


def test_an_engine_error_is_shown_in_the_dialog(
    qtbot: QtBot,
    document: Document,
    operations: Operations,
    settings: QSettings,
    tmp_path: Path,
) -> None:
    dialog = open_dialog(qtbot, document, operations, settings)
    type_into(qtbot, widget(dialog, QLineEdit, "Dosya adı"), "a/b")
    export_into(qtbot, dialog, tmp_path / "hata")
    assert dialog.status_text() == "“a/b” bir dosya adı olarak kullanılamaz"
    assert dialog.written() == []
    assert widget(dialog, QPushButton, "Dışa aktar").isEnabled()


class _FolderOpener(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


def test_open_folder_shows_the_export_folder(
    qtbot: QtBot,
    document: Document,
    operations: Operations,
    settings: QSettings,
    tmp_path: Path,
) -> None:
    dialog = open_dialog(qtbot, document, operations, settings)
    export_into(qtbot, dialog, tmp_path / "aç")
    opener = _FolderOpener()
    QDesktopServices.setUrlHandler("file", opener, "open")
    try:
        click(qtbot, dialog, "Klasörü aç")
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [url.toLocalFile() for url in opener.opened] == [str(tmp_path / "aç")]


def test_the_settings_choice_leaves_the_headline_out_of_the_html(
    qtbot: QtBot,
    document: Document,
    operations: Operations,
    settings: QSettings,
    tmp_path: Path,
) -> None:
    settings.setValue("export/headline", False)  # Ayarlar › Dışa aktarma
    dialog = open_dialog(qtbot, document, operations, settings)
    type_into(qtbot, widget(dialog, QLineEdit, "Dosya adı"), "başlıksız")
    export_into(qtbot, dialog, tmp_path / "web")
    html = (tmp_path / "web" / "başlıksız.html").read_text("utf-8")
    assert "<h1>" not in html and HEADLINE not in html
    assert HEADLINE in (tmp_path / "web" / "başlıksız.txt").read_text("utf-8")
