"""Facts behind the prose: protocol rank, titles with their owner, foreign readings, mentions."""

from __future__ import annotations

import pytest

from osbpress.compose.facts import build, clean_clause, proper_names
from osbpress.compose.mentions import Mentions, Organisation
from osbpress.compose.people import foreign_reading, possessed_title
from osbpress.compose.protocol import in_protocol_order, rank, short_title
from osbpress.compose.sentences import Name
from osbpress.model import Event, Participant, Profile, Release, Side
from osbpress.turkish import Case, SuffixStyle, inflect


@pytest.mark.parametrize(
    ("title", "order", "short"),
    [
        ("Kahramanmaraş Valisi", 25, "Vali"),
        ("Vali Yardımcısı", 30, "Vali Yardımcısı"),
        ("Onikişubat Kaymakamı", 35, "Kaymakam"),
        ("Büyükşehir Belediye Başkanı", 40, "Başkan"),
        ("Kahramanmaraş Milletvekili", 45, "Milletvekili"),
        ("Gaziantep OSB Yönetim Kurulu Başkanı", 60, "Başkan"),
        ("Yönetim Kurulu Başkan Vekili", 65, "Başkan Vekili"),
        ("Yönetim Kurulu Üyesi", 72, ""),  # ranked, but no headline title ("-")
        ("Bölge Müdürü", 75, ""),
    ],
)
def test_rank_table_knows_titles_by_their_ending(title: str, order: int, short: str) -> None:
    found = rank(title)
    assert found is not None and (found.order, found.short_title) == (order, short)


def test_unknown_and_missing_titles_rank_last() -> None:
    people = [
        Participant(name="A", title=""),
        Participant(name="B", title="Danışman"),
        Participant(name="C", title="Vali"),
    ]
    assert [p.name for p in in_protocol_order(people, manual=False)] == ["C", "B", "A"]
    assert [p.name for p in in_protocol_order(people, manual=True)] == ["A", "B", "C"]
    assert short_title(people[1]) == ""


def test_equal_ranks_put_the_host_first() -> None:
    guest = Participant(name="G", title="Yönetim Kurulu Başkanı", side=Side.GUEST)
    host = Participant(name="H", title="Yönetim Kurulu Başkanı", side=Side.HOST)
    assert [p.name for p in in_protocol_order([guest, host], manual=False)] == ["H", "G"]


@pytest.mark.parametrize(
    ("title", "organisation", "owned"),
    [
        ("Yönetim Kurulu Başkanı", "Gaziantep OSB", "Yönetim Kurulu Başkanı"),
        ("Başkan", "OSBÜK", "Başkanı"),
        ("Rektör", "KSÜ", "Rektörü"),
        ("Vali", "Eskişehir Valiliği", None),
        ("Kahramanmaraş OSB Müdürü", "Kahramanmaraş OSB", None),
        ("Milletvekili", "TBMM", None),
        ("Bölge Müdürü", "", None),
    ],
)
def test_a_title_gets_its_owner_only_when_it_asks_for_one(
    title: str, organisation: str, owned: str | None
) -> None:
    assert possessed_title(title, organisation) == owned


@pytest.mark.parametrize(
    ("short", "country", "reading"),
    [
        ("GIZ", "Almanya", "giz"),
        ("USAID", "ABD", "usaid"),
        ("UNIDO", "Avusturya", "unido"),
        ("JICA", "Japonya", ""),  # the lexicon reads it
        ("EBRD", "İngiltere", ""),  # spelled letter by letter
        ("TİKA", "Türkiye", ""),
        ("GIZ", "", ""),  # not known to be foreign
    ],
)
def test_foreign_short_names_read_latin_i_as_i(short: str, country: str, reading: str) -> None:
    assert foreign_reading(short, country) == reading


def test_a_foreign_reading_changes_the_suffix() -> None:
    assert inflect("USAID", Case.ACCUSATIVE, reading=foreign_reading("USAID", "ABD")) == "USAID’i"


def test_an_organisation_is_full_once_then_short() -> None:
    mentions = Mentions()
    org = Organisation(
        "x", Name("Gaziantep OSB"), Name("Gaziantep OSB", tail=""), mentions
    )  # same forms: nothing to introduce
    assert str(org) == str(org) == "Gaziantep OSB"
    jica = Organisation("j", Name("JICA"), Name("Japonya Ajansı", tail=" (JICA)"), mentions)
    assert jica.inflect(Case.GENITIVE, SuffixStyle()) == "Japonya Ajansı’nın (JICA)"
    assert str(jica) == "JICA"


def test_a_short_name_inside_a_title_is_written_in_full_the_first_time() -> None:
    jica = Organisation("j", Name("JICA"), Name("Japonya Ajansı", tail=" (JICA)"), Mentions())
    assert jica.in_title("JICA Başkanı") == "Japonya Ajansı (JICA) Başkanı"
    assert jica.in_title("JICA Başkanı") == "JICA Başkanı"


def test_typed_clauses_lose_their_own_final_period() -> None:
    assert clean_clause("bölgeyi tanımak.") == "bölgeyi tanımak"
    assert clean_clause("vb...") == "vb..."


def test_proper_names_hold_every_name_title_place_and_the_date() -> None:
    release = Release(
        event=Event(place="Toplantı Salonu", city="Çorum"),
        participants=[Participant(name="Ayşe Demir", title="Vali")],
        dateline_city="Kahramanmaraş",
    )
    names = proper_names(release, Profile(name="Çorum OSB"))
    for expected in ("Ayşe Demir", "Vali", "Vali Ayşe Demir", "Toplantı Salonu", "Çorum"):
        assert expected in names
    assert any(name[0].isdigit() for name in names)  # the written event date


def test_facts_give_number_and_the_senior_guest() -> None:
    release = Release(
        participants=[
            Participant(name="Ali Can", side=Side.GUEST),
            Participant(name="Ayşe Demir", title="Başkan", side=Side.GUEST),
        ]
    )
    facts = build(release, Profile(name="OSB"))
    assert facts["konuk_sayısı"] == 2
    # Whose Başkan? Without an organisation the headline does not use the bare title.
    assert str(facts["başkonuk_başlık"]) == ""
    release.participants[1].organisation = "OSBÜK"
    assert str(build(release, Profile(name="OSB"))["başkonuk_başlık"]) == "OSBÜK Başkanı Demir"


@pytest.mark.parametrize(
    ("title", "short"),
    [
        ("Kahramanmaraş Valisi", "Vali"),
        ("Yönetim Kurulu Başkanı", "Başkan"),
        ("Uzman", ""),  # ranked, but a headline puts no title before the surname
        ("Gezgin", ""),  # not in the table
        ("", ""),
    ],
)
def test_short_title_before_a_surname(title: str, short: str) -> None:
    assert short_title(Participant(name="Ayşe Demir", title=title)) == short
