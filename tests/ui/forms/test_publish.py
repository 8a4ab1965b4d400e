"""The "Yayın" page: suggestions as placeholders, taking them over, dates, embargo, contact."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from osbpress.compose import suggest
from osbpress.model import Contact, Release
from osbpress.sample import sample_media, sample_profile, sample_release
from tests.ui.forms.showing import shown_page
from tests.ui.keyboard import type_text
from ui.context import AppContext
from ui.forms.publish import CONTACT_HINT, PublishPage
from ui.pipeline import DraftPipeline

W = TypeVar("W", bound=QWidget)


def field(page: PublishPage, *path: str, kind: type[W]) -> W:
    """The widget bound to ``path``, through the page's public ``widget_for``."""
    widget = page.widget_for(path)
    assert isinstance(widget, kind), (path, widget)
    return widget


@pytest.fixture
def pipeline(context: AppContext) -> DraftPipeline:
    return DraftPipeline(context.operations)


@pytest.fixture
def page(
    qtbot: QtBot, context: AppContext, release: Release, pipeline: DraftPipeline
) -> PublishPage:
    shown = shown_page(qtbot, PublishPage, context, release)
    pipeline.published.connect(shown.follow)  # as the editor workspace wires every page
    # The suggestions come with the pipeline's snapshot of the text, composed in a worker.
    with qtbot.waitSignal(shown.suggestions_shown, timeout=10_000):
        pipeline.submit(release, context.profile, sample_media)
    return shown


def test_showing_and_applying_unchanged_gives_the_release_back(
    page: PublishPage, release: Release
) -> None:
    assert page.title == "Yayın"
    assert page.apply(release) == release
    assert field(page, "dateline_city", kind=QLineEdit).text() == "Kahramanmaraş"
    assert field(page, "release_date", kind=QDateEdit).date() == QDate(2024, 11, 24)
    assert field(page, "release_date", kind=QDateEdit).text() == "24 Kasım 2024"
    assert field(page, "categories", kind=QLineEdit).text() == "GÜNDEM, EKONOMİ"


def test_empty_fields_show_the_composed_suggestion(page: PublishPage, release: Release) -> None:
    expected = suggest(release, sample_profile())
    for name in ("headline", "spot", "lead"):
        field = page.suggested(name)
        assert field.text() == ""
        assert field.editor.placeholderText() == getattr(expected, name)
        assert field.button.isEnabled()
    assert expected.headline == "JICA Heyeti Kahramanmaraş OSB’yi Ziyaret Etti"
    # Nothing in the draft calls for a closing, so none is suggested (nothing invented).
    closing = page.suggested("closing")
    assert closing.editor.placeholderText() == "" and not closing.button.isEnabled()


def test_taking_the_suggestion_makes_it_the_officers_text(
    qtbot: QtBot, page: PublishPage, release: Release
) -> None:
    expected = suggest(release, sample_profile())
    headline = page.suggested("headline")
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(headline.button, Qt.MouseButton.LeftButton)
    assert headline.text() == expected.headline
    assert not headline.button.isEnabled()
    qtbot.mouseClick(page.suggested("lead").button, Qt.MouseButton.LeftButton)
    applied = page.apply(release)
    assert applied.headline == expected.headline
    assert applied.lead == expected.lead
    assert applied.spot == "" and release.headline == ""


def test_typing_wins_and_disables_the_suggestion_button(
    qtbot: QtBot, page: PublishPage, release: Release
) -> None:
    spot = page.suggested("spot")
    with qtbot.waitSignal(page.changed):
        type_text(qtbot, spot.editor, "Japon heyeti bölgeyi gezdi.")
    assert not spot.button.isEnabled()
    assert page.apply(release).spot == "Japon heyeti bölgeyi gezdi."


def test_suggestions_follow_other_pages_and_vanish_for_an_unknown_kind(
    qtbot: QtBot, page: PublishPage, release: Release, pipeline: DraftPipeline
) -> None:
    guest = release.event.guest.model_copy(update={"short_name": "TİKA", "name": "TİKA"})
    changed = release.model_copy(
        update={"event": release.event.model_copy(update={"guest": guest})}
    )
    with qtbot.waitSignal(page.suggestions_shown, timeout=10_000):
        pipeline.submit(changed, sample_profile(), sample_media)
    headline = page.suggested("headline")
    assert headline.editor.placeholderText() == suggest(changed, sample_profile()).headline
    assert "TİKA" in headline.editor.placeholderText()

    with qtbot.waitSignal(page.suggestions_shown, timeout=10_000):
        pipeline.submit(
            release.model_copy(update={"kind": "olmayan-tür"}), sample_profile(), sample_media
        )
    assert headline.editor.placeholderText() == ""
    assert not headline.button.isEnabled()


def test_embargo_on_and_off(qtbot: QtBot, page: PublishPage, release: Release) -> None:
    assert page.apply(release).embargo is None
    assert not page._embargo.isEnabled()
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(field(page, "embargo", kind=QCheckBox), Qt.MouseButton.LeftButton)
    assert page._embargo.isEnabled()
    assert page.apply(release).embargo == dt.datetime(2024, 11, 24, 9, 0)

    with qtbot.waitSignal(page.changed):
        page._embargo.setFocus()
        qtbot.keyClick(page._embargo, Qt.Key.Key_Up)  # the day section: one day later
    assert page.apply(release).embargo == dt.datetime(2024, 11, 25, 9, 0)

    qtbot.mouseClick(field(page, "embargo", kind=QCheckBox), Qt.MouseButton.LeftButton)
    assert page.apply(release).embargo is None


def test_an_embargoed_release_shows_its_embargo(qtbot: QtBot, page: PublishPage) -> None:
    when = dt.datetime(2024, 11, 25, 14, 30)
    embargoed = sample_release().model_copy(update={"embargo": when})
    with qtbot.assertNotEmitted(page.changed):
        page.show_release(embargoed)
    assert field(page, "embargo", kind=QCheckBox).isChecked()
    assert page._embargo.text() == "25 Kasım 2024 14:30"
    assert page.apply(embargoed).embargo == when


def test_release_date_and_categories(qtbot: QtBot, page: PublishPage, release: Release) -> None:
    field(page, "release_date", kind=QDateEdit).setFocus()
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(field(page, "release_date", kind=QDateEdit), Qt.Key.Key_Down)
    field(page, "categories", kind=QLineEdit).clear()
    type_text(qtbot, field(page, "categories", kind=QLineEdit), " GÜNDEM ,EKONOMİ,, Sanayi ")
    applied = page.apply(release)
    assert applied.release_date == dt.date(2024, 11, 23)
    assert applied.categories == ["GÜNDEM", "EKONOMİ", "Sanayi"]


def test_an_empty_contact_means_the_profiles(
    qtbot: QtBot, page: PublishPage, release: Release
) -> None:
    assert page.apply(release).contact is None
    profile_contact = sample_profile().contact
    assert field(page, "contact", "name", kind=QLineEdit).placeholderText() == profile_contact.name
    assert (
        field(page, "contact", "email", kind=QLineEdit).placeholderText() == profile_contact.email
    )
    assert (
        field(page, "dateline_city", kind=QLineEdit).placeholderText()
        == "Kahramanmaraş (kurum profilinden)"
    )
    assert CONTACT_HINT == "Boş bırakılırsa kurum profilindeki iletişim kullanılır."

    with qtbot.waitSignal(page.changed):
        type_text(qtbot, field(page, "contact", "name", kind=QLineEdit), "Ayşe Işık")
    type_text(qtbot, field(page, "contact", "phone", kind=QLineEdit), "0 (344) 111 22 33")
    assert page.apply(release).contact == Contact(name="Ayşe Işık", phone="0 (344) 111 22 33")

    field(page, "contact", "name", kind=QLineEdit).clear()
    field(page, "contact", "phone", kind=QLineEdit).clear()
    assert page.apply(release).contact is None


def test_a_new_profile_updates_placeholders_and_suggestions(
    qtbot: QtBot, page: PublishPage, context: AppContext, pipeline: DraftPipeline
) -> None:
    profile = sample_profile()
    profile.city = "Gaziantep"
    profile.contact = Contact(name="Basın Müşavirliği")
    profile.style.headline_case = "sentence"
    context.set_profile(profile)  # the page's own placeholders follow at once
    with qtbot.waitSignal(page.suggestions_shown, timeout=10_000):
        pipeline.submit(sample_release(), profile, sample_media)  # as the window hands it on
    assert (
        field(page, "dateline_city", kind=QLineEdit).placeholderText()
        == "Gaziantep (kurum profilinden)"
    )
    assert field(page, "contact", "name", kind=QLineEdit).placeholderText() == "Basın Müşavirliği"
    headline = page.suggested("headline").editor.placeholderText()
    assert headline == suggest(sample_release(), profile).headline != ""


def test_focus_field_reaches_every_bound_field(page: PublishPage) -> None:
    assert page.focus_field(("headline",)) and page.suggested("headline").editor.hasFocus()
    assert (
        page.focus_field(("contact", "email"))
        and field(page, "contact", "email", kind=QLineEdit).hasFocus()
    )
    assert (
        page.focus_field(("categories", 1)) and field(page, "categories", kind=QLineEdit).hasFocus()
    )
    assert not page.focus_field(("photos", 0, "image"))


def test_undo_never_brings_another_drafts_text_into_this_one(
    qtbot: QtBot, page: PublishPage, release: Release
) -> None:
    lead = page.suggested("lead").editor
    assert isinstance(lead, QPlainTextEdit) and lead.toPlainText() == ""
    lead.setFocus()
    type_text(qtbot, lead, "SIZINTI metni")
    lead.selectAll()
    qtbot.keyClick(lead, Qt.Key.Key_Backspace)  # empty again, as in the other draft
    page.show_release(release.model_copy(update={"headline": "Başka Taslak"}))
    qtbot.keyClick(lead, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert lead.toPlainText() == ""
    assert page.apply(release).lead == ""
