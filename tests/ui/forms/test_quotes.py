"""The Alıntılar page: the selected quote's form, speakers by id, and choices that follow other pages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from osbpress.model import Participant, Quote, Release, Section
from tests.ui.forms.people_fixtures import ChangeCounter, editor_context
from tests.ui.forms.showing import check_screenshot
from tests.ui.keyboard import type_text
from ui.context import AppContext
from ui.forms.quotes import IN_LEAD, MISSING_SPEAKER, NO_SPEAKER, QuotesPage

DIRECTOR = "Hasan Köse — Kahramanmaraş OSB Müdürü"


@pytest.fixture
def context() -> Iterator[AppContext]:
    with editor_context() as context:
        yield context


@pytest.fixture
def page(qtbot: QtBot, context: AppContext, release: Release) -> QuotesPage:
    page = QuotesPage(context)
    qtbot.addWidget(page)
    page.resize(700, 700)
    page.show_release(release)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def with_quote(release: Release, row: int, **changes: object) -> Release:
    quotes = list(release.quotes)
    quotes[row] = quotes[row].model_copy(update=changes)
    return release.model_copy(update={"quotes": quotes})


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick ``text`` with the keyboard: focus the combo, press Down until it shows."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def test_showing_a_release_is_not_an_edit(
    qtbot: QtBot, context: AppContext, release: Release
) -> None:
    page = QuotesPage(context)
    qtbot.addWidget(page)
    changes = ChangeCounter(page)
    page.show_release(release)
    page.rows.select_row(1)
    page.show_release(release)
    assert changes.count == 0
    assert page.apply(release) == release


def test_the_selected_quote_fills_the_form(page: QuotesPage, release: Release) -> None:
    assert page.model.index(0, 0).data() == DIRECTOR
    assert page.speaker.currentText() == DIRECTOR
    assert page.text.toPlainText() == release.quotes[0].text
    assert page.lead_in.text() == release.quotes[0].lead_in
    assert page.section.currentText() == "Bölgenin Üretim Gücü Anlatıldı"
    assert page.style_combo.currentText() == "Varsayılan"
    page.rows.select_row(1)
    assert page.verb.currentText() == release.quotes[1].verb == "ifadelerini kullandı"
    assert page.lead_in.text() == ""
    assert page.section.currentText() == "Japonya ile Ortak Çalışma Alanları"
    assert [page.speaker.itemText(i) for i in range(page.speaker.count())] == [
        NO_SPEAKER,
        DIRECTOR,
        "Masashi Inove",
        "Kotoe Kuroda",
        "Seda Torısu",
    ]


def test_typed_quote_reaches_the_release(qtbot: QtBot, page: QuotesPage, release: Release) -> None:
    changes = ChangeCounter(page)
    page.rows.select_row(1)
    page.text.setFocus()
    page.text.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, page.text, " Ortak projeler için çalışacağız.")
    page.lead_in.setFocus()
    type_text(qtbot, page.lead_in, "görüşmenin önemine değinerek")
    page.verb.lineEdit().selectAll()
    page.verb.setFocus()
    type_text(qtbot, page.verb, "şeklinde konuştu")
    assert changes.count > 0
    text = release.quotes[1].text + " Ortak projeler için çalışacağız."
    assert page.apply(release) == with_quote(
        release, 1, text=text, lead_in="görüşmenin önemine değinerek", verb="şeklinde konuştu"
    )
    assert page.model.index(1, 1).data().endswith("…")  # the list shows the start of the text


def test_verb_speaker_section_and_style_are_chosen(
    qtbot: QtBot, page: QuotesPage, release: Release
) -> None:
    choose(qtbot, page.verb, "vurguladı")
    choose(qtbot, page.speaker, "Kotoe Kuroda")
    choose(qtbot, page.section, IN_LEAD)
    choose(qtbot, page.style_combo, "Ayrı blok")
    assert page.apply(release) == with_quote(
        release,
        0,
        verb="vurguladı",
        speaker=release.participants[2].id,
        section=None,
        style="block",
    )
    assert page.model.index(0, 0).data() == "Kotoe Kuroda"
    choose(qtbot, page.speaker, NO_SPEAKER)
    choose(qtbot, page.style_combo, "Paragraf içinde")
    result = page.apply(release).quotes[0]
    assert (result.speaker, result.style) == ("", "inline")


def test_sync_follows_a_renamed_participant_without_touching_the_quote(
    qtbot: QtBot, page: QuotesPage, release: Release
) -> None:
    page.rows.select_row(1)
    page.text.setFocus()
    page.text.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, page.text, " Ek")
    typed = page.apply(release)
    people = list(typed.participants)
    people[0] = people[0].model_copy(update={"name": "Hasan Ali Köse", "title": "Müdür"})
    elsewhere = typed.model_copy(
        update={
            "participants": [*people, Participant(name="Yeni Konuk")],
            "sections": [*typed.sections, Section(heading="Sonuç")],
        }
    )
    changes = ChangeCounter(page)
    page.sync(elsewhere)
    assert changes.count == 0
    assert page.rows.current_row() == 1
    assert page.speaker.currentText() == "Hasan Ali Köse — Müdür"
    assert page.model.index(0, 0).data() == "Hasan Ali Köse — Müdür"
    assert page.text.toPlainText().endswith(" Ek")
    assert page.section.currentText() == "Japonya ile Ortak Çalışma Alanları"
    assert page.speaker.findText("Yeni Konuk") >= 0
    assert page.section.findText("Sonuç") >= 0
    assert page.apply(elsewhere) == elsewhere


def test_a_removed_speaker_is_kept_until_another_is_chosen(
    qtbot: QtBot, page: QuotesPage, release: Release
) -> None:
    without_director = release.model_copy(update={"participants": release.participants[1:]})
    page.sync(without_director)
    assert page.speaker.currentText() == MISSING_SPEAKER
    assert page.model.index(0, 0).data() == MISSING_SPEAKER
    assert page.apply(without_director) == without_director
    choose(qtbot, page.speaker, "Masashi Inove")
    assert page.speaker.findText(MISSING_SPEAKER) < 0
    assert page.apply(without_director).quotes[0].speaker == release.participants[1].id


def test_add_remove_and_reorder_keep_ids(qtbot: QtBot, page: QuotesPage, release: Release) -> None:
    first, second = release.quotes
    page.rows.select_row(1)
    qtbot.mouseClick(page.rows.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.text.hasFocus)
    type_text(qtbot, page.text, "Yeni alıntı")
    added = page.apply(release).quotes[2]
    assert (added.text, added.speaker, added.verb, added.section) == (
        "Yeni alıntı",
        "",
        "dedi",
        None,
    )
    assert added.id not in (first.id, second.id)
    qtbot.mouseClick(page.rows.up_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.rows.up_button, Qt.MouseButton.LeftButton)
    assert page.apply(release).quotes == [added, first, second]
    assert page.text.toPlainText() == "Yeni alıntı"  # the moved quote stays selected
    page.rows.select_row(1)
    qtbot.mouseClick(page.rows.remove_button, Qt.MouseButton.LeftButton)
    assert page.apply(release).quotes == [added, second]
    assert page.text.toPlainText() == second.text
    drag = page.model.mimeData([page.model.index(0, 0)])
    page.model.dropMimeData(drag, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert page.apply(release).quotes == [second, added]


def test_removing_the_last_quote_empties_and_disables_the_form(
    qtbot: QtBot, page: QuotesPage, release: Release
) -> None:
    for _ in release.quotes:
        qtbot.mouseClick(page.rows.remove_button, Qt.MouseButton.LeftButton)
    assert page.apply(release).quotes == []
    assert not page.detail.isEnabled()
    assert page.text.toPlainText() == ""
    assert not page.rows.remove_button.isEnabled()


def test_a_release_without_quotes(page: QuotesPage) -> None:
    empty = Release(participants=[Participant(name="Ali Veli")], quotes=[])
    page.show_release(empty)
    assert not page.detail.isEnabled()
    assert page.apply(empty) == empty
    page.show_release(empty.model_copy(update={"quotes": [Quote(text="Merhaba")]}))
    assert page.detail.isEnabled()
    assert page.text.toPlainText() == "Merhaba"


@pytest.mark.parametrize(
    ("path", "widget"),
    [
        (("quotes", 1, "lead_in"), "lead_in"),
        (("quotes", 1, "speaker"), "speaker"),
        (("quotes", 1), "text"),
        (("quotes",), "view"),
    ],
)
def test_focus_field_selects_the_quote_and_focuses_the_widget(
    qtbot: QtBot, page: QuotesPage, release: Release, path: tuple[str | int, ...], widget: str
) -> None:
    assert page.focus_field(path)
    qtbot.waitUntil(getattr(page, widget).hasFocus)
    if len(path) > 1:
        assert page.rows.current_row() == 1
        assert page.text.toPlainText() == release.quotes[1].text


def test_screenshot(page: QuotesPage, tmp_path: Path) -> None:
    fields = check_screenshot(page, tmp_path / "alintilar.png")
    assert page.text in fields and page.rows.view in fields
