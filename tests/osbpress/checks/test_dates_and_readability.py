"""Date rules (weekday, stale date, embargo) and the Ateşman readability score."""

from __future__ import annotations

import datetime as dt

import pytest

from osbpress.checks import Severity, atesman
from osbpress.checks.readability import band
from tests.osbpress.checks.conftest import edited, run


@pytest.mark.parametrize(
    "text",
    ["24 Kasım 2024 Pazartesi günü", "Pazartesi, 24 Kasım 2024", "24 KASIM PAZARTESİ"],
)
def test_a_weekday_that_disagrees_with_its_date(text: str) -> None:
    [finding] = run("gun-tarih", edited(lead=f"Heyet {text} geldi."))
    assert finding.severity is Severity.HATA
    assert "24 Kasım 2024 bir Pazar günü, metinde “Pazartesi”" in finding.message


def test_a_matching_weekday_and_cumartesi_not_read_as_cuma() -> None:
    assert run("gun-tarih", edited(lead="Heyet 24 Kasım 2024 Pazar günü geldi.")) == []
    assert run("gun-tarih", edited(lead="Heyet 23 Kasım 2024 Cumartesi geldi.")) == []


def test_a_date_that_does_not_exist() -> None:
    [finding] = run("gun-tarih", edited(lead="Toplantı 31 Şubat 2024 Cuma günü yapıldı."))
    assert "31 Şubat 2024 diye bir tarih yok" in finding.message


def test_a_release_date_in_the_past() -> None:
    [finding] = run("tarih-gecmis", today=dt.date(2026, 1, 5))
    assert finding.field == ("release_date",)
    assert "24 Kasım 2024" in finding.message


def test_an_embargo_after_the_release_date() -> None:
    [finding] = run("ambargo-tarih", edited(embargo=dt.datetime(2024, 11, 26, 9, 0)))
    assert finding.field == ("embargo",)
    assert run("ambargo-tarih", edited(embargo=dt.datetime(2024, 11, 24, 9, 0))) == []


def test_atesman_score_and_bands() -> None:
    easy = atesman(["Ali top at. Ali ata bak."])
    hard = atesman(
        ["Uluslararası kalkınma programlarının değerlendirilmesi gerçekleştirilemeyecektir."]
    )
    assert easy is not None and hard is not None
    assert easy.score > 90 and easy.band == "çok kolay"
    assert hard.score < 30 and hard.band == "çok zor"
    assert atesman(["", "…"]) is None
    assert [band(s) for s in (95, 75, 55, 35, 5)] == [
        "çok kolay", "kolay", "orta güçlükte", "zor", "çok zor"
    ]  # fmt: skip


def test_a_hard_text_gets_an_oneri_with_its_band() -> None:
    [finding] = run("okunabilirlik")  # the sample: long institution names
    assert finding.severity is Severity.ONERI
    assert "zor" in finding.message and "hece" in finding.message
    easy = "Heyet geldi. Ali Bey onu aldı. Su içtiler. Işı yaktılar. Yola çıktılar. " * 4
    release = edited(spot="Heyet geldi.", lead=easy, sections=[], quotes=[], closing="Gün bitti.")
    assert run("okunabilirlik", release) == []
