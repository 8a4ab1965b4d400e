"""The "Etkinlik" page: what happened, when, where, between whom, why and about what.

The host and the guest are each an ``OrganisationBox`` of the ground floor:
under each organisation's short name a live line shows the name with its
case suffixes as the release will print them ("OSB’yi · OSB’ye · OSB’de
…"), the engine's line in the house style of the profile, so a wrong
reading ("okunuş") is seen while it is typed.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from osbpress.compose.kinds import kind_ids, kind_label, load_kind
from osbpress.errors import OsbPressError
from osbpress.i18n import N_, _
from osbpress.model import Event, Release
from ui.context import AppContext
from ui.forms.base import EditorPage
from ui.widgets.fields import field_hint, field_title
from ui.widgets.local_time import interface_locale
from ui.widgets.organisation import OrganisationBox, suffix_style
from ui.widgets.scroll import fill_with_scrolled

DATE_TIME_FORMAT = "dd.MM.yyyy HH:mm"


class EventPage(EditorPage):
    """Kind, date and time, place, host and guest organisations, purpose and topics."""

    page_title = N_("Etkinlik")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
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
        self.host = OrganisationBox(field_title(Event, "host"), style, ("country",), inner)
        self.guest = OrganisationBox(field_title(Event, "guest"), style, ("country",), inner)
        for key, box in (("host", self.host), ("guest", self.guest)):
            form.addRow(box)
            for name, edit in box.fields.items():
                self.bind(("event", key, name), edit)
            self.bind(("event", key), box.fields["name"])
        self.purpose = self._line(form, "purpose")
        self.agreement = self._line(form, "agreement")  # a signing's own document name
        self.topics = QPlainTextEdit(inner)
        self.topics.setTabChangesFocus(True)
        self.topics.setPlaceholderText(_("Her satıra bir konu; boş satırlar atlanır"))
        self.topics.setFixedHeight(self.topics.fontMetrics().lineSpacing() * 5 + 12)
        self._add_row(form, field_title(Event, "topics"), self.topics, ("event", "topics"))

        self.bind(("event",), self.place)
        column = QVBoxLayout(inner)
        column.addLayout(form)
        column.addStretch(1)
        fill_with_scrolled(self, inner)
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
        self.agreement.textEdited.connect(self._emit_changed)
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
            self.agreement.setText(event.agreement)
            self.agreement.setCursorPosition(0)
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
            agreement=self.agreement.text(),
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
