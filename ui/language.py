"""The interface language at start: our catalogs and Qt's own, chosen together.

The officer picks Türkçe or English in Ayarlar (stored under
``interface/language``); the choice takes effect at the next start, when
``apply_language`` points ``osbpress.i18n`` at the catalog and installs Qt's
translation of its own dialogs (file dialogs, message-box buttons, context
menus of text fields): ``qtbase_tr`` shipped with PySide6 for Turkish, Qt's
native English otherwise. ``OSBPRESS_LANG`` overrides the setting, as it
does for the command line.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from osbpress import i18n

LANGUAGE_KEY = "interface/language"


def chosen_language(settings: QSettings) -> str:
    """``OSBPRESS_LANG`` if set, else the language saved in Ayarlar, else Turkish."""
    return os.environ.get(i18n.ENVIRONMENT) or str(settings.value(LANGUAGE_KEY, i18n.DEFAULT))


def apply_language(app: QCoreApplication, code: str) -> QTranslator | None:
    """Speak ``code`` in our messages and Qt's; returns Qt's translator (kept by ``app``)."""
    code = i18n.set_language(code)
    QLocale.setDefault(QLocale(i18n.babel_locale()))
    previous = getattr(app, "_osbpress_qt_translator", None)
    if previous is not None:
        app.removeTranslator(previous)
        app._osbpress_qt_translator = None  # type: ignore[attr-defined]
    if code == "en":
        return None  # Qt speaks English by itself
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load(f"qtbase_{code}", folder):
        return None  # a bundle without Qt's catalog still works, in Qt's English
    app.installTranslator(translator)
    app._osbpress_qt_translator = translator  # type: ignore[attr-defined]
    return translator
