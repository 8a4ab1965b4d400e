"""The organisation box: its fields, its "Ekler" line from the engine, what counts as an edit."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from osbpress.model import HouseStyle, Organisation
from osbpress.turkish import SuffixStyle
from osbpress.turkish.suffix_line import organisation_suffix_line, suffix_line
from tests.ui.keyboard import type_text
from ui.widgets.organisation import OrganisationBox, suffix_style

JICA = Organisation(
    name="Japonya Uluslararası İşbirliği Ajansı", short_name="JICA", country="Japonya"
)


@pytest.fixture
def box(qtbot: QtBot) -> OrganisationBox:
    box = OrganisationBox("Konuk kurum", SuffixStyle(), more=("country",))
    qtbot.addWidget(box)
    box.show_organisation(JICA)
    return box


def named(box: OrganisationBox, kind: type, name: str):  # type: ignore[no-untyped-def]
    found = [w for w in box.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, name
    return found[0]


def test_the_fields_are_named_after_the_box_and_the_line_follows_the_reading(
    box: OrganisationBox,
) -> None:
    form = box.layout()
    assert isinstance(form, QFormLayout)
    labels = [form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget() for row in range(5)]
    assert [label.text() for label in labels if isinstance(label, QLabel)] == [
        "Ad",
        "Kısa ad",
        "Okunuş",
        "Ekler",
        "Ülke",
    ]
    assert named(box, QLineEdit, "Konuk kurum: Kısa ad") is box.fields["short_name"]
    assert named(box, QLabel, "Konuk kurum: ekli hâlleri") is box.suffixes


def test_the_line_is_the_engines_for_the_short_name(box: OrganisationBox) -> None:
    assert box.suffixes.text() == suffix_line("JICA")


def test_typing_edits_and_recomputes_the_line(qtbot: QtBot, box: OrganisationBox) -> None:
    with qtbot.waitSignal(box.edited):
        type_text(qtbot, box.fields["reading"], "ceyke")
    assert box.suffixes.text() == suffix_line("JICA", "ceyke")
    assert box.suffixes.text() != suffix_line("JICA")


def test_showing_an_organisation_is_not_an_edit(qtbot: QtBot, box: OrganisationBox) -> None:
    with qtbot.assertNotEmitted(box.edited):
        box.show_organisation(Organisation(name="Türkiye Odalar ve Borsalar Birliği"))
    assert box.suffixes.text() == organisation_suffix_line(
        "Türkiye Odalar ve Borsalar Birliği", "", "", SuffixStyle()
    )


def test_what_the_box_holds_comes_back_as_an_organisation(
    qtbot: QtBot, box: OrganisationBox
) -> None:
    assert box.organisation() == JICA
    names_only = OrganisationBox("Kurum adı", SuffixStyle())
    qtbot.addWidget(names_only)
    names_only.show_organisation(JICA)
    assert "country" not in names_only.fields
    assert names_only.organisation() == JICA.model_copy(update={"country": ""})


def test_the_house_style_reaches_the_line(box: OrganisationBox) -> None:
    box.show_organisation(Organisation(name="Japonya Uluslararası İşbirliği Ajansı"))
    tdk = suffix_style(HouseStyle(apostrophe="'", institution_apostrophe=False))
    box.set_style(tdk)
    assert box.suffixes.text().startswith("… Ajansını · Ajansına")


def test_an_empty_box_says_how_to_start(box: OrganisationBox) -> None:
    box.show_organisation(Organisation())
    assert "burada görünür" in box.suffixes.text()
