"""The "Yayın" page: headline, spot, lead and closing, dateline, dates, categories, contact.

The four texts are what compose would write itself when left empty, so an
empty field shows compose's suggestion as its placeholder and "Öneriyi al"
turns it into the officer's own text to edit. The suggestions come with
each snapshot of the open draft (``follow``), composed by the draft
pipeline with the rest of the release: this page composes nothing itself.
"""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from osbpress.compose import Suggestions
from osbpress.i18n import N_, _
from osbpress.model import Contact, Release
from ui.context import AppContext
from ui.forms.base import EditorPage
from ui.pipeline import Snapshot
from ui.widgets.fields import field_title, hint_label
from ui.widgets.local_time import interface_locale

SUGGESTION_HINT = N_(
    "Boş bir alanda soluk görünen metin, bültende kullanılacak öneridir; "
    "“Öneriyi al” onu düzenleyebileceğiniz metne çevirir."
)
CONTACT_HINT = N_("Boş bırakılırsa kurum profilindeki iletişim kullanılır.")
_CONTACT_FIELDS = ("name", "title", "phone", "email")


class SuggestedText(QWidget):
    """A text field whose empty state shows a suggestion, and a button to take it over."""

    edited = Signal()

    def __init__(self, title: str, lines: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._suggestion = ""
        self.editor: QLineEdit | QPlainTextEdit
        if lines == 1:
            self.editor = QLineEdit()
        else:
            self.editor = QPlainTextEdit()
            self.editor.setTabChangesFocus(True)
            margins = 2 * (self.editor.frameWidth() + self.editor.document().documentMargin())
            spacing = self.editor.fontMetrics().lineSpacing()
            self.editor.setFixedHeight(int(lines * spacing + margins))
        self.editor.setAccessibleName(title)
        self.editor.textChanged.connect(self._text_changed)
        self.button = QPushButton(_("Öneriyi al"))
        self.button.setAccessibleName(_("{field}: öneriyi al").format(field=title))
        self.button.setToolTip(_("Önerilen metni bu alana yazar"))
        self.button.clicked.connect(self.take_suggestion)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.editor, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self._update_button()

    def text(self) -> str:
        if isinstance(self.editor, QLineEdit):
            return self.editor.text()
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        """Show ``text`` of a draft being opened: the field starts with no undo history,
        so Ctrl+Z can never bring the last draft's text into this one."""
        if isinstance(self.editor, QLineEdit):
            self.editor.setText(text)  # which clears the line's undo history
        elif text != self.text():
            self.editor.setPlainText(text)  # which clears the undo history too
        else:
            self.editor.document().clearUndoRedoStacks()

    def suggestion(self) -> str:
        return self._suggestion

    def set_suggestion(self, text: str) -> None:
        self._suggestion = text
        self.editor.setPlaceholderText(text)
        self.editor.setToolTip(text)
        # A multi-line field left its old placeholder painted until something else
        # repainted it (seen after switching drafts): paint the new one now.
        (
            self.editor.viewport() if isinstance(self.editor, QPlainTextEdit) else self.editor
        ).update()
        self._update_button()

    def take_suggestion(self) -> None:
        """Write the suggestion into the field, as typing would (Ctrl+Z takes it back)."""
        if not self._suggestion:
            return
        if isinstance(self.editor, QLineEdit):
            self.editor.selectAll()
            self.editor.insert(self._suggestion)
        else:
            self.editor.selectAll()
            self.editor.insertPlainText(self._suggestion)
        self.editor.setFocus()

    def _text_changed(self) -> None:
        self._update_button()
        self.edited.emit()

    def _update_button(self) -> None:
        # Only an empty field takes a suggestion: typed text is never overwritten.
        self.button.setEnabled(bool(self._suggestion) and not self.text())


class PublishPage(EditorPage):
    """The texts compose would otherwise write, and how and when the release goes out."""

    page_title = N_("Yayın")
    suggestions_shown = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._embargo_zone: dt.tzinfo | None = None

        self._texts = {
            "headline": SuggestedText(field_title(Release, "headline")),
            "spot": SuggestedText(field_title(Release, "spot"), lines=3),
            "lead": SuggestedText(field_title(Release, "lead"), lines=6),
            "closing": SuggestedText(field_title(Release, "closing"), lines=3),
        }
        self._city = QLineEdit()
        self._date = QDateEdit()
        self._date.setCalendarPopup(True)
        self._date.setDisplayFormat("d MMMM yyyy")
        self._embargo_on = QCheckBox(_("Şu zamana dek:"))
        self._embargo = QDateTimeEdit()
        self._embargo.setCalendarPopup(True)
        self._embargo.setDisplayFormat("d MMMM yyyy HH:mm")
        locale = interface_locale()
        for edit in (self._date, self._embargo):
            edit.setLocale(locale)
            edit.calendarWidget().setLocale(locale)
        self._categories = QLineEdit()
        self._categories.setPlaceholderText(_("Örn. GÜNDEM, EKONOMİ (virgülle ayırın)"))
        self._contact = {name: QLineEdit() for name in _CONTACT_FIELDS}

        self._build_layout()
        self._name_and_bind()
        self._connect_signals()
        self._set_tab_order()
        self._show_profile()

    # -- EditorPage -------------------------------------------------------------

    def show_release(self, release: Release) -> None:
        was, self._loading = self._loading, True
        try:
            for name, field in self._texts.items():
                field.set_text(getattr(release, name))
            self._city.setText(release.dateline_city)
            self._date.setDate(_qdate(release.release_date))
            embargo = release.embargo
            self._embargo_zone = embargo.tzinfo if embargo is not None else None
            if embargo is None:
                embargo = dt.datetime.combine(release.release_date, dt.time(9, 0))
            self._embargo.setDateTime(_qdatetime(embargo))
            self._embargo_on.setChecked(release.embargo is not None)
            self._embargo.setEnabled(release.embargo is not None)
            self._categories.setText(", ".join(release.categories))
            contact = release.contact or Contact()
            for name, edit in self._contact.items():
                edit.setText(getattr(contact, name))
        finally:
            self._loading = was

    def apply(self, release: Release) -> Release:
        copy = release.model_copy()
        # Assignment validates (Release has validate_assignment), the given one is untouched.
        for name, field in self._texts.items():
            setattr(copy, name, field.text())
        copy.dateline_city = self._city.text()
        copy.release_date = _date(self._date.date())
        copy.embargo = self.embargo()
        copy.categories = [part.strip() for part in self._categories.text().split(",")]
        copy.categories = [part for part in copy.categories if part]
        contact = Contact(**{name: edit.text() for name, edit in self._contact.items()})
        copy.contact = None if contact.is_empty() else contact
        return copy

    def follow(self, snapshot: Snapshot) -> None:
        """Show the suggestions composed with ``snapshot``'s text.

        A field the officer has typed into shows none (its placeholder is
        hidden, and its "Öneriyi al" off); emptied, it gets one with the next
        snapshot. ``suggestions_shown`` fires when the placeholders show them.
        """
        self.show_suggestions(snapshot.suggestions)

    def show_suggestions(self, suggestions: Suggestions | None) -> None:
        """Put ``suggestions`` (None: a text compose refused) into the fields' placeholders."""
        for name, field in self._texts.items():
            field.set_suggestion(getattr(suggestions, name) if suggestions else "")
        self.suggestions_shown.emit()

    # -- public ---------------------------------------------------------------

    def suggested(self, name: str) -> SuggestedText:
        """The field for ``headline``, ``spot``, ``lead`` or ``closing``."""
        return self._texts[name]

    def embargo(self) -> dt.datetime | None:
        """The embargo as set on the page: None when its box is unticked."""
        if not self._embargo_on.isChecked():
            return None
        when = self._embargo.dateTime()
        time = when.time()
        clock = dt.time(
            time.hour(), time.minute(), time.second(), time.msec() * 1000, self._embargo_zone
        )
        return dt.datetime.combine(_date(when.date()), clock)

    # -- internals --------------------------------------------------------------

    def _show_profile(self) -> None:
        """Placeholders say what the profile fills in for fields left empty."""
        profile = self.context.profile
        city = profile.city.strip()
        self._city.setPlaceholderText(
            _("{city} (kurum profilinden)").format(city=city) if city else ""
        )
        for name, edit in self._contact.items():
            edit.setPlaceholderText(getattr(profile.contact, name))

    def _profile_changed(self) -> None:
        self._show_profile()

    def _embargo_toggled(self, on: bool) -> None:
        self._embargo.setEnabled(on)
        self._emit_changed()

    def _embargo_edited(self) -> None:
        if self._embargo_on.isChecked():
            self._emit_changed()

    def _build_layout(self) -> None:
        hint = hint_label(_(SUGGESTION_HINT))
        form = QFormLayout()
        for name, field in self._texts.items():
            form.addRow(field_title(Release, name), field)
        form.addRow(field_title(Release, "dateline_city"), self._city)
        form.addRow(field_title(Release, "release_date"), self._date)
        embargo = QHBoxLayout()
        embargo.addWidget(self._embargo_on)
        embargo.addWidget(self._embargo, 1)
        form.addRow(field_title(Release, "embargo"), embargo)
        form.addRow(field_title(Release, "categories"), self._categories)

        contact_box = QGroupBox(field_title(Release, "contact"))
        contact_form = QFormLayout(contact_box)
        for name, edit in self._contact.items():
            contact_form.addRow(field_title(Contact, name), edit)
        contact_form.addRow(hint_label(_(CONTACT_HINT)))

        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(hint)
        column.addLayout(form)
        column.addWidget(contact_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _name_and_bind(self) -> None:
        for name, field in self._texts.items():
            self.bind((name,), field.editor)
        named = (
            ("dateline_city", self._city),
            ("release_date", self._date),
            ("embargo", self._embargo_on),
            ("categories", self._categories),
        )
        for name, widget in named:
            widget.setAccessibleName(field_title(Release, name))
            self.bind((name,), widget)
        self._embargo.setAccessibleName(_("Ambargo bitiş zamanı"))
        for name, edit in self._contact.items():
            edit.setAccessibleName(
                _("Basın iletişim: {field}").format(field=field_title(Contact, name))
            )
            self.bind(("contact", name), edit)
        self.bind(("contact",), self._contact["name"])

    def _connect_signals(self) -> None:
        for field in self._texts.values():
            field.edited.connect(self._emit_changed)
        for edit in (self._city, self._categories, *self._contact.values()):
            edit.textChanged.connect(self._emit_changed)
        self._date.dateChanged.connect(self._emit_changed)
        self._embargo_on.toggled.connect(self._embargo_toggled)
        self._embargo.dateTimeChanged.connect(self._embargo_edited)
        self.context.profile_changed.connect(self._profile_changed)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = []
        for field in self._texts.values():
            chain += [field.editor, field.button]
        chain += [self._city, self._date, self._embargo_on, self._embargo, self._categories]
        chain += list(self._contact.values())
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def _qdatetime(when: dt.datetime) -> QDateTime:
    time = QTime(when.hour, when.minute, when.second, when.microsecond // 1000)
    return QDateTime(_qdate(when.date()), time)
