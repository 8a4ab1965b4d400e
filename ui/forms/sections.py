"""The "Bölümler" page: the release's sections, each a subheading and its text.

Sections are listed by heading and reordered with the buttons or by
dragging; the selected one is edited below. The body takes the light
markup ``osbpress.compose.markup`` reads, explained in one line under it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from osbpress.i18n import N_, _
from osbpress.model import Section
from ui.context import AppContext
from ui.forms.item_page import ItemListPage
from ui.widgets.fields import hint_label

MARKUP_HINT = N_(
    "**kalın**, *italik*, [bağlantı](https://…), satır başında - ile madde; "
    "boş satır yeni paragraf başlatır."
)


class SectionsPage(ItemListPage):
    """Sections in their order: add, remove, reorder; heading and body of the selected one."""

    page_title = N_("Bölümler")
    list_field = "sections"
    item_type = Section
    button_names = (
        N_("Bölüm ekle"),
        N_("Seçili bölümü sil"),
        N_("Seçili bölümü yukarı taşı"),
        N_("Seçili bölümü aşağı taşı"),
    )

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._heading = QLineEdit()
        self._heading.setPlaceholderText(_("Örn. Bölgenin Üretim Gücü Anlatıldı"))
        self._body = QPlainTextEdit()
        hint = hint_label(_(MARKUP_HINT))
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setAccessibleName(_("Metin biçimlendirme ipucu"))
        self._add_item_field("heading", self._heading)
        self._add_item_field("body", self._body, below=hint)
        self.setTabOrder(self._view, self._add_button)
        self.setTabOrder(self._down_button, self._heading)
        self.setTabOrder(self._heading, self._body)

    def _label(self, section: Section) -> str:
        if section.heading.strip():
            return section.heading.strip()
        # A section without a heading is told apart by how its text begins.
        start = " ".join(section.body.split())
        if len(start) > 48:
            start = start[:47].rstrip() + "…"
        return _("(Ara başlık yok) {start}").format(start=start).rstrip()

    def _add(self) -> None:
        self._append(Section())
        self._heading.setFocus()
