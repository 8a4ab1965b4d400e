"""The "Bölümler" page: showing, typing, adding, removing and reordering sections."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from osbpress.compose.markup import parse
from osbpress.document import ListBlock, Paragraph, plain
from osbpress.model import Release
from tests.ui.forms.showing import shown_page
from tests.ui.keyboard import type_text
from ui.context import AppContext
from ui.forms.sections import MARKUP_HINT, SectionsPage


@pytest.fixture
def page(qtbot: QtBot, context: AppContext, release: Release) -> SectionsPage:
    return shown_page(qtbot, SectionsPage, context, release)


def headings(page: SectionsPage) -> list[str]:
    model = page.model()
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def test_shows_the_sections_by_heading_with_the_first_selected(
    page: SectionsPage, release: Release
) -> None:
    assert page.title == "Bölümler"
    assert headings(page) == [s.heading for s in release.sections]
    assert page.current_row() == 0
    assert page._heading.text() == release.sections[0].heading
    assert page._body.toPlainText() == release.sections[0].body
    assert page.apply(release) == release


def test_typing_a_heading_changes_only_that_section(
    qtbot: QtBot, page: SectionsPage, release: Release
) -> None:
    before = release.model_copy(deep=True)
    page.select(1)
    page._heading.clear()
    with qtbot.waitSignal(page.changed):
        type_text(qtbot, page._heading, "Ortak Projeler İçin İlk Adım")
    edited = page.apply(release)
    assert edited.sections[1].heading == "Ortak Projeler İçin İlk Adım"
    assert edited.sections[1].id == release.sections[1].id
    assert edited.sections[1].body == release.sections[1].body
    assert edited.sections[0] == release.sections[0]
    assert release == before
    assert headings(page)[1] == "Ortak Projeler İçin İlk Adım"


def test_the_body_takes_the_markup_the_hint_promises(
    qtbot: QtBot, page: SectionsPage, release: Release
) -> None:
    # The examples are read out of the hint and typed as shown, so a hint that
    # promised a syntax the parser does not take would fail here.
    hint = MARKUP_HINT
    inline, _, rest = hint.partition(", satır başında ")
    marker = rest.split(" ", 1)[0]
    page._body.clear()
    type_text(qtbot, page._body, inline.replace("https://…", "https://osb.example"))
    page._body.appendPlainText(f"\n{marker} birinci\n{marker} ikinci")
    body = page.apply(release).sections[0].body
    paragraph, bullets = parse(body)
    assert isinstance(paragraph, Paragraph) and isinstance(bullets, ListBlock)
    runs = {run.text.strip(" ,"): run for run in paragraph.runs}
    assert runs["kalın"].bold and runs["italik"].italic
    assert runs["bağlantı"].href == "https://osb.example"
    assert [plain(item) for item in bullets.items] == ["birinci", "ikinci"]


def test_add_remove_and_reorder_keep_the_ids(
    qtbot: QtBot, page: SectionsPage, release: Release
) -> None:
    first, second = (s.id for s in release.sections)
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page._add_button, Qt.MouseButton.LeftButton)
    assert page.current_row() == 2
    assert page._heading.hasFocus()
    type_text(qtbot, page._heading, "Sonuç")
    type_text(qtbot, page._body, "Ziyaret **verimli** geçti.")
    added = page.apply(release).sections[2]
    assert (added.heading, added.body) == ("Sonuç", "Ziyaret **verimli** geçti.")

    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page._up_button, Qt.MouseButton.LeftButton)
    assert [s.id for s in page.apply(release).sections] == [first, added.id, second]
    assert page.current_row() == 1 and page._heading.text() == "Sonuç"

    page.select(0)
    qtbot.mouseClick(page._down_button, Qt.MouseButton.LeftButton)
    assert [s.id for s in page.apply(release).sections] == [added.id, first, second]

    page.select(1)
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page._remove_button, Qt.MouseButton.LeftButton)
    result = page.apply(release).sections
    assert [s.id for s in result] == [added.id, second]
    assert result[1] == release.sections[1]
    assert page._heading.text() == release.sections[1].heading
    assert len(release.sections) == 2


def test_buttons_follow_the_selection(qtbot: QtBot, page: SectionsPage) -> None:
    assert not page._up_button.isEnabled() and page._down_button.isEnabled()
    page.select(1)
    assert page._up_button.isEnabled() and not page._down_button.isEnabled()
    qtbot.mouseClick(page._remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page._remove_button, Qt.MouseButton.LeftButton)
    assert page.model().rowCount() == 0
    assert not page._remove_button.isEnabled()
    assert not page._heading.isEnabled() and page._heading.text() == ""


def test_dragging_a_row_moves_the_section(
    qtbot: QtBot, page: SectionsPage, release: Release
) -> None:
    # QListView's internal drop calls moveRows; a drag onto itself is refused.
    model = page.model()
    assert not model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 1)
    with qtbot.waitSignal(page.changed):
        assert model.moveRows(QModelIndex(), 1, 1, QModelIndex(), 0)
    assert [s.id for s in page.apply(release).sections] == [s.id for s in release.sections[::-1]]


def test_focus_field_selects_the_section_and_its_field(page: SectionsPage) -> None:
    assert page.focus_field(("sections", 1, "body"))
    assert page.current_row() == 1
    assert page._body.hasFocus()
    assert page.focus_field(("sections", 0, "heading"))
    assert page.current_row() == 0 and page._heading.hasFocus()
    assert page.focus_field(("sections", 9, "heading"))  # gone since: the list
    assert page.view().hasFocus()
    assert not page.focus_field(("headline",))


def test_showing_another_release_replaces_the_list_quietly(
    qtbot: QtBot, page: SectionsPage
) -> None:
    with qtbot.assertNotEmitted(page.changed):
        page.show_release(Release())
    assert page.model().rowCount() == 0
    assert page.apply(Release()).sections == []


def test_a_section_without_heading_is_listed_by_its_text(
    qtbot: QtBot, page: SectionsPage, release: Release
) -> None:
    page._heading.clear()
    assert headings(page)[0].startswith("(Ara başlık yok) Heyete, bölgede")
    assert headings(page)[0].endswith("…")


def test_undo_never_brings_another_sections_text_into_this_one(
    qtbot: QtBot, page: SectionsPage, release: Release
) -> None:
    # Two sections with empty bodies: the text typed and deleted in the first
    # must not come back into the second with Ctrl+Z.
    release.sections[0].body = ""
    release.sections[1].body = ""
    page.show_release(release)
    assert page.focus_field(("sections", 0, "body"))
    body = QApplication.focusWidget()
    assert isinstance(body, QPlainTextEdit)
    type_text(qtbot, body, "SIZINTI metni")
    body.selectAll()
    qtbot.keyClick(body, Qt.Key.Key_Backspace)
    assert page.focus_field(("sections", 1, "body"))
    assert QApplication.focusWidget() is body
    qtbot.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert body.toPlainText() == ""
    assert page.apply(release).sections[1].body == ""
