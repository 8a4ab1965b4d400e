"""Rule 13 of issue 18: a foreign organisation with a settled Turkish name is offered it."""

from __future__ import annotations

import pytest

from osbpress.checks import Severity
from osbpress.checks.foreign import SOURCES, key, organisations, parse
from osbpress.compose import compose
from osbpress.model import HouseStyle, Organisation, Participant
from osbpress.sample import sample_profile, sample_release
from tests.osbpress.checks.conftest import edited, run

RULE_ID = "yabanci-kurum-adi"


def guest(name: str, short_name: str = "") -> Organisation:
    return Organisation(name=name, short_name=short_name)


def with_guest(organisation: Organisation):  # type: ignore[no-untyped-def]
    return edited(event=sample_release().event.model_copy(update={"guest": organisation}))


@pytest.mark.parametrize(
    ("organisation", "typed"),
    [
        (guest("", "GIZ"), None),
        (guest("GIZ", "GIZ"), "GIZ"),
        (guest("Deutsche Gesellschaft für Internationale Zusammenarbeit", "GIZ"), "Deutsche"),
        (guest("EBRD"), "EBRD"),
    ],
)
def test_an_abbreviation_or_a_foreign_name_is_offered_the_turkish_one(
    organisation: Organisation, typed: str | None
) -> None:
    [finding] = run(RULE_ID, with_guest(organisation))
    assert finding.severity is Severity.ONERI
    assert finding.field == ("event", "guest", "name")
    turkish = (
        "Avrupa İmar ve Kalkınma Bankası"
        if organisation.name == "EBRD"
        else ("Alman Uluslararası İş Birliği Kurumu")
    )
    assert f"“{turkish}”" in finding.message
    if typed:
        assert f"“{typed}" in finding.message


@pytest.mark.parametrize(
    "organisation",
    [
        guest("Alman Uluslararası İşbirliği Kurumu", "GIZ"),  # the Turkish name, either spelling
        guest("ALMAN ULUSLARARASI İŞ BİRLİĞİ KURUMU", "GIZ"),
        guest("GIZ Türkiye Ofisi", "GIZ"),  # a name the officer chose
        guest("Bosch Türkiye", "Bosch"),  # no settled Turkish name
    ],
)
def test_a_turkish_or_chosen_name_is_left_alone(organisation: Organisation) -> None:
    assert run(RULE_ID, with_guest(organisation)) == []


def test_the_sample_is_not_flagged() -> None:
    assert run(RULE_ID) == []  # JICA is typed with its Turkish name


def test_the_offer_follows_the_profiles_spelling_of_is_birligi() -> None:
    profile = sample_profile().model_copy(
        update={"style": HouseStyle(compound_spelling="işbirliği")}
    )
    [finding] = run(RULE_ID, with_guest(guest("", "JICA")), profile)
    assert "“Japonya Uluslararası İşbirliği Ajansı”" in finding.message


def test_nothing_is_substituted_silently() -> None:
    release = with_guest(guest("", "GIZ")).model_copy(update={"photos": []})
    doc = compose(release, sample_profile().model_copy(update={"logo": ""}))
    assert "Alman" not in doc.spot + doc.headline


def test_a_participants_foreign_organisation_is_offered_once() -> None:
    people = [
        Participant(name="Anna Weber", organisation="International Labour Organization"),
        Participant(name="Tom Lee", organisation="International Labour Organization"),
        Participant(name="Eva Roth", organisation="ILO"),  # a short name in a title is fine
    ]
    [finding] = run(RULE_ID, edited(participants=people))
    assert finding.field == ("participants", 0, "organisation")
    assert "“Uluslararası Çalışma Örgütü”" in finding.message


def test_a_participant_of_a_side_already_named_is_not_flagged() -> None:
    people = [Participant(name="Lena Vogel", organisation="JICA")]
    assert run(RULE_ID, edited(participants=people)) == []
    people = [Participant(name="Lena Vogel", organisation="Japan International Cooperation Agency")]
    assert run(RULE_ID, edited(participants=people)) == []  # the guest is JICA, named in Turkish


def test_every_row_is_complete_and_names_are_unique() -> None:
    rows = organisations()
    assert len(rows) >= 20 and {row.source for row in rows} <= SOURCES
    keys = [key(name) for row in rows for name in (row.short, row.own) if name]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    "line", ["GIZ\tDeutsche\tAlman\tvikipedi", "GIZ\t\tAlman\tkurum", "GIZ\tDeutsche\tAlman"]
)
def test_a_broken_row_names_itself(line: str) -> None:
    with pytest.raises(ValueError, match="satır 2"):
        parse(f"kısa ad\tözgün ad\tTürkçe ad\tkaynak\n{line}\n")
