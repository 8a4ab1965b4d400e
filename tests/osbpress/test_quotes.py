"""Quotes: verbs that can follow a direct quote, speakers named once, quotes without a speaker."""

from __future__ import annotations

import pytest

from osbpress.compose import compose, notices
from osbpress.compose.quotes import quote_verb, unattributed
from osbpress.document import BlockQuote, Paragraph, plain
from osbpress.model import HouseStyle, Participant, Profile, Quote, Release, Section, Side


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("dedi", "dedi"),
        ("", "dedi"),
        ("dedi.", "dedi"),
        ("ifade etti", "ifadelerini kullandı"),
        ("İfade etti", "ifadelerini kullandı"),
        ("belirtti", "dedi"),
        ("vurguladı", "dedi"),
        ("kaydetti", "dedi"),
        ("konuştu", "diye konuştu"),
        ("ekledi", "diye ekledi"),
        ("diye konuştu", "diye konuştu"),
        ("ifadelerini kullandı", "ifadelerini kullandı"),
        ("diyerek iş birliğinin önemini vurguladı", "diyerek iş birliğinin önemini vurguladı"),
        ("sordu", "diye sordu"),
        ("Sordu.", "diye sordu"),
        ("diye sordu", "diye sordu"),
        ("sözlerini kullandı", "sözlerini kullandı"),
        ("sözlerini  kaydetti.", "sözlerini kaydetti"),
        ("şeklinde konuştu", "şeklinde konuştu"),
        ("diye  ekledi", "diye ekledi"),
        ("  dedi ", "dedi"),
        ("sözleriyle", "dedi"),
        ("diyerekten", "dedi"),
        ("diyerek ortaklarını saydı: SpaceX", "diyerek ortaklarını saydı: SpaceX"),  # only dots go
    ],
)
def test_only_verbs_that_can_follow_a_quote_are_printed(typed: str, printed: str) -> None:
    assert quote_verb(typed) == printed


def release_with(*quotes: Quote) -> tuple[Release, Participant]:
    speaker = Participant(name="Ayşe Demir", title="Bölge Müdürü", side=Side.HOST)
    return Release(participants=[speaker], quotes=list(quotes), lead="Elle giriş."), speaker


def quote_paragraphs(release: Release, profile: Profile | None = None) -> list[str]:
    doc = compose(release, profile)
    return [plain(b.runs) for b in doc.body[1:] if isinstance(b, Paragraph)]


def test_title_comes_once_then_the_surname() -> None:
    release, speaker = release_with()
    release.quotes = [
        Quote(
            speaker=speaker.id, text="Bir.", lead_in="memnuniyetini belirterek,", verb="belirtti"
        ),
        Quote(speaker=speaker.id, text="İki.", verb="ifade etti"),
    ]
    assert quote_paragraphs(release) == [
        "Bölge Müdürü Ayşe Demir, memnuniyetini belirterek, “Bir.” dedi.",
        "Demir, “İki.” ifadelerini kullandı.",
    ]


def test_a_quote_without_a_speaker_is_kept_and_attributed_to_nobody() -> None:
    release, _ = release_with(
        Quote(id="q1", speaker="silinmis", text="kalsın bu söz", lead_in="belirterek"),
        Quote(id="q2", speaker="", text="Bu da."),
    )
    assert quote_paragraphs(release) == ["“Kalsın bu söz.” denildi.", "“Bu da.” denildi."]
    assert unattributed(release) == ["q1", "q2"]
    assert [n.field for n in notices(release)] == ["quotes[0].speaker", "quotes[1].speaker"]


def test_a_block_quote_without_a_speaker_has_no_attribution() -> None:
    release, speaker = release_with()
    release.quotes = [
        Quote(speaker="silinmis", text="Sahipsiz."),
        Quote(speaker=speaker.id, text="Sahipli."),
    ]
    profile = Profile(name="OSB", style=HouseStyle(quote_style="block"))
    blocks = [b for b in compose(release, profile).body if isinstance(b, BlockQuote)]
    assert [(b.text, b.attribution) for b in blocks] == [
        ("Sahipsiz.", ""),
        ("Sahipli.", "Bölge Müdürü Ayşe Demir"),
    ]


def test_an_attributed_quote_is_not_reported() -> None:
    release, speaker = release_with()
    release.quotes = [Quote(speaker=speaker.id, text="Söz.")]
    assert unattributed(release) == [] and notices(release) == []


def test_quote_marks_the_officer_typed_are_not_doubled() -> None:
    release, speaker = release_with()
    release.quotes = [
        Quote(speaker=speaker.id, text="“teşekkür ederiz”"),
        Quote(speaker=speaker.id, text="“Yalnız açılış"),  # not enclosed: kept as typed
        Quote(speaker=speaker.id, text="“”"),  # only the marks: nothing to quote
    ]
    # The first quote is introduced as reporting; a stray opening mark inside the
    # quote nests as a single one; the default verb varies (issue 18, rule 9).
    assert quote_paragraphs(release) == [
        "Ziyarette konuşan Bölge Müdürü Ayşe Demir, “Teşekkür ederiz.” dedi.",
        "Demir, “‘Yalnız açılış.” ifadelerini kullandı.",
    ]


def test_a_lead_in_loses_only_its_trailing_comma() -> None:
    release, speaker = release_with()
    release.quotes = [Quote(speaker=speaker.id, text="Söz.", lead_in="ortağı SpaceX ,")]
    assert quote_paragraphs(release) == ["Bölge Müdürü Ayşe Demir, ortağı SpaceX, “Söz.” dedi."]


def test_a_block_quote_names_a_speaker_met_before_in_full() -> None:
    release, speaker = release_with()
    release.quotes = [
        Quote(speaker=speaker.id, text="Bir."),
        Quote(speaker=speaker.id, text="İki."),
    ]
    profile = Profile(name="OSB", style=HouseStyle(quote_style="block"))
    blocks = [b for b in compose(release, profile).body if isinstance(b, BlockQuote)]
    # The second mention would be the surname alone; an attribution needs the name.
    assert [b.attribution for b in blocks] == ["Bölge Müdürü Ayşe Demir", "Ayşe Demir"]


def test_a_quote_of_a_deleted_section_comes_once_at_the_end() -> None:
    release, speaker = release_with()
    release.sections = [Section(id="s1", heading="Üretim", body="Üretim arttı.")]
    release.quotes = [
        Quote(speaker=speaker.id, text="Bölümde.", section="s1"),
        Quote(speaker=speaker.id, text="Sahipsiz bölüm.", section="silinmis"),
    ]
    texts = quote_paragraphs(release)
    assert [t for t in texts if "“" in t] == [
        "Ziyarette konuşan Bölge Müdürü Ayşe Demir, “Bölümde.” dedi.",
        "Demir, “Sahipsiz bölüm.” ifadelerini kullandı.",
    ]
    assert texts[-1] == "Demir, “Sahipsiz bölüm.” ifadelerini kullandı."
