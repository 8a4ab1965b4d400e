"""The suffix rule: apostrophe after names, and the vowel the name's sound asks for."""

from __future__ import annotations

import pytest

from osbpress.checks import Severity
from osbpress.model import Organisation
from tests.osbpress.checks.conftest import edited, run


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("OSByi", "OSB’yi"), ("OSBde", "OSB’de"), ("JICAnın", "JICA’nın"),
     ("TÜBİTAKa", "TÜBİTAK’a"), ("Kahramanmaraşta", "Kahramanmaraş’ta"),
     ("Kösenin", "Köse’nin"), ("KOBİler", "KOBİ’ler"), ("OSBdeki", "OSB’deki"),
     ("Köseler", "Köse’ler"), ("ABDli", "ABD’li")],
)  # fmt: skip
def test_a_missing_apostrophe(typed: str, expected: str) -> None:
    [finding] = run("ek-kesme", edited(closing=f"Heyet {typed} ziyaret etti."))
    assert finding.field == ("closing",)
    assert f"“{typed}” yerine “{expected}”" in finding.message
    assert finding.severity is Severity.UYARI


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("JICA’yi", "JICA’yı"), ("Kahramanmaraş’da", "Kahramanmaraş’ta"), ("Köse’nın", "Köse’nin")],
)
def test_a_wrong_vowel_or_consonant(typed: str, expected: str) -> None:
    [finding] = run("ek-kesme", edited(closing=f"Heyet {typed} gördü."))
    assert f"“{typed}” yerine “{expected}”" in finding.message


def test_an_unknown_abbreviation_s_vowel_is_only_an_oneri() -> None:
    [finding] = run("ek-kesme", edited(closing="Heyet ASO’yi gördü."))
    assert finding.severity is Severity.ONERI


def test_the_officer_s_reading_decides() -> None:
    guest = Organisation(
        name="Türkiye Odalar ve Borsalar Birliği", short_name="TOBB", reading="tob"
    )
    event = edited().event.model_copy(update={"guest": guest})
    assert run("ek-kesme", edited(event=event, closing="Heyet TOBB’u gezdi.")) == []
    [finding] = run("ek-kesme", edited(event=event, closing="Heyet TOBB’yi gezdi."))
    assert "“TOBB’u”" in finding.message


@pytest.mark.parametrize(
    "text",
    ["OSB’yi, JICA’nın ve TÜBİTAK’ın", "Kahramanmaraş’ta", "TRTHaber", "Kahramanmaraşlı", "ABD’li"],
)
def test_correct_or_unrelated_words_pass(text: str) -> None:
    assert run("ek-kesme", edited(closing=f"Heyet {text} gördü.")) == []


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Renault’a", "Renault’ya"), ("Renaulta", "Renault’ya"), ("Google’ın", None),
     ("Toulouse’de", "Toulouse’da"), ("Airbus’tan", None), ("Peugeot’nun", None)],
)  # fmt: skip
def test_a_name_with_a_settled_reading_is_checked_wherever_it_is_typed(
    typed: str, expected: str | None
) -> None:
    found = run("ek-kesme", edited(closing=f"Heyet {typed} ilişkin bilgi verdi."))
    if expected is None:
        assert found == []
    else:
        [finding] = found
        assert f"“{typed}” yerine “{expected}”" in finding.message
        assert finding.severity is Severity.UYARI
