"""Structure rules: headline, spot, lead, dateline, paragraphs, length, contact, Hakkında."""

from __future__ import annotations

import datetime as dt

import pytest

from osbpress.checks import Severity
from osbpress.checks.structure import turkish_phone
from osbpress.model import Contact, Section
from osbpress.sample import sample_profile
from tests.osbpress.checks.conftest import edited, run


def test_the_sample_passes_every_structure_rule_but_length() -> None:
    for rule in ("baslik", "spot", "giris-sorular", "tarih-satiri", "govde-paragraf",
                 "iletisim-eksik", "iletisim-telefon", "iletisim-eposta", "hakkinda",
                 "bulten-olusturma"):  # fmt: skip
        assert run(rule) == [], rule


def test_a_headline_over_100_characters() -> None:
    [finding] = run("baslik", edited(headline="Kahramanmaraş OSB " * 7))
    assert finding.field == ("headline",)
    assert "en çok 100" in finding.message


def test_a_spot_of_five_sentences() -> None:
    [finding] = run("spot", edited(spot="Bir. İki. Üç. Dört. Beş cümle."))
    assert finding.field == ("spot",)
    assert "5 cümle" in finding.message


def test_a_spot_and_lead_without_date_or_people() -> None:
    event = edited().event.model_copy(
        update={"when": dt.datetime(2024, 11, 20, 10, 0), "place": "Kahramanmaraş"}
    )
    release = edited(spot="Bir ziyaret yapıldı.", lead="Görüşmeler verimli geçti.", event=event)
    [finding] = run("giris-sorular", release)
    assert finding.field == ("lead",)
    assert "kim" in finding.message and "ne zaman" in finding.message
    assert "nerede" in finding.message
    dated = release.model_copy(update={"lead": "JICA heyeti 20 Kasım’da Kahramanmaraş’ta gezdi."})
    assert run("giris-sorular", dated) == []


def test_the_spot_above_the_lead_answers_too() -> None:
    # compose says a date once, in the spot; asking the lead for it again would repeat it.
    event = edited().event.model_copy(update={"when": dt.datetime(2024, 11, 20, 10, 0)})
    release = edited(spot="JICA heyeti 20 Kasım’da bölgeyi ziyaret etti.", lead="", event=event)
    assert run("giris-sorular", release) == []


def test_an_event_without_a_date_is_a_missing_fact() -> None:
    event = edited().event.model_copy(update={"when": None})
    [finding] = run("giris-sorular", edited(event=event))
    assert finding.field == ("event", "when")
    assert "tarihi yok" in finding.message


def test_without_a_typed_place_the_dateline_answers_where() -> None:
    event = edited().event.model_copy(update={"place": "", "city": ""})
    assert run("giris-sorular", edited(lead="JICA heyeti bölgeyi gezdi.", event=event)) == []


def test_an_event_on_the_release_day_is_dated_by_the_dateline() -> None:
    assert run("giris-sorular", edited(lead="JICA heyeti Kahramanmaraş’ta bölgeyi gezdi.")) == []


def test_no_dateline_city_anywhere() -> None:
    profile = sample_profile().model_copy(update={"city": ""})
    [finding] = run("tarih-satiri", edited(dateline_city=""), profile)
    assert finding.field == ("dateline_city",)


def test_fewer_than_three_paragraphs() -> None:
    [finding] = run("govde-paragraf", edited(sections=[], quotes=[], closing="Son."))
    assert finding.field == ("sections",)
    assert "en az 3 paragraf" in finding.message


def test_short_is_an_oneri_and_long_an_uyari() -> None:
    [short] = run("uzunluk")
    assert short.severity is Severity.ONERI
    long_body = "Heyet bölgedeki fabrikaları tek tek gezdi ve üretimi inceledi. " * 90
    [long] = run("uzunluk", edited(sections=[Section(heading="Gezi", body=long_body)]))
    assert long.severity is Severity.UYARI
    assert "en çok 800" in long.message


def test_a_missing_contact_is_a_hata() -> None:
    profile = sample_profile().model_copy(update={"contact": Contact()})
    [finding] = run("iletisim-eksik", profile=profile)
    assert finding.severity is Severity.HATA
    assert finding.field == ("contact", "name")


def test_a_contact_without_email_names_the_field() -> None:
    release = edited(contact=Contact(name="Ayşe Kaya", phone="0532 111 22 33"))
    [finding] = run("iletisim-eksik", release)
    assert finding.field == ("contact", "email")
    assert finding.severity is Severity.UYARI


@pytest.mark.parametrize(
    "phone",
    ["0 (344) 123 45 67", "+90 532 111 22 33", "05321112233", "444 1 344",
     "0850 222 33 44", "0 (344) 123 45 67 / 0 (532) 111 22 33", "0 344 123 45 67 dahili 12"],
)  # fmt: skip
def test_turkish_phone_numbers_parse(phone: str) -> None:
    assert turkish_phone(phone)


@pytest.mark.parametrize("phone", ["123", "0 (344) 123 45", "+1 212 555 0100", "telefon yok"])
def test_other_phone_numbers_do_not(phone: str) -> None:
    assert not turkish_phone(phone)


def test_a_bad_phone_and_email_point_at_their_fields() -> None:
    release = edited(contact=Contact(name="Ayşe", phone="12345", email="ayse@kurum"))
    [phone] = run("iletisim-telefon", release)
    [email] = run("iletisim-eposta", release)
    assert phone.field == ("contact", "phone") and "0 (344)" in phone.message
    assert email.field == ("contact", "email") and email.severity is Severity.HATA


def test_about_missing_or_too_long() -> None:
    [missing] = run("hakkinda", profile=sample_profile().model_copy(update={"about": ""}))
    assert missing.field == ("profile", "about")
    wordy = sample_profile().model_copy(update={"about": "Bölge üretir. " * 60})
    [long] = run("hakkinda", profile=wordy)
    assert "120 sözcük" in long.message


def test_a_release_compose_refuses_is_a_hata() -> None:
    [finding] = run("bulten-olusturma", edited(kind="yok-boyle-tur"))
    assert finding.severity is Severity.HATA
