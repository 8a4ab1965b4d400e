"""check() as a whole: the sample is left in peace, classic mistakes light up, rules switch off."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from osbpress.checks import Severity, blocking, check, format_path, parse_path, rules
from osbpress.model import Contact, Participant, Photo, Profile, Quote, Release, Section
from osbpress.sample import sample_media, sample_profile, sample_release
from tests.osbpress.checks.conftest import TODAY


def test_the_sample_has_no_hata_and_only_the_justified_rest() -> None:
    found = check(sample_release(), sample_profile(), sample_media, today=TODAY)
    assert not blocking(found)
    # The sample's second quote ends “…” ifade etti; it is short (~190 words) and its
    # long institution names make the Ateşman score "zor".
    assert {f.rule for f in found} <= {"alinti-fiil", "uzunluk", "okunabilirlik"}


def classic_mistakes() -> tuple[Release, Profile]:
    release = sample_release()
    release = release.model_copy(
        update={
            "headline": "JICA HEYETİ OSB’Yİ ZİYARET ETTİ",
            "lead": "JICA heyeti 24 Kasım 2024’te Kahramanmaraş’taki OSByi ziyaret etti. "
            "Muhteşem bir gün oldu.",
            "quotes": [*release.quotes, Quote(text="Çok memnun kaldık.")],
        }
    )
    profile = sample_profile().model_copy(update={"contact": Contact()})
    return release, profile


def test_classic_mistakes_light_up_each_at_its_field() -> None:
    release, profile = classic_mistakes()
    found = {f.rule: f for f in check(release, profile, today=TODAY)}
    assert found["baslik-buyuk-harf"].path == "headline"
    assert "“JICA Heyeti OSB’yi Ziyaret Etti”" in found["baslik-buyuk-harf"].message
    assert found["alinti-konusmaci"].field == ("quotes", 2, "speaker")
    assert found["alinti-konusmaci"].severity is Severity.HATA
    assert found["iletisim-eksik"].field == ("contact", "name")
    assert found["iletisim-eksik"].severity is Severity.HATA
    assert "“OSByi” yerine “OSB’yi”" in found["ek-kesme"].message
    assert found["ek-kesme"].path == "lead"
    assert "“Muhteşem”" in found["abarti"].message


def test_findings_are_sorted_hata_first() -> None:
    release, profile = classic_mistakes()
    ranks = [f.severity.rank for f in check(release, profile, today=TODAY)]
    assert ranks == sorted(ranks)


def test_a_rule_in_checks_off_is_silent() -> None:
    release, profile = classic_mistakes()
    profile = profile.model_copy(update={"checks_off": ["iletisim-eksik", "abarti"]})
    rules_found = {f.rule for f in check(release, profile, today=TODAY)}
    assert "iletisim-eksik" not in rules_found
    assert "abarti" not in rules_found
    assert "ek-kesme" in rules_found


def test_rule_ids_are_unique_and_titled() -> None:
    ids = [rule.id for rule in rules()]
    assert len(ids) == len(set(ids)) > 25
    assert all(rule.title for rule in rules())


def test_path_text_form_both_ways() -> None:
    assert format_path(("quotes", 1, "text")) == "quotes[1].text"
    assert format_path(("headline",)) == "headline"
    assert format_path(()) == ""
    for path in (("quotes", 1, "text"), ("event", "purpose"), ("participants", 12, "name")):
        assert parse_path(format_path(path)) == path


def test_compose_notes_become_oneri_at_their_field() -> None:
    release = sample_release()
    people = [release.participants[0].model_copy(update={"name": "hasan köse"})]
    release = release.model_copy(update={"participants": [*people, *release.participants[1:]]})
    notes = [f for f in check(release, sample_profile(), today=TODAY) if f.rule == "derleme-notu"]
    assert [f.field for f in notes] == [("participants", 0, "name")]
    assert notes[0].severity is Severity.ONERI


def test_a_rule_s_advice_replaces_compose_s_note_on_the_same_field() -> None:
    release, profile = classic_mistakes()
    found = check(release, profile, today=TODAY)
    headline = [f.rule for f in found if f.field == ("headline",)]
    speaker = [f.rule for f in found if f.field == ("quotes", 2, "speaker")]
    assert "derleme-notu" not in headline + speaker
    assert "baslik-buyuk-harf" in headline and speaker == ["alinti-konusmaci"]


def test_an_empty_release_does_not_raise_and_asks_for_the_basics() -> None:
    found = check(Release(release_date=TODAY), None, today=TODAY)
    assert "iletisim-eksik" in {f.rule for f in blocking(found)}


def test_a_new_draft_under_the_sample_profile_does_not_raise() -> None:
    draft = Release(release_date=TODAY, dateline_city="Kahramanmaraş", lead="OSBye gelindi.")
    found = check(draft, sample_profile(), today=TODAY)
    assert "“OSBye” yerine “OSB’ye”" in " ".join(f.message for f in found)


_PIECES = [*"aıiIİoöuüşğçOSB’'\"“”()  .,!?…-\n0123456789", "ve ", "OSB", "yi", "Pazar", " Kasım "]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join) | st.text(max_size=40)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    headline=_TEXT,
    body=_TEXT,
    quote=_TEXT,
    name=_TEXT,
    caption=_TEXT,
    phone=_TEXT,
    email=_TEXT,
    verb=_TEXT,
    people=st.integers(0, 1),
)
def test_hostile_text_in_every_field_never_raises(
    headline: str,
    body: str,
    quote: str,
    name: str,
    caption: str,
    phone: str,
    email: str,
    verb: str,
    people: int,
) -> None:
    person = Participant(name=name, title=name, organisation=name)
    release = Release(
        headline=headline,
        spot=body,
        lead=body,
        closing=body,
        dateline_city=name,
        release_date=dt.date(2024, 2, 29),
        participants=[person][:people],
        quotes=[Quote(speaker=person.id, text=quote, lead_in=body, verb=verb)],
        sections=[Section(heading=headline, body=body)],
        photos=[Photo(image="foto.jpg", caption=caption, credit=name)],
        contact=Contact(name=name, phone=phone, email=email),
    )
    profile = sample_profile().model_copy(update={"about": body, "short_name": name})
    for finding in check(release, profile, lambda ref: None, today=TODAY):
        assert finding.message


def test_every_rule_has_tests_naming_it() -> None:
    folder = Path(__file__).parent
    tests = " ".join(path.read_text(encoding="utf-8") for path in folder.glob("test_*.py"))
    assert [rule.id for rule in rules() if f'"{rule.id}"' not in tests] == []
