"""The "Dışa aktarma" and "Arayüz" tabs: choices kept on this computer, in ``QSettings``.

Export defaults use the very keys the export dialog reads and writes
(``ui.export_choices``: ``export/folder``, ``export/formats``,
``export/wordpress``), so what is set here is what the next export starts
with, and a choice made in the export dialog shows here. ``export/headline`` says whether the HTML snippet
carries the headline. The interface language is ``interface/language``
("tr" or "en"); it takes effect when the app starts again.
"""

from __future__ import annotations

from PySide6.QtCore import QDir, QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from osbpress.export import FORMATS
from osbpress.i18n import _
from ui.export_choices import (
    FOLDER_KEY,
    FORMAT_LABELS,
    FORMATS_KEY,
    HEADLINE_KEY,
    WORDPRESS_KEY,
    chosen_formats,
    default_folder,
)
from ui.language import LANGUAGE_KEY
from ui.style import set_role

# Each language is named in itself, and the restart note is written in the language
# being chosen: the officer who picks a language reads that one. Not for gettext.
LANGUAGES = (("tr", "Türkçe"), ("en", "English"))
RESTART_NOTES = {
    "tr": "Yeni dil, uygulama yeniden başlatılınca geçerli olur.",
    "en": "The new language applies when the app starts again.",
}


def interface_language(settings: QSettings) -> str:
    """The chosen interface language code ("tr" unless "en" was chosen)."""
    code = str(settings.value(LANGUAGE_KEY, "tr"))
    return code if code in dict(LANGUAGES) else "tr"


class ExportDefaultsTab(QWidget):
    """Folder, formats, WordPress blocks and headline-in-snippet for new exports."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = QLineEdit(self)
        self.folder.setAccessibleName(_("Varsayılan dışa aktarma klasörü"))
        self.folder.textEdited.connect(self.edited)
        self.choose = QPushButton(_("Seç…"), self)
        self.choose.setAccessibleName(_("Dışa aktarma klasörü seç"))
        self.choose.clicked.connect(self._choose_folder)
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(self.choose)

        formats = QGroupBox(_("Biçimler"), self)
        column = QVBoxLayout(formats)
        # The export dialog marks its format labels with N_: translated here.
        self.formats = {name: QCheckBox(_(FORMAT_LABELS[name]), formats) for name in FORMATS}
        for name, box in self.formats.items():
            box.setAccessibleName(
                _("Varsayılan biçim: {format}").format(format=_(FORMAT_LABELS[name]))
            )
            box.toggled.connect(self.edited)
            column.addWidget(box)
        self.wordpress = QCheckBox(_("HTML’yi WordPress blokları olarak yaz"), self)
        self.wordpress.setAccessibleName(_("WordPress blokları"))
        self.headline = QCheckBox(_("HTML’de başlık da olsun"), self)
        self.headline.setAccessibleName(_("HTML’de başlık"))
        self.headline.setToolTip(
            _("Kapalıysa HTML spotla başlar; başlık sitenin kendi başlık alanına yazılır.")
        )
        for box in (self.wordpress, self.headline):
            box.toggled.connect(self.edited)

        form = QFormLayout()
        form.addRow(_("Klasör:"), where)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(formats)
        layout.addWidget(self.wordpress)
        layout.addWidget(self.headline)
        layout.addStretch(1)

    def tab_order(self) -> list[QWidget]:
        return [self.folder, self.choose, *self.formats.values(), self.wordpress, self.headline]

    def load(self, settings: QSettings) -> None:
        self.folder.setText(str(settings.value(FOLDER_KEY, default_folder())))
        chosen = chosen_formats(settings)
        for name, box in self.formats.items():
            box.setChecked(name in chosen)
        self.wordpress.setChecked(bool(settings.value(WORDPRESS_KEY, False, type=bool)))
        self.headline.setChecked(bool(settings.value(HEADLINE_KEY, True, type=bool)))

    def save(self, settings: QSettings) -> None:
        chosen = [name for name, box in self.formats.items() if box.isChecked()]
        settings.setValue(FORMATS_KEY, ",".join(chosen))
        settings.setValue(WORDPRESS_KEY, self.wordpress.isChecked())
        settings.setValue(HEADLINE_KEY, self.headline.isChecked())
        settings.setValue(FOLDER_KEY, self.folder.text().strip())

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, _("Dışa aktarma klasörü"), self.folder.text()
        )
        if folder:
            self.folder.setText(QDir.toNativeSeparators(folder))
            self.edited.emit()


class InterfaceTab(QWidget):
    """The interface language; the change applies at the next start."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._started_with = "tr"
        self.language = QComboBox(self)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setAccessibleName(_("Arayüz dili"))
        self.restart = QLabel(self)
        self.restart.setWordWrap(True)
        self.restart.setAccessibleName(_("Yeniden başlatma notu"))
        set_role(self.restart, "role", "hint")
        self.language.currentIndexChanged.connect(self._changed)
        form = QFormLayout()
        form.addRow(_("Arayüz dili:"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.restart)
        layout.addStretch(1)

    def tab_order(self) -> list[QWidget]:
        return [self.language]

    def load(self, settings: QSettings) -> None:
        self._started_with = interface_language(settings)
        self.language.setCurrentIndex(max(self.language.findData(self._started_with), 0))
        self.restart.setVisible(False)

    def save(self, settings: QSettings) -> None:
        settings.setValue(LANGUAGE_KEY, self.language.currentData())

    def _changed(self) -> None:
        code = self.language.currentData()
        self.restart.setText(RESTART_NOTES.get(code, RESTART_NOTES["tr"]))
        self.restart.setVisible(code != self._started_with)
        self.edited.emit()
