"""The settings dialog: a new logo reaches the exported PDF, the profile and house style
are saved to the real store, examples and the suffix line come from the engine,
preferences land on the keys the export dialog reads, bad files are refused in Turkish."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from osbpress.compose import compose, suggest
from osbpress.export import export
from osbpress.media import with_store_fallback
from osbpress.model import HouseStyle, Profile
from osbpress.sample import sample_media, sample_profile, sample_release
from osbpress.store import DraftStore
from osbpress.turkish import Case, SuffixStyle, inflect
from tests.ui.keyboard import type_text
from ui.context import AppContext
from ui.dialogs.export import ExportDialog
from ui.operations import Operations
from ui.settings.dialog import SettingsDialog
from ui.settings.examples import style_examples
from ui.startup import seed_sample

NEW_LOGO_SIZE = (96, 40)
NEW_LOGO_COLOUR = (200, 30, 140)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[DraftStore]:
    store = DraftStore(tmp_path / "s.sqlite3", auto_backup=False)
    seed_sample(store)  # the sample profile, its logo stored by content
    yield store
    store.close()


@pytest.fixture
def context(operations: Operations, store: DraftStore) -> AppContext:
    context = AppContext(operations)
    context.set_store(store)
    context.set_profile(store.get_profile())
    return context


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ayarlar.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def dialog(qtbot: QtBot, context: AppContext, settings: QSettings) -> SettingsDialog:
    dialog = SettingsDialog(context, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.house_style.examples["headline_case"].text()))
    return dialog


def control(dialog: QWidget, kind: type, name: str):  # type: ignore[no-untyped-def]
    """The control with accessible name ``name``, as a screen reader finds it."""
    found = [w for w in dialog.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, name
    return found[0]


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick the entry reading ``text`` with the keyboard, as an officer would."""
    combo.setFocus()
    target = combo.findText(text)
    assert target >= 0, text
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def save(qtbot: QtBot, dialog: SettingsDialog) -> Profile:
    with qtbot.waitSignal(dialog.profile_saved) as saved:
        qtbot.mouseClick(control(dialog, QAbstractButton, "Kaydet"), Qt.MouseButton.LeftButton)
    profile = saved.args[0]
    assert isinstance(profile, Profile)
    return profile


def new_logo(path: Path) -> Path:
    Image.new("RGB", NEW_LOGO_SIZE, NEW_LOGO_COLOUR).save(path)
    return path


def test_a_new_logo_is_saved_and_printed_in_the_exported_pdf(
    qtbot: QtBot, dialog: SettingsDialog, store: DraftStore, tmp_path: Path
) -> None:
    old_logo = store.get_profile().logo
    with qtbot.waitSignal(dialog.organisation.logo_changed):
        dialog.organisation.choose_logo_file(new_logo(tmp_path / "yeni-logo.png"))
    preview = control(dialog, QLabel, "Logo önizlemesi")
    qtbot.waitUntil(lambda: not preview.pixmap().isNull())
    assert preview.pixmap().toImage().pixelColor(2, 2).red() == NEW_LOGO_COLOUR[0]

    emitted = save(qtbot, dialog)

    saved = store.get_profile()  # read back from the store, not from the dialog
    assert saved == emitted
    assert saved.logo.startswith("sha256:") and saved.logo != old_logo
    document = compose(
        sample_release(), saved, media=with_store_fallback(sample_media, store.media_source())
    )
    (pdf,) = export(document, tmp_path / "out", "bulten", ["pdf"])
    images = [image.image for page in PdfReader(pdf).pages for image in page.images]
    logos = [image for image in images if image.size == NEW_LOGO_SIZE]
    assert logos, [image.size for image in images]
    assert logos[0].convert("RGB").getpixel((5, 5)) == pytest.approx(NEW_LOGO_COLOUR, abs=3)


def test_a_file_that_is_no_image_is_refused_in_turkish_and_the_logo_stays(
    qtbot: QtBot, dialog: SettingsDialog, store: DraftStore, tmp_path: Path
) -> None:
    logo = dialog.organisation.logo
    not_image = tmp_path / "logo.png"
    not_image.write_text("bu bir resim değil", encoding="utf-8")
    dialog.organisation.choose_logo_file(not_image)
    status = control(dialog, QLabel, "Logo durumu")
    qtbot.waitUntil(lambda: status.property("state") == "error")
    assert "logo.png" in status.text()
    assert dialog.organisation.logo == logo
    save(qtbot, dialog)
    assert store.get_profile().logo == logo


def test_typed_profile_fields_are_saved_and_unshown_ones_kept(
    qtbot: QtBot, context: AppContext, settings: QSettings, store: DraftStore
) -> None:
    store.save_profile(store.get_profile().model_copy(update={"checks_off": ["uzun-baslik"]}))
    context.set_profile(store.get_profile())
    dialog = SettingsDialog(context, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    city = control(dialog, QLineEdit, "Şehir")
    city.selectAll()
    type_text(qtbot, city, "Kırşehir")
    about = control(dialog, QPlainTextEdit, "Hakkında")
    about.selectAll()
    type_text(qtbot, about, "Kırşehir OSB, İç Anadolu’nun üretim üssüdür.")
    contact = control(dialog, QLineEdit, "Basın iletişim: Unvan")
    type_text(qtbot, contact, "Basın Müşaviri")

    save(qtbot, dialog)

    saved = store.get_profile()
    assert saved.city == "Kırşehir"
    assert saved.about == "Kırşehir OSB, İç Anadolu’nun üretim üssüdür."
    assert saved.contact.title == "Basın Müşaviri"
    assert saved.checks_off == ["uzun-baslik"]


def test_cancel_saves_nothing(qtbot: QtBot, dialog: SettingsDialog, store: DraftStore) -> None:
    before = store.get_profile()
    type_text(qtbot, control(dialog, QLineEdit, "Kurum adı: Kısa ad"), " Yönetimi")
    qtbot.mouseClick(control(dialog, QAbstractButton, "İptal"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert store.get_profile() == before


def test_the_suffix_line_follows_the_short_name_reading_and_apostrophe(
    qtbot: QtBot, dialog: SettingsDialog
) -> None:
    short = control(dialog, QLineEdit, "Kurum adı: Kısa ad")
    short.selectAll()
    type_text(qtbot, short, "TOBB")
    line = control(dialog, QLabel, "Kurum adı: ekli hâlleri")
    assert inflect("TOBB", Case.LOCATIVE) in line.text()
    type_text(qtbot, control(dialog, QLineEdit, "Kurum adı: Okunuş"), "tob")
    assert inflect("TOBB", Case.LOCATIVE, reading="tob") in line.text()

    choose(qtbot, control(dialog, QComboBox, "Kesme işareti"), "Düz kesme ( ' )")
    straight = SuffixStyle(apostrophe="'")
    assert inflect("TOBB", Case.LOCATIVE, reading="tob", style=straight) in line.text()
    assert "’" not in line.text()


def test_each_style_choice_shows_the_engine_sentence_and_is_saved(
    qtbot: QtBot, dialog: SettingsDialog, store: DraftStore
) -> None:
    headline_example = control(dialog, QLabel, "Başlık yazımı: örnek")
    quote_example = control(dialog, QLabel, "Alıntı biçimi: örnek")
    assert "dedi." in quote_example.text()

    choose(
        qtbot, control(dialog, QComboBox, "Başlık yazımı"), "Yalnızca ilk sözcüğün ilk harfi büyük"
    )
    choose(qtbot, control(dialog, QComboBox, "Alıntı biçimi"), "Ayrı blok, altında konuşmacı")
    choose(
        qtbot,
        control(dialog, QComboBox, "Kurum adlarında kesme"),
        "Kurum adlarında da kesme işareti",
    )
    choose(qtbot, control(dialog, QComboBox, "“İş birliği” yazımı"), "işbirliği")
    style = HouseStyle(
        headline_case="sentence",
        quote_style="block",
        institution_apostrophe=True,
        compound_spelling="işbirliği",
    )
    release = sample_release().model_copy(update={"headline": "", "lead": ""})
    expected = suggest(release, store.get_profile().model_copy(update={"style": style}))
    qtbot.waitUntil(lambda: headline_example.text() == expected.headline)
    assert "dedi." not in quote_example.text() and "—" in quote_example.text()
    institution = control(dialog, QLabel, "Kurum adlarında kesme: örnek").text()
    assert institution == expected.lead.split("\n\n")[0]

    saved = save(qtbot, dialog)
    assert saved.style == style
    assert store.get_profile().style == style


def test_export_defaults_use_the_export_dialogs_keys(
    qtbot: QtBot,
    dialog: SettingsDialog,
    settings: QSettings,
    operations: Operations,
    tmp_path: Path,
) -> None:
    folder = control(dialog, QLineEdit, "Varsayılan dışa aktarma klasörü")
    folder.selectAll()
    type_text(qtbot, folder, str(tmp_path / "bültenler"))
    for name in ("Varsayılan biçim: Word (DOCX)", "Varsayılan biçim: Metin (TXT)"):
        qtbot.mouseClick(control(dialog, QCheckBox, name), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(control(dialog, QCheckBox, "WordPress blokları"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(control(dialog, QCheckBox, "HTML’de başlık"), Qt.MouseButton.LeftButton)
    save(qtbot, dialog)

    assert settings.value("export/headline", type=bool) is False
    document = compose(sample_release(), sample_profile(), media=sample_media)
    export_dialog = ExportDialog(document, "bulten", operations, settings)
    qtbot.addWidget(export_dialog)
    assert control(export_dialog, QLineEdit, "Klasör").text() == str(tmp_path / "bültenler")
    assert export_dialog.formats() == ["pdf", "html"]
    assert control(export_dialog, QCheckBox, "WordPress blokları").isChecked()


def test_the_interface_language_is_stored_and_needs_a_restart(
    qtbot: QtBot, dialog: SettingsDialog, settings: QSettings
) -> None:
    note = control(dialog, QLabel, "Yeniden başlatma notu")
    assert not note.isVisibleTo(dialog)
    dialog.tabs.setCurrentIndex(3)
    choose(qtbot, control(dialog, QComboBox, "Arayüz dili"), "English")
    assert note.isVisible()
    save(qtbot, dialog)
    assert settings.value("interface/language") == "en"


def test_every_control_has_an_accessible_name(dialog: SettingsDialog) -> None:
    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QCheckBox, QAbstractButton)
    unnamed = [
        repr(widget)
        for kind in kinds
        for widget in dialog.findChildren(kind)
        if not widget.accessibleName()
        and widget.parent() is not None
        # Qt's own scroll-bar and tab-bar buttons are not ours to name.
        and type(widget).__name__ not in ("QToolButton", "QScrollBar")
    ]
    assert unnamed == []


def test_opened_before_the_store_it_waits_and_then_shows_the_stored_profile(
    qtbot: QtBot, operations: Operations, settings: QSettings, store: DraftStore
) -> None:
    context = AppContext(operations)
    dialog = SettingsDialog(context, settings)
    qtbot.addWidget(dialog)
    save_button = control(dialog, QAbstractButton, "Kaydet")
    assert not save_button.isEnabled()
    assert not control(dialog, QAbstractButton, "Logo seç").isEnabled()
    context.set_profile(store.get_profile())  # what the window does once the store is open
    context.set_store(store)
    assert save_button.isEnabled()
    assert control(dialog, QAbstractButton, "Logo seç").isEnabled()
    assert control(dialog, QLineEdit, "Kurum adı: Ad").text() == store.get_profile().name
    save(qtbot, dialog)
    assert store.get_profile().name == "Kahramanmaraş Organize Sanayi Bölgesi"


def test_the_tdk_default_is_explained_beside_its_choice(dialog: SettingsDialog) -> None:
    assert control(dialog, QComboBox, "Kurum adlarında kesme").currentData() is False
    notes = [label.text() for label in dialog.findChildren(QLabel) if "TDK" in label.text()]
    assert len(notes) == 1 and "Türk Dil Kurumuna" in notes[0] and "OSB’yi" in notes[0]


def test_every_house_style_choice_has_an_example_that_shows_it() -> None:
    for apostrophe in ("’", "'"):
        examples = style_examples(HouseStyle(apostrophe=apostrophe))
        assert all(examples.values()), [name for name, text in examples.items() if not text]
        assert f"Torısu{apostrophe}yu" in examples["apostrophe"]
