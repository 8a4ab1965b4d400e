"""The About dialog ("Hakkında"): what this program is, its version, and the licences it ships.

The version is ``osbpress.__version__`` (the one ``build.spec`` stamps on the
bundle), with the Qt, PySide6 and Python versions beside it for bug reports.
The text browser holds the licences of what the bundle carries: the Noto
fonts' SIL Open Font License, read from ``resources/fonts/noto/OFL.txt``
exactly as shipped, and Qt's LGPLv3 terms as they apply to PySide6; "Qt
hakkında" opens Qt's own statement.
"""

from __future__ import annotations

import html
import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import osbpress
from osbpress.i18n import _
from osbpress.resources import resource
from ui.style import app_icon, set_role

FONT_LICENCE = "fonts/noto/OFL.txt"
LGPL_URL = "https://www.gnu.org/licenses/lgpl-3.0.html"
QT_SOURCE_URL = "https://code.qt.io/"


def version_line() -> str:
    """ "Sürüm 0.1.0 · Qt 6.12.0 · PySide6 6.12.0 · Python 3.11.7"."""
    return _("Sürüm {version} · Qt {qt} · PySide6 {pyside} · Python {python}").format(
        version=osbpress.__version__,
        qt=qVersion(),
        pyside=PySide6.__version__,
        python=platform.python_version(),
    )


def licences_html() -> str:
    """The licence text shown in the dialog (fonts' OFL verbatim, Qt's LGPLv3 terms)."""
    try:
        ofl = resource(FONT_LICENCE).read_text(encoding="utf-8")
    except OSError:
        ofl = _("OFL.txt bulunamadı: bu kopya eksik kurulmuş olabilir.")
    # One message per heading and paragraph (each whole), the markup around them fixed.
    qt = _(
        "Bu program arayüzü için Qt {qt} kütüphanelerini ve PySide6 {pyside} (Qt for Python) "
        "bağlamalarını kullanır. İkisi de The Qt Company Ltd.’nin yazılımıdır ve "
        '<a href="{url}">GNU Lesser General Public License sürüm 3</a> (LGPLv3) '
        "koşullarıyla dağıtılır."
    ).format(qt=html.escape(qVersion()), pyside=html.escape(PySide6.__version__), url=LGPL_URL)
    source = _(
        "Qt kütüphaneleri programın klasöründe ayrı dosyalar olarak durur; bunları uyumlu "
        "başka bir Qt sürümüyle değiştirme hakkınız vardır. Qt’nin kaynak kodu "
        '<a href="{url}">{url}</a> adresindedir.'
    ).format(url=QT_SOURCE_URL)
    fonts = _(
        "PDF ve önizlemede kullanılan Noto yazı tipleri SIL Open Font License 1.1 (OFL) ile "
        "dağıtılır. Lisansın tam metni:"
    )
    qt_heading = _("Qt ve PySide6")
    fonts_heading = _("Yazı tipleri: Noto Sans ve Noto Serif")
    return f"""
<h3>{qt_heading}</h3>
<p>{qt}</p>
<p>{source}</p>
<h3>{fonts_heading}</h3>
<p>{fonts}</p>
<pre>{html.escape(ofl)}</pre>
"""


class AboutDialog(QDialog):
    """Program name, version, and the licences in a text browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("OSB Basın hakkında"))
        self.setAccessibleName(_("OSB Basın hakkında"))
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAccessibleName(_("Uygulama simgesi"))
        title = QLabel("OSB Basın", self)
        title.setAccessibleName(_("Uygulama adı"))
        set_role(title, "role", "heading")
        self.version = QLabel(version_line(), self)
        self.version.setAccessibleName(_("Sürüm"))
        self.version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        summary = QLabel(
            _("Türkçe basın bültenlerini PDF, Word, HTML ve metin olarak hazırlar."), self
        )
        summary.setWordWrap(True)
        summary.setAccessibleName(_("Açıklama"))
        heading = QVBoxLayout()
        for label in (title, self.version, summary):
            heading.addWidget(label)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        self.licences = QTextBrowser(self)
        self.licences.setAccessibleName(_("Lisanslar"))
        self.licences.setOpenExternalLinks(True)
        self.licences.setHtml(licences_html())

        self.about_qt = QPushButton(_("Qt hakkında"), self)
        self.close_button = QPushButton(_("Kapat"), self)
        self.close_button.setDefault(True)
        for button in (self.about_qt, self.close_button):
            button.setAccessibleName(button.text())
        self.about_qt.clicked.connect(lambda: QApplication.aboutQt())
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.about_qt)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.licences, 1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.licences, self.about_qt)
        QWidget.setTabOrder(self.about_qt, self.close_button)
        self.resize(620, 560)
