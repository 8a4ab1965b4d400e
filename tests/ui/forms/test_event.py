"""The Etkinlik page: typed facts reach the release, the suffix line follows name, reading and style."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from osbpress.model import HouseStyle, Organisation, Profile, Release
from osbpress.sample import sample_release
from tests.ui.forms.people_fixtures import ChangeCounter, editor_context
from tests.ui.forms.showing import check_screenshot
from tests.ui.keyboard import type_text
from ui.context import AppContext
from ui.forms.event import EventPage

# The offscreen platform says so whenever a shown top-level window's size hints change.


@pytest.fixture
def context() -> Iterator[AppContext]:
    with editor_context() as context:
        yield context


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> EventPage:
    page = EventPage(context)
    qtbot.addWidget(page)
    page.resize(700, 700)
    page.show_release(sample_release())
    page.show()
    qtbot.waitExposed(page)
    return page


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    type_text(qtbot, edit, text)


def with_event(release: Release, **changes: object) -> Release:
    return release.model_copy(update={"event": release.event.model_copy(update=changes)})


def test_showing_a_release_is_not_an_edit(qtbot: QtBot, context: AppContext) -> None:
    page = EventPage(context)
    qtbot.addWidget(page)
    changes = ChangeCounter(page)
    page.show_release(sample_release())
    page.show_release(Release())
    assert changes.count == 0
    assert page.apply(Release()) == Release()


def test_untouched_page_gives_the_release_back(page: EventPage) -> None:
    release = sample_release()
    assert page.apply(release) == release


def test_typed_place_purpose_and_guest_reach_the_release(qtbot: QtBot, page: EventPage) -> None:
    changes = ChangeCounter(page)
    release = sample_release()
    before = release.model_dump()
    retype(qtbot, page.place, "İstanbul Ticaret Odası Meclis Salonu")
    retype(qtbot, page.purpose, "ortak projeleri görüşmek")
    retype(qtbot, page.guest.fields["short_name"], "TOBB")
    retype(qtbot, page.guest.fields["reading"], "tob")
    retype(qtbot, page.host.fields["country"], "Türkiye")
    assert changes.count > 0
    host = release.event.host.model_copy(update={"country": "Türkiye"})
    guest = release.event.guest.model_copy(update={"short_name": "TOBB", "reading": "tob"})
    assert page.apply(release) == with_event(
        release,
        place="İstanbul Ticaret Odası Meclis Salonu",
        purpose="ortak projeleri görüşmek",
        host=host,
        guest=guest,
    )
    assert release.model_dump() == before  # the given release is never changed


def test_topics_are_one_per_line_without_blank_lines(qtbot: QtBot, page: EventPage) -> None:
    release = sample_release()
    page.topics.setFocus()
    page.topics.selectAll()
    qtbot.keyClick(page.topics, Qt.Key.Key_Backspace)
    type_text(qtbot, page.topics, "enerji verimliliği")
    qtbot.keyClick(page.topics, Qt.Key.Key_Return)
    qtbot.keyClick(page.topics, Qt.Key.Key_Return)
    type_text(qtbot, page.topics, "  İhracat  ")
    assert page.apply(release) == with_event(release, topics=["enerji verimliliği", "İhracat"])


def test_choosing_a_kind_by_typing_its_name(qtbot: QtBot, page: EventPage) -> None:
    changes = ChangeCounter(page)
    page.kind.setFocus()
    qtbot.keyClicks(page.kind, "Top")
    assert page.kind.currentText() == "Toplantı"
    assert changes.count == 1
    release = sample_release()
    assert page.apply(release) == release.model_copy(update={"kind": "toplanti"})


def test_an_unknown_kind_is_kept(qtbot: QtBot, page: EventPage) -> None:
    release = sample_release().model_copy(update={"kind": "eski-tur"})
    page.show_release(release)
    assert page.kind.currentText() == "eski-tur"
    assert page.apply(release) == release


def test_typed_date_and_time(qtbot: QtBot, page: EventPage) -> None:
    assert page.when.text() == "24.11.2024 10:30"
    changes = ChangeCounter(page)
    page.when.setFocus()
    page.when.setSelectedSection(page.when.Section.DaySection)
    qtbot.keyClicks(page.when, "051220241445")
    assert page.when.text() == "05.12.2024 14:45"
    assert changes.count > 0
    release = sample_release()
    assert page.apply(release) == with_event(release, when=dt.datetime(2024, 12, 5, 14, 45))


def test_calendar_is_turkish(page: EventPage) -> None:
    calendar = page.when.calendarWidget()
    assert calendar.locale().name() == "tr_TR"
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert page.when.locale().monthName(11) == "Kasım"


def test_no_date_clears_when_and_back(qtbot: QtBot, page: EventPage) -> None:
    release = sample_release()
    changes = ChangeCounter(page)
    qtbot.mouseClick(page.no_date, Qt.MouseButton.LeftButton)
    assert page.no_date.isChecked()
    assert not page.when.isEnabled()
    assert changes.count == 1
    assert page.apply(release) == with_event(release, when=None)
    qtbot.mouseClick(page.no_date, Qt.MouseButton.LeftButton)
    assert page.apply(release) == release


def test_a_release_without_date_shows_the_box_checked(page: EventPage) -> None:
    release = with_event(sample_release(), when=None)
    page.show_release(release)
    assert page.no_date.isChecked()
    assert not page.when.isEnabled()
    assert page.apply(release) == release


def test_untouched_date_keeps_its_seconds(page: EventPage) -> None:
    release = with_event(sample_release(), when=dt.datetime(2024, 11, 24, 10, 30, 15))
    page.show_release(release)
    assert page.apply(release) == release


def test_suffix_line_shows_the_short_name_inflected(qtbot: QtBot, page: EventPage) -> None:
    retype(qtbot, page.host.fields["short_name"], "OSB")
    assert page.host.suffixes.text() == "OSB’yi · OSB’ye · OSB’de · OSB’nin · OSB’den"


def test_suffix_line_follows_the_reading(qtbot: QtBot, page: EventPage) -> None:
    short, reading = page.guest.fields["short_name"], page.guest.fields["reading"]
    retype(qtbot, short, "TOBB")
    assert page.guest.suffixes.text().startswith("TOBB’u · TOBB’a")
    retype(qtbot, reading, "tebebe")
    assert page.guest.suffixes.text().startswith("TOBB’yi · TOBB’ye")
    retype(qtbot, reading, "")
    assert page.guest.suffixes.text().startswith("TOBB’u · ")


def test_suffix_line_uses_the_full_name_without_a_short_one(qtbot: QtBot, page: EventPage) -> None:
    retype(qtbot, page.guest.fields["short_name"], "")
    # A new profile writes institution names as TDK does.
    assert page.guest.suffixes.text().startswith("… Ajansını · Ajansına")


def test_suffix_line_follows_the_house_style(
    qtbot: QtBot, page: EventPage, context: AppContext
) -> None:
    retype(qtbot, page.guest.fields["short_name"], "")
    context.set_profile(Profile(style=HouseStyle(apostrophe="'", institution_apostrophe=True)))
    assert page.guest.suffixes.text().startswith("… Ajansı'nı · Ajansı'na")
    assert page.host.suffixes.text().startswith("… OSB'yi · OSB'ye")


def test_suffix_line_of_a_name_with_nothing_to_inflect(qtbot: QtBot, page: EventPage) -> None:
    page.show_release(with_event(sample_release(), guest=Organisation()))
    assert "burada görünür" in page.guest.suffixes.text()
    retype(qtbot, page.guest.fields["short_name"], "—")
    assert page.guest.suffixes.text() == " · ".join(["—"] * 5)


@pytest.mark.parametrize(
    ("path", "widget"),
    [
        (("kind",), "kind"),
        (("event", "when"), "when"),
        (("event", "place"), "place"),
        (("event", "guest", "reading"), "guest.reading"),
        (("event", "host"), "host.name"),
        (("event", "topics", 2), "topics"),
    ],
)
def test_focus_field_focuses_the_widget(
    qtbot: QtBot, page: EventPage, path: tuple[str | int, ...], widget: str
) -> None:
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    owner, _, field = widget.partition(".")
    target = getattr(page, owner).fields[field] if field else getattr(page, owner)
    assert page.focus_field(path)
    qtbot.waitUntil(target.hasFocus)


def test_screenshot(qtbot: QtBot, page: EventPage, tmp_path: Path) -> None:
    fields = check_screenshot(page, tmp_path / "etkinlik.png")
    # The sample's place and host are among the fields on screen, with their text drawn.
    assert page.place in fields and page.host.fields["name"] in fields


def test_city_sits_beside_the_place_and_reaches_the_release(qtbot: QtBot, page: EventPage) -> None:
    release = sample_release()
    page.show_release(release)
    assert page.city.accessibleName() == "İl/ilçe"
    assert page.city.parentWidget() is page.place.parentWidget()
    assert page.city.y() == page.place.y() and page.city.x() > page.place.x()  # one row
    changes = ChangeCounter(page)
    retype(qtbot, page.city, "Onikişubat/Kahramanmaraş")
    assert changes.count == len("Onikişubat/Kahramanmaraş")
    assert page.apply(release) == with_event(release, city="Onikişubat/Kahramanmaraş")


def test_a_stored_city_is_shown_and_kept(page: EventPage) -> None:
    release = with_event(sample_release(), city="Gebze")
    page.show_release(release)
    assert page.city.text() == "Gebze"
    assert page.apply(release) == release
    assert page.focus_field(("event", "city"))


def test_a_signings_protocol_name_is_shown_kept_and_typed(qtbot: QtBot, page: EventPage) -> None:
    release = sample_release().model_copy(update={"kind": "imza"})
    release.event.agreement = "Dual Eğitim İş Birliği Protokolü"
    page.show_release(release)
    # Typing elsewhere on the page never drops it.
    assert page.apply(release) == release
    edit = page.widget_for(("event", "agreement"))
    assert isinstance(edit, QLineEdit) and edit.text() == "Dual Eğitim İş Birliği Protokolü"
    edit.clear()
    edit.setFocus()
    type_text(qtbot, edit, "Staj Protokolü")
    assert page.apply(release).event.agreement == "Staj Protokolü"
