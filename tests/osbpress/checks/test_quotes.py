"""Quote rules: speaker, title, the verb after a quote, nested and unbalanced marks."""

from __future__ import annotations

import pytest

from osbpress.checks import Severity
from osbpress.checks.quotes import follows_direct_quote, unbalanced
from osbpress.model import Quote
from osbpress.sample import sample_release
from tests.osbpress.checks.conftest import edited, run


def test_the_sample_quotes_have_speakers_titles_and_balanced_marks() -> None:
    for rule in ("alinti-konusmaci", "alinti-unvan", "alinti-isaret", "isaret-denge"):
        assert run(rule) == [], rule


def test_an_unattributed_quote_is_a_hata_at_its_speaker() -> None:
    release = sample_release()
    release = release.model_copy(update={"quotes": [*release.quotes, Quote(text="Güzel.")]})
    [finding] = run("alinti-konusmaci", release)
    assert finding.severity is Severity.HATA
    assert finding.field == ("quotes", 2, "speaker")
    assert "3. alıntının konuşmacısı yok" in finding.message


def test_a_speaker_without_title_points_at_the_participant() -> None:
    release = sample_release()
    director = release.participants[0].model_copy(update={"title": ""})
    release = release.model_copy(update={"participants": [director, *release.participants[1:]]})
    [finding] = run("alinti-unvan", release)
    assert finding.field == ("participants", 0, "title")
    assert finding.message.startswith("Hasan Köse için unvan yazılmamış")


@pytest.mark.parametrize(
    ("verb", "fits"),
    [("dedi", True), ("diye konuştu", True), ("ifadelerini kullandı", True), ("", True),
     ("belirtti", False), ("ifade etti", False), ("Söyledi", False), ("gülümsedi", None)],
)  # fmt: skip
def test_verbs_after_a_direct_quote(verb: str, fits: bool | None) -> None:
    assert follows_direct_quote(verb) is fits


def test_the_verb_finding_names_the_quote_and_a_fix() -> None:
    assert run("alinti-fiil") == []  # the sample's verbs all follow a quote
    release = sample_release()
    release.quotes[1].verb = "ifade etti"
    [finding] = run("alinti-fiil", release)
    assert finding.field == ("quotes", 1, "verb")
    assert "“diye ifade etti”" in finding.message


def test_a_block_quote_takes_any_verb() -> None:
    release = sample_release()
    quotes = [q.model_copy(update={"style": "block"}) for q in release.quotes]
    assert run("alinti-fiil", release.model_copy(update={"quotes": quotes})) == []


def test_a_quote_inside_a_quote_wants_single_marks() -> None:
    release = sample_release()
    quote = release.quotes[0].model_copy(update={"text": "Bize “yeni dönem” dediler."})
    [finding] = run("alinti-isaret", release.model_copy(update={"quotes": [quote]}))
    assert finding.field == ("quotes", 0, "text")
    assert "‘…’" in finding.message


@pytest.mark.parametrize(
    ("text", "mark"),
    [("“Açık kaldı", "“"), ("kapandı”", "”"), ("(ayraç", "("), ("ayraç)", ")"),
     ("“iyi” (güzel)", None), ("1) madde\n2) madde", None), ('"düz" tırnak', None)],
)  # fmt: skip
def test_unbalanced_marks(text: str, mark: str | None) -> None:
    assert unbalanced(text) == mark


def test_an_unbalanced_field_is_named() -> None:
    [finding] = run("isaret-denge", edited(closing="Ziyaret (iki gün sürdü."))
    assert finding.field == ("closing",)
    assert finding.message.startswith("Açılan ayraç kapanmamış")
