"""The interface language at start: our catalog and Qt's own dialogs switch together."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from osbpress import i18n
from ui.language import LANGUAGE_KEY, apply_language, chosen_language


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    locale = QLocale()
    yield qapp
    apply_language(qapp, "en")  # removes Qt's translator again
    i18n.set_language("tr")
    QLocale.setDefault(locale)


def _cancel_text(qtbot: QtBot) -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    button = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert isinstance(button, QPushButton)
    return button.text().replace("&", "")


def test_turkish_translates_qts_own_buttons(app: QApplication, qtbot: QtBot) -> None:
    assert apply_language(app, "tr") is not None
    assert _cancel_text(qtbot) == "İptal"
    assert i18n.language() == "tr" and QLocale().name() == "tr_TR"


def test_english_leaves_qt_in_english_and_switches_our_catalog(
    app: QApplication, qtbot: QtBot
) -> None:
    apply_language(app, "tr")
    assert apply_language(app, "en") is None
    assert _cancel_text(qtbot) == "Cancel"
    assert i18n.language() == "en"
    assert i18n._("Bültende göze çarpan bir sorun yok.") == "No problems stand out in the release."


def test_the_choice_comes_from_the_environment_then_the_settings(
    tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = QSettings(str(tmp_path) + "/ayarlar.ini", QSettings.Format.IniFormat)
    monkeypatch.delenv(i18n.ENVIRONMENT, raising=False)
    assert chosen_language(settings) == "tr"
    settings.setValue(LANGUAGE_KEY, "en")
    assert chosen_language(settings) == "en"
    monkeypatch.setenv(i18n.ENVIRONMENT, "tr")
    assert chosen_language(settings) == "tr"
