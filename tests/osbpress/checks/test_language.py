"""The checklist speaks the interface language: advice and titles are looked up when shown.

A stand-in catalog (every message wrapped in ⟦ ⟧) shows which words went
through gettext and which stayed as the release has them; the real English
catalog is tested in tests/test_i18n.py.
"""

from __future__ import annotations

import gettext
from collections.abc import Iterator

import pytest

from osbpress import i18n
from osbpress.checks import Severity, check, rules, severity_label
from osbpress.compose import notices
from osbpress.sample import sample_profile, sample_release
from tests.osbpress.checks.conftest import TODAY, edited, run


class _Marked(gettext.NullTranslations):
    def gettext(self, message: str) -> str:
        return f"⟦{message}⟧"

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return f"⟦{singular if n == 1 else plural}⟧"


@pytest.fixture
def marked(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(i18n, "_translation", _Marked())
    yield


def test_severities_keep_their_ids_and_show_a_label() -> None:
    assert [s.value for s in Severity] == ["hata", "uyarı", "öneri"]
    assert [severity_label(s) for s in Severity] == ["hata", "uyarı", "öneri"]


def test_labels_and_titles_follow_a_language_chosen_after_import(marked: None) -> None:
    assert severity_label(Severity.UYARI) == "⟦uyarı⟧"
    titles = [rule.title for rule in rules()]
    assert all(title.startswith("⟦") and title.endswith("⟧") for title in titles)
    assert "⟦Çift boşluk yok⟧" in titles


def test_every_finding_is_one_translated_message(marked: None) -> None:
    release = edited(headline="JICA HEYETİ OSB’Yİ ZİYARET ETTİ", spot="Muhteşem  bir gün oldu.")
    found = check(release, sample_profile(), today=TODAY.replace(year=2025))
    assert found
    for finding in found:
        assert finding.message.startswith("⟦") and finding.message.endswith("⟧"), finding


def test_words_quoted_from_the_release_stay_as_typed(marked: None) -> None:
    (finding,) = run("ek-kesme", edited(spot="Heyet OSByi ziyaret etti."))
    assert "“OSByi” yerine “OSB’yi”" in finding.message
    (shout,) = run("baslik-buyuk-harf", edited(headline="JICA HEYETİ OSB’Yİ ZİYARET ETTİ"))
    assert shout.message.endswith("Şöyle yazın: “JICA Heyeti OSB’yi Ziyaret Etti”.⟧")


def test_compose_notices_are_translated(marked: None) -> None:
    release = sample_release().model_copy(update={"headline": "HEYET OSB’Yİ ZİYARET ETTİ"})
    (notice,) = [n for n in notices(release, sample_profile()) if n.field == "headline"]
    assert notice.message == "⟦Başlık tümü büyük harfle yazılmış; yazım kuralına göre düzeltildi.⟧"
