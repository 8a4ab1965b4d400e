"""The "Alıntılar" page: what was said, by whom, and where the release prints it.

A list of the release's quotes (add, remove, reorder) and a form for the
selected one: the speaker chosen from the participants (stored as the
participant's id), lead-in, text, verb, the section it belongs to and its
style. ``sync`` follows participants and sections edited on other pages
without touching the quote being typed.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from osbpress.i18n import N_, _
from osbpress.model import Participant, Quote, Release
from ui.context import AppContext
from ui.forms.base import EditorPage, FieldPath
from ui.widgets.fields import field_hint, field_title
from ui.widgets.rows import RowsModel
from ui.widgets.rows_editor import RowsEditor

# The verbs are the release's own words (Turkish in every interface language).
VERBS = ("dedi", "ifade etti", "vurguladı", "belirtti", "söyledi", "kaydetti")
STYLES: tuple[tuple[str, str | None], ...] = (
    (N_("Varsayılan"), None),
    (N_("Paragraf içinde"), "inline"),
    (N_("Ayrı blok"), "block"),
)
# Marked here, translated where shown (``_(NO_SPEAKER)``).
NO_SPEAKER = N_("(konuşmacı yok)")
MISSING_SPEAKER = N_("(silinmiş katılımcı)")
IN_LEAD = N_("(giriş bölümünde)")
MISSING_SECTION = N_("(silinmiş bölüm)")
_DETAIL_FIELDS = ("speaker", "lead_in", "text", "verb", "section", "style")
Index = QModelIndex | QPersistentModelIndex


def participant_label(participant: Participant) -> str:
    """How a participant is offered as a speaker: "Hasan Köse — OSB Müdürü"."""
    name = participant.name.strip() or _("(adsız katılımcı)")
    title = participant.title.strip()
    return _("{name} — {title}").format(name=name, title=title) if title else name


class QuotesModel(RowsModel):
    """The quotes, one per row: speaker and the start of the text."""

    # The model's titles as marked (N_); RowsModel translates them when shown.
    headers: ClassVar[tuple[str, ...]] = (
        Quote.model_fields["speaker"].title or "speaker",
        Quote.model_fields["text"].title or "text",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._speakers: dict[str, str] = {}

    def set_speakers(self, speakers: dict[str, str]) -> None:
        """Participant id → label, for the speaker column."""
        if speakers != self._speakers:
            self._speakers = speakers
            if self._items:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, 0))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        quote: Quote = self._items[index.row()]
        if index.column() == 0:
            if not quote.speaker:
                return _(NO_SPEAKER)
            return self._speakers.get(quote.speaker, _(MISSING_SPEAKER))
        text = " ".join(quote.text.split())
        return text if len(text) <= 90 else text[:89] + "…"


class QuotesPage(EditorPage):
    """The quotes list and the form for the selected quote."""

    page_title = N_("Alıntılar")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = QuotesModel(self)
        self._choices: tuple[dict[str, str], list[tuple[str, str]]] | None = None
        self.rows = RowsEditor(
            self.model,
            Quote,
            names=(_("Alıntı listesi"), _("Alıntı ekle"), _("Seçili alıntıyı sil")),
            parent=self,
        )
        self.view = self.rows.view
        self.view.setSelectionBehavior(self.view.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(self.view.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.view.setColumnWidth(0, 220)
        self.view.setMinimumHeight(130)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

        self.detail = QGroupBox(_("Seçili alıntı"), self)
        form = QFormLayout(self.detail)
        self.speaker = QComboBox(self.detail)
        self.lead_in = QLineEdit(self.detail)
        self.lead_in.setPlaceholderText(field_hint(Quote, "lead_in"))
        self.text = QPlainTextEdit(self.detail)
        self.text.setTabChangesFocus(True)
        self.verb = QComboBox(self.detail)
        self.verb.setEditable(True)
        self.verb.addItems(VERBS)
        self.verb.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.section = QComboBox(self.detail)
        self.style_combo = QComboBox(self.detail)
        for name, value in STYLES:
            self.style_combo.addItem(_(name), value)
        self._detail_widgets: dict[str, QWidget] = {
            "speaker": self.speaker,
            "lead_in": self.lead_in,
            "text": self.text,
            "verb": self.verb,
            "section": self.section,
            "style": self.style_combo,
        }
        for field, widget in self._detail_widgets.items():
            label = field_title(Quote, field)
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        verb_edit = self.verb.lineEdit()
        assert verb_edit is not None  # the combo is editable
        verb_edit.setAccessibleName(field_title(Quote, "verb"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.rows, 1)
        layout.addWidget(self.detail, 2)
        self.bind(("quotes",), self.view)
        self._connect_signals()
        self._show_detail(-1)

    def _connect_signals(self) -> None:
        self.model.edited.connect(self._emit_changed)
        self.rows.current_changed.connect(self._show_detail)
        self.rows.added.connect(lambda _row: self.text.setFocus())
        self.speaker.currentIndexChanged.connect(self._detail_edited)
        self.lead_in.textEdited.connect(self._detail_edited)
        self.text.textChanged.connect(self._detail_edited)
        self.verb.currentTextChanged.connect(self._detail_edited)
        self.section.currentIndexChanged.connect(self._detail_edited)
        self.style_combo.currentIndexChanged.connect(self._detail_edited)

    # -- EditorPage ------------------------------------------------------------

    def show_release(self, release: Release) -> None:
        self._loading = True
        try:
            self.model.set_items(release.quotes)
            self._choices = None
            self._fill_choices(release)
            self.rows.select_row(0 if release.quotes else -1)
        finally:
            self._loading = False
        self._show_detail(self.rows.current_row())

    def apply(self, release: Release) -> Release:
        return release.model_copy(update={"quotes": self.model.items()})

    def sync(self, release: Release) -> None:
        """Refresh the speaker and section choices; the quote being edited stays as it is."""
        was_loading, self._loading = self._loading, True
        try:
            self._fill_choices(release)
        finally:
            self._loading = was_loading

    def focus_field(self, path: FieldPath) -> bool:
        """Select the quote (``("quotes", 0, "text")``) and focus the field's widget."""
        target: QWidget = self.view
        if len(path) >= 2 and isinstance(path[1], int) and 0 <= path[1] < self.model.rowCount():
            self.rows.select_row(path[1])
            field = str(path[2]) if len(path) >= 3 else "text"
            target = self._detail_widgets.get(field, self.text)
        target.setFocus()
        return True

    # -- the selected quote ------------------------------------------------------

    def _fill_choices(self, release: Release) -> None:
        """Rebuild the speaker and section combos, keeping the selected quote's choice."""
        speakers = {p.id: participant_label(p) for p in release.participants}
        sections = [
            (
                section.id,
                section.heading.strip() or _("{number}. bölüm (başlıksız)").format(number=number),
            )
            for number, section in enumerate(release.sections, start=1)
        ]
        if (speakers, sections) == self._choices:
            return  # rebuilding would close an open popup for nothing
        self._choices = (speakers, sections)
        row = self.rows.current_row()
        quote: Quote | None = self.model.item(row) if row >= 0 else None
        self.model.set_speakers(speakers)
        self.speaker.clear()
        self.speaker.addItem(_(NO_SPEAKER), "")
        for participant_id, label in speakers.items():
            self.speaker.addItem(label, participant_id)
        self.section.clear()
        self.section.addItem(_(IN_LEAD), None)
        for section_id, heading in sections:
            self.section.addItem(heading, section_id)
        if quote is not None:
            self._select_choices(quote)

    def _select_choices(self, quote: Quote) -> None:
        # A quote naming a participant or section removed elsewhere keeps its id
        # (shown as removed) until the officer chooses another.
        _select_data(self.speaker, quote.speaker, _(MISSING_SPEAKER))
        _select_data(self.section, quote.section, _(MISSING_SECTION))

    def _show_detail(self, row: int) -> None:
        quote: Quote | None = self.model.item(row) if row >= 0 else None
        self.detail.setEnabled(quote is not None)
        was_loading, self._loading = self._loading, True
        try:
            shown = quote or Quote(verb="")
            self._select_choices(shown)
            self.lead_in.setText(shown.lead_in)
            self.text.setPlainText(shown.text)
            self.verb.setCurrentText(shown.verb)
            self.style_combo.setCurrentIndex(max(self.style_combo.findData(shown.style), 0))
        finally:
            self._loading = was_loading

    def _detail_edited(self) -> None:
        row = self.rows.current_row()
        if self._loading or row < 0:
            return
        quote: Quote = self.model.item(row)
        update = {
            "speaker": self.speaker.currentData() or "",
            "lead_in": self.lead_in.text(),
            "text": self.text.toPlainText(),
            "verb": self.verb.currentText(),
            "section": self.section.currentData(),
            "style": self.style_combo.currentData(),
        }
        self.model.replace(row, Quote(**{**quote.model_dump(), **update}))
        # Once another speaker or section is chosen, the removed one is no longer offered.
        for combo, missing in ((self.speaker, MISSING_SPEAKER), (self.section, MISSING_SECTION)):
            stale = combo.findText(_(missing))
            if stale >= 0 and stale != combo.currentIndex():
                combo.removeItem(stale)


def _select_data(combo: QComboBox, value: str | None, missing: str) -> None:
    """Select the item holding ``value``; an id no longer offered gets a ``missing`` item."""
    stale = combo.findText(missing)
    if stale >= 0 and combo.itemData(stale) != value:
        combo.removeItem(stale)
    index = combo.findData(value)
    if index < 0:
        combo.addItem(missing, value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)
