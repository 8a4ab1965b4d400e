"""Turkish usage rules: capitals, “biz”, praise, tense, doubled words, spaces, straight marks."""

from __future__ import annotations

import pytest

from osbpress.checks import Severity
from osbpress.model import Quote, Section
from osbpress.sample import sample_profile, sample_release
from tests.osbpress.checks.conftest import edited, run

_RULES = ("baslik-buyuk-harf", "biz-dili", "abarti", "gecmis-zaman", "tekrar-sozcuk",
          "cift-bosluk", "duz-tirnak", "ek-kesme", "gun-tarih", "ambargo-tarih", "tarih-gecmis")  # fmt: skip


@pytest.mark.parametrize("rule", _RULES)
def test_the_sample_passes(rule: str) -> None:
    assert run(rule) == []


def test_a_shouting_headline_gets_a_calm_one_keeping_abbreviations() -> None:
    [finding] = run("baslik-buyuk-harf", edited(headline="JICA HEYETİ KAHRAMANMARAŞ'I GEZDİ"))
    assert finding.field == ("headline",)
    assert "“JICA Heyeti Kahramanmaraş’ı Gezdi”" in finding.message
    assert run("baslik-buyuk-harf", edited(headline="JICA Heyeti OSB’yi Gezdi")) == []


def test_a_shouting_section_heading() -> None:
    section = Section(heading="YENİ PROJELER", body="Projeler anlatıldı.")
    [finding] = run("baslik-buyuk-harf", edited(sections=[section]))
    assert finding.field == ("sections", 0, "heading")


@pytest.mark.parametrize("word", ["bizim", "bölgemizde", "sanayicilerimizin", "sürdüreceğiz"])
def test_first_person_outside_quotes(word: str) -> None:
    [finding] = run("biz-dili", edited(closing=f"Ziyaret {word} için önemliydi."))
    assert finding.field == ("closing",)
    assert f"“{word}”" in finding.message and "Kahramanmaraş OSB" in finding.message


def test_first_person_inside_quotes_and_lookalikes_pass() -> None:
    release = edited(closing="Başkan “bölgemiz büyüyor” dedi. Temmuzda temiz enerji konuşuldu.")
    assert run("biz-dili", release) == []


def test_praise_words_with_suffixes_and_phrases() -> None:
    release = edited(lead="Muhteşem bir gündü. Bu dünyada bir ilk oldu, eşsizdi.")
    [finding] = run("abarti", release)
    assert finding.field == ("lead",)
    assert "“Muhteşem”" in finding.message and "“dünyada bir ilk”" in finding.message


def test_praise_inside_a_quote_is_the_speaker_s() -> None:
    release = sample_release()
    quote = release.quotes[0].model_copy(update={"text": "Muhteşem bir bölge."})
    assert run("abarti", release.model_copy(update={"quotes": [quote]})) == []


def test_a_body_sentence_not_in_the_past_is_an_oneri() -> None:
    [finding] = run("gecmis-zaman", edited(lead="Heyet bölgeyi gezdi. Taraflar proje hazırlıyor."))
    assert finding.severity is Severity.ONERI
    assert "“…hazırlıyor”" in finding.message


def test_a_doubled_word_but_not_a_reduplication() -> None:
    [finding] = run("tekrar-sozcuk", edited(closing="Heyet ve ve konuklar yavaş yavaş gezdi."))
    assert "“ve ve”" in finding.message
    assert run("tekrar-sozcuk", edited(closing="Konuklar tek tek gezdi.")) == []


def test_double_spaces_and_straight_marks() -> None:
    release = edited(closing='Heyet  "OSB\'yi" gezdi.')
    [spaces] = run("cift-bosluk", release)
    [marks] = run("duz-tirnak", release)
    assert spaces.field == marks.field == ("closing",)
    assert "“ ”" in marks.message and "’" in marks.message


def test_a_straight_apostrophe_is_fine_when_it_is_the_house_style() -> None:
    profile = sample_profile()
    profile = profile.model_copy(
        update={"style": profile.style.model_copy(update={"apostrophe": "'"})}
    )
    [marks] = run("duz-tirnak", edited(closing='Heyet OSB\'yi "gezdi".'), profile)
    assert "kesme" not in marks.message


def test_quote_text_is_checked_for_typing_slips() -> None:
    release = sample_release()
    release = release.model_copy(update={"quotes": [Quote(text="Çok  güzel.")]})
    [finding] = run("cift-bosluk", release)
    assert finding.field == ("quotes", 0, "text")
