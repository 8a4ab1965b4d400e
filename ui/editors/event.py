"""The "Etkinlik" page: what happened, when, where, between whom, why and about what.

Beside each organisation's short name a live line shows the name with its
case suffixes as the release will print them ("OSB’yi · OSB’ye · OSB’de
…"), computed by the engine's ``inflect`` in the house style of the
profile, so a wrong reading ("okunuş") is seen while it is typed.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from osbpress.compose.kinds import kind_ids, kind_label, load_kind
from osbpress.errors import OsbPressError
from osbpress.i18n import N_, _
from osbpress.model import Event, HouseStyle, Organisation, Release
from osbpress.turkish import Case, SuffixStyle, inflect
from ui.editors.base import (
    EditorContext,
    EditorPage,
    field_hint,
    field_title,
    interface_locale,
)

DATE_TIME_FORMAT = "dd.MM.yyyy HH:mm"
SUFFIX_CASES = (Case.ACCUSATIVE, Case.DATIVE, Case.LOCATIVE, Case.GENITIVE, Case.ABLATIVE)
_ORGANISATION_FIELDS = ("name", "short_name", "reading", "country")


def suffix_style(style: HouseStyle) -> SuffixStyle:
    return SuffixStyle(
        apostrophe=style.apostrophe, institution_apostrophe=style.institution_apostrophe
    )


def suffix_line(name: str, reading: str, style: SuffixStyle) -> str:
    """The name's suffixed forms, one per case, joined by " · " ("" for no name).

    For a name of several words only the last word is repeated ("… OSB’yi ·
    OSB’ye"): the suffix attaches there and the line stays readable.
    """
    name = " ".join(name.split())
    if not name:
        return ""
    forms = [
        inflect(name, case, reading=reading.strip() or None, style=style) for case in SUFFIX_CASES
    ]
    head = name.rpartition(" ")[0]
    if head and all(form.startswith(head + " ") for form in forms):
        return "… " + " · ".join(form[len(head) + 1 :] for form in forms)
    return " · ".join(forms)


def suffix_hint(name: str, short_name: str, reading: str, style: SuffixStyle) -> str:
    """What the "Ekler" line under an organisation shows: the forms of the short name
    (else the full name), the engine's reason if it cannot inflect it, or how to start."""
    try:
        line = suffix_line(short_name.strip() or name, reading, style)
    except OsbPressError as error:
        line = str(error)
    return line or _("Kısa ad yazıldığında ekli hâlleri burada görünür.")


class OrganisationBox(QGroupBox):
    """Name, short name, reading and country of one organisation, with its suffix line."""

    edited = Signal()

    def __init__(self, title: str, style: SuffixStyle, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._style = style
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        for name in _ORGANISATION_FIELDS:
            edit = QLineEdit(self)
            label = field_title(Organisation, name)
            edit.setAccessibleName(_("{group}: {field}").format(group=title, field=label))
            edit.setPlaceholderText(field_hint(Organisation, name))
            edit.textEdited.connect(self._edited)
            self.fields[name] = edit
            form.addRow(label, edit)
            if name == "reading":
                self.suffixes = QLabel(self)
                self.suffixes.setAccessibleName(_("{group}: ekli hâlleri").format(group=title))
                self.suffixes.setToolTip(
                    _("Adın bültende alacağı ekler. Yanlışsa okunuşu düzeltin (örn. TOBB → tob).")
                )
                self.suffixes.setWordWrap(True)
                form.addRow(_("Ekler"), self.suffixes)

    def show_organisation(self, organisation: Organisation) -> None:
        for name, edit in self.fields.items():
            edit.setText(getattr(organisation, name))
            edit.setCursorPosition(0)  # show a long name from its start
        self.refresh()

    def organisation(self) -> Organisation:
        return Organisation(**{name: edit.text() for name, edit in self.fields.items()})

    def set_style(self, style: SuffixStyle) -> None:
        self._style = style
        self.refresh()

    def refresh(self) -> None:
        """Recompute the suffix line (compose uses the short name, else the full name)."""
        text = {name: edit.text() for name, edit in self.fields.items()}
        self.suffixes.setText(
            suffix_hint(text["name"], text["short_name"], text["reading"], self._style)
        )

    def _edited(self) -> None:
        self.refresh()
        self.edited.emit()


class EventPage(EditorPage):
    """Kind, date and time, place, host and guest organisations, purpose and topics."""

    page_title = N_("Etkinlik")

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._shown_when: dt.datetime | None = None
        inner = QWidget(self)
        form = QFormLayout()
        style = suffix_style(context.profile.style)

        self.kind = QComboBox(inner)
        for kind_id in kind_ids():
            self.kind.addItem(_kind_name(kind_id), kind_id)
        self._add_row(form, field_title(Release, "kind"), self.kind, ("kind",))

        self.when = QDateTimeEdit(inner)
        locale = interface_locale()
        self.when.setLocale(locale)
        self.when.setDisplayFormat(DATE_TIME_FORMAT)
        self.when.setCalendarPopup(True)
        self.when.calendarWidget().setLocale(locale)
        self.when.calendarWidget().setFirstDayOfWeek(locale.firstDayOfWeek())
        self.no_date = QCheckBox(_("Tarih belli değil"), inner)
        self.no_date.setAccessibleName(_("Tarih belli değil"))
        when_row = QHBoxLayout()
        when_row.addWidget(self.when)
        when_row.addWidget(self.no_date)
        when_row.addStretch(1)
        self.when.setAccessibleName(field_title(Event, "when"))
        form.addRow(field_title(Event, "when"), when_row)
        self.bind(("event", "when"), self.when)

        # "İl/ilçe" shares the row of "Yer": the two together say where it happened.
        self.place = self._event_edit(inner, "place")
        self.city = self._event_edit(inner, "city")
        city_label = QLabel(field_title(Event, "city"), inner)
        city_label.setBuddy(self.city)
        place_row = QHBoxLayout()
        place_row.addWidget(self.place, 3)
        place_row.addWidget(city_label)
        place_row.addWidget(self.city, 1)  # a city is short; the venue gets the room
        form.addRow(field_title(Event, "place"), place_row)
        self.host = OrganisationBox(field_title(Event, "host"), style, inner)
        self.guest = OrganisationBox(field_title(Event, "guest"), style, inner)
        for key, box in (("host", self.host), ("guest", self.guest)):
            form.addRow(box)
            for name, edit in box.fields.items():
                self.bind(("event", key, name), edit)
            self.bind(("event", key), box.fields["name"])
        self.purpose = self._line(form, "purpose")
        self.topics = QPlainTextEdit(inner)
        self.topics.setTabChangesFocus(True)
        self.topics.setPlaceholderText(_("Her satıra bir konu; boş satırlar atlanır"))
        self.topics.setFixedHeight(self.topics.fontMetrics().lineSpacing() * 5 + 12)
        self._add_row(form, field_title(Event, "topics"), self.topics, ("event", "topics"))

        self.bind(("event",), self.place)
        column = QVBoxLayout(inner)
        column.addLayout(form)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._connect_signals()

    def _add_row(
        self, form: QFormLayout, label: str, widget: QWidget, path: tuple[str, ...]
    ) -> None:
        widget.setAccessibleName(label)
        form.addRow(label, widget)
        self.bind(path, widget)

    def _line(self, form: QFormLayout, name: str) -> QLineEdit:
        edit = self._event_edit(self, name)
        form.addRow(field_title(Event, name), edit)
        return edit

    def _event_edit(self, parent: QWidget, name: str) -> QLineEdit:
        """A line edit for ``Event.<name>``, named, hinted and bound."""
        edit = QLineEdit(parent)
        edit.setAccessibleName(field_title(Event, name))
        edit.setPlaceholderText(field_hint(Event, name))
        self.bind(("event", name), edit)
        return edit

    def _connect_signals(self) -> None:
        self.kind.currentIndexChanged.connect(self._emit_changed)
        self.when.dateTimeChanged.connect(self._emit_changed)
        self.no_date.toggled.connect(self._no_date_toggled)
        self.place.textEdited.connect(self._emit_changed)
        self.city.textEdited.connect(self._emit_changed)
        self.host.edited.connect(self._emit_changed)
        self.guest.edited.connect(self._emit_changed)
        self.purpose.textEdited.connect(self._emit_changed)
        self.topics.textChanged.connect(self._emit_changed)
        self.context.profile_changed.connect(self._profile_changed)

    # -- EditorPage ------------------------------------------------------------

    def show_release(self, release: Release) -> None:
        self._loading = True
        try:
            event = release.event
            index = self.kind.findData(release.kind)
            if index < 0:
                # A kind whose folder is gone stays selected, so saving keeps it.
                self.kind.addItem(_kind_name(release.kind), release.kind)
                index = self.kind.count() - 1
            self.kind.setCurrentIndex(index)
            self._shown_when = event.when
            if event.when is None:
                start = QDateTime(QDate(release.release_date), QTime(10, 0))
            else:
                start = QDateTime(event.when.replace(tzinfo=None))
            self.when.setDateTime(start)
            self.no_date.setChecked(event.when is None)
            self.when.setEnabled(event.when is not None)
            for edit, text in ((self.place, event.place), (self.city, event.city)):
                edit.setText(text)
                edit.setCursorPosition(0)
            self.host.show_organisation(event.host)
            self.guest.show_organisation(event.guest)
            self.purpose.setText(event.purpose)
            self.purpose.setCursorPosition(0)
            self.topics.setPlainText("\n".join(event.topics))
        finally:
            self._loading = False

    def apply(self, release: Release) -> Release:
        event = Event(
            when=self._when(),
            place=self.place.text(),
            city=self.city.text(),
            host=self.host.organisation(),
            guest=self.guest.organisation(),
            purpose=self.purpose.text(),
            topics=[
                line.strip() for line in self.topics.toPlainText().splitlines() if line.strip()
            ],
        )
        return release.model_copy(update={"kind": self.kind.currentData(), "event": event})

    # -- helpers ---------------------------------------------------------------

    def _when(self) -> dt.datetime | None:
        if self.no_date.isChecked():
            return None
        typed = self.when.dateTime().toPython()
        assert isinstance(typed, dt.datetime)
        shown = self._shown_when
        # The editor shows minutes: an untouched value keeps its seconds and zone.
        if shown is not None and shown.replace(second=0, microsecond=0, tzinfo=None) == typed:
            return shown
        return typed

    def _no_date_toggled(self, checked: bool) -> None:
        self.when.setEnabled(not checked)
        self._emit_changed()

    def _profile_changed(self) -> None:
        style = suffix_style(self.context.profile.style)
        self.host.set_style(style)
        self.guest.set_style(style)


def _kind_name(kind_id: str) -> str:
    try:
        return kind_label(load_kind(kind_id))
    except OsbPressError:
        return kind_id
