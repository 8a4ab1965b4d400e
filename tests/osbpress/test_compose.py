"""compose: suggestions from the facts, Turkish grammar, the officer's fields winning."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from osbpress.compose import compose, composition, notices, suggest, suggested_headline
from osbpress.document import BlockQuote, Document, Figure, Heading, ListBlock, Paragraph, plain
from osbpress.errors import MediaError, TemplateError
from osbpress.model import HouseStyle, Organisation, Profile, Quote, Release, Section
from osbpress.render import render_text
from osbpress.sample import sample_media, sample_profile, sample_release


def paragraphs(doc: Document) -> list[str]:
    return [plain(block.runs) for block in doc.body if isinstance(block, Paragraph)]


def test_sample_headline_is_suggested_in_headline_case(release: Release, profile: Profile) -> None:
    doc = compose(release, profile, media=sample_media)
    assert doc.headline == "JICA Heyeti Kahramanmaraş OSB’yi Ziyaret Etti"


def test_sample_spot_carries_the_visit_and_its_purpose(release: Release, profile: Profile) -> None:
    doc = compose(release, profile, media=sample_media)
    assert doc.spot == (
        "Japonya Uluslararası İşbirliği Ajansı (JICA) heyeti, bölgenin sanayi altyapısı ve "
        "üretim kapasitesi hakkında bilgi almak amacıyla Kahramanmaraş Organize Sanayi "
        "Bölgesini ziyaret etti."
    )


def test_sample_lead_names_the_visitors_once_without_repeating_the_date(
    release: Release, profile: Profile
) -> None:
    lead = paragraphs(compose(release, profile, media=sample_media))[0]
    assert lead == (
        "Kahramanmaraş, 24 Kasım 2024 – Kahramanmaraş OSB Müdürlüğünde JICA yetkilileri "
        "Masashi Inove, Kotoe Kuroda ve Seda Torısu’yu Kahramanmaraş OSB Müdürü Hasan Köse "
        "karşıladı. Ziyarette sanayi altyapısı, teknik iş birliği ve verimlilik projeleri "
        "konuları ele alındı."
    )


def test_sample_closing_stays_empty(release: Release, profile: Profile) -> None:
    texts = paragraphs(compose(release, profile, media=sample_media))
    assert texts[-1].startswith("Köse, “Bugünkü görüşmeyi")
    assert not any("bekleniyor" in text for text in texts)


def test_changed_facts_change_the_grammar_everywhere(release: Release) -> None:
    release.event.host = Organisation(name="Gaziantep OSB")
    release.event.guest = Organisation(
        name="Türkiye Bilimsel ve Teknolojik Araştırma Kurumu", short_name="TÜBİTAK"
    )
    release.event.when = dt.datetime(2025, 3, 6, 11, 0)
    release.release_date = dt.date(2025, 3, 6)
    release.dateline_city = "Gaziantep"
    release.participants = release.participants[1:]
    for person in release.participants:
        person.organisation = "TÜBİTAK"
    release.event.purpose = ""
    release.event.place = ""
    doc = compose(release, media=sample_media)
    assert doc.headline == "TÜBİTAK Heyeti Gaziantep OSB’yi Ziyaret Etti"
    # Nobody received them and there is no purpose: the spot says the visit and its
    # topics, the lead names the delegation.
    assert doc.spot == (
        "Türkiye Bilimsel ve Teknolojik Araştırma Kurumu (TÜBİTAK) heyeti, Gaziantep OSB’yi "
        "ziyaret ederek sanayi altyapısı, teknik iş birliği ve verimlilik projeleri konularında "
        "görüştü."
    )
    lead = paragraphs(doc)[0]
    assert lead == (
        "Gaziantep, 6 Mart 2025 – Heyette Masashi Inove, Kotoe Kuroda ve Seda Torısu yer aldı."
    )
    assert "Kahramanmaraş" not in doc.headline + doc.spot + lead


@pytest.mark.parametrize(
    ("host", "guest", "headline"),
    [
        (
            "Kocaeli Sanayi Odası",
            "KOSGEB",
            "KOSGEB Heyeti Kocaeli Sanayi Odasını Ziyaret Etti",
        ),
        ("İstanbul Dudullu OSB", "NATO", "NATO Heyeti İstanbul Dudullu OSB’yi Ziyaret Etti"),
        (
            "Gebze Plastikçiler OSB",
            "AFAD",
            "AFAD Heyeti Gebze Plastikçiler OSB’yi Ziyaret Etti",
        ),
    ],
)
def test_headline_for_other_names(release: Release, host: str, guest: str, headline: str) -> None:
    release.event.host = Organisation(name=host)
    release.event.guest = Organisation(short_name=guest)
    for person in release.participants:  # the guests now come from the new organisation
        if person.side == "guest":
            person.organisation = guest
    assert compose(release, media=sample_media).headline == headline


def test_tdk_house_style_drops_apostrophe_for_institutions(
    release: Release, profile: Profile
) -> None:
    profile.style = HouseStyle(institution_apostrophe=False)
    spot = compose(release, profile, media=sample_media).spot
    assert "Kahramanmaraş Organize Sanayi Bölgesini ziyaret" in spot


def test_straight_apostrophe_house_style(release: Release, profile: Profile) -> None:
    profile.style = HouseStyle(apostrophe="'")
    assert compose(release, profile, media=sample_media).headline.endswith("OSB'yi Ziyaret Etti")


def test_officer_fields_win_over_suggestions(release: Release, profile: Profile) -> None:
    release.headline = "Kendi başlığım"
    release.spot = "Kendi spotum."
    release.lead = "Kendi girişim.\n\nİkinci paragraf."
    release.closing = "Kendi kapanışım."
    doc = compose(release, profile, media=sample_media)
    texts = paragraphs(doc)
    assert doc.headline == "Kendi başlığım"
    assert doc.spot == "Kendi spotum."
    assert texts[0] == "Kahramanmaraş, 24 Kasım 2024 – Kendi girişim."
    assert texts[1] == "İkinci paragraf."
    assert texts[-1] == "Kendi kapanışım."
    assert not any("karşıladı" in text for text in texts)


def test_sections_quotes_lists_and_figures_in_order(release: Release, profile: Profile) -> None:
    doc = compose(release, profile, media=sample_media)
    kinds = [type(block).__name__ for block in doc.body]
    first_heading = kinds.index("Heading")
    assert isinstance(doc.body[first_heading], Heading)
    assert doc.body[first_heading].text == "Bölgenin Üretim Gücü Anlatıldı"
    assert any(isinstance(block, ListBlock) and len(block.items) == 3 for block in doc.body)
    assert isinstance(doc.body[-1], Figure)
    assert doc.body[-1].caption == "JICA heyeti, Kahramanmaraş OSB’deki tesis gezisinde"
    quote = next(t for t in paragraphs(doc) if "“" in t)
    # The lead named Köse with his title: the quotes name him by surname.
    assert quote.startswith("Köse, heyeti ağırlamaktan memnuniyet duyduklarını belirterek, “")
    assert quote.endswith("yakından gördüler.” dedi.")
    second = [t for t in paragraphs(doc) if "“" in t][1]
    assert second.startswith("Köse, “Bugünkü")
    assert second.endswith("” ifadelerini kullandı.")  # typed "ifade etti" cannot follow a quote


def test_block_quote_style(release: Release, profile: Profile) -> None:
    profile.style = HouseStyle(quote_style="block")
    quotes = [
        b for b in compose(release, profile, media=sample_media).body if isinstance(b, BlockQuote)
    ]
    assert [q.attribution for q in quotes] == ["Hasan Köse", "Hasan Köse"]
    release.lead = "Elle yazılmış giriş."  # nobody named above the quotes now
    quotes = [
        b for b in compose(release, profile, media=sample_media).body if isinstance(b, BlockQuote)
    ]
    assert [q.attribution for q in quotes] == ["Kahramanmaraş OSB Müdürü Hasan Köse", "Hasan Köse"]


def test_quote_of_removed_section_or_speaker_is_kept(release: Release) -> None:
    release.quotes = [
        Quote(speaker="yok", text="Sahipsiz söz", section="silinmiş"),
    ]
    release.photos = []
    assert "“Sahipsiz söz.” denildi." in render_text(compose(release))


def test_letterhead_contact_and_about_come_from_profile(release: Release, profile: Profile) -> None:
    doc = compose(release, profile, media=sample_media)
    assert doc.letterhead.organisation == "Kahramanmaraş Organize Sanayi Bölgesi"
    assert doc.letterhead.date_text == "24 Kasım 2024"
    assert doc.letterhead.logo == sample_media("logo.png")
    assert "basin@kahramanmarasosb.example" in doc.letterhead.contact_line
    assert doc.contact is not None and doc.contact.heading == "Ayrıntılı bilgi için:"
    assert doc.about is not None and doc.about.heading == "Kahramanmaraş OSB Hakkında"
    assert doc.meta.keywords[:2] == ("GÜNDEM", "EKONOMİ")


def test_template_syntax_typed_in_a_field_is_not_evaluated(release: Release) -> None:
    release.event.guest = Organisation(short_name="{{ 7*7 }}")
    release.sections = [Section(heading="{% raw %}", body="{{ config }} {{ 7*7 }}")]
    release.quotes = []
    release.photos = []
    text = render_text(compose(release))
    assert "{{ 7*7 }}" in text and "{{ config }}" in text and "{% raw %}" in text
    assert "49" not in text


def test_photo_without_media_source_names_the_photo(release: Release) -> None:
    with pytest.raises(MediaError, match=r"ziyaret\.jpg"):
        compose(release)


def test_unknown_kind_is_a_turkish_error(release: Release) -> None:
    release.kind = "../../etc"
    with pytest.raises(TemplateError, match="bülten türü"):
        compose(release)


@pytest.mark.parametrize("kind", ["ziyaret", "toplanti", "imza", "genel"])
def test_every_kind_composes_the_sample_facts(
    release: Release, profile: Profile, kind: str
) -> None:
    release.kind = kind
    doc = compose(release, profile, media=sample_media)
    assert doc.headline and "{" not in render_text(doc)


def test_signing_kind_reads_well(release: Release) -> None:
    release.kind = "imza"
    release.event.host = Organisation(name="Kahramanmaraş OSB")
    release.event.guest = Organisation(name="Gaziantep OSB")
    release.event.purpose = "kardeş OSB"
    release.photos = []
    doc = compose(release)
    assert (
        doc.headline
        == "Kahramanmaraş OSB ile Gaziantep OSB Arasında Kardeş OSB Protokolü İmzalandı"
    )


def test_meeting_kind_reads_well(release: Release) -> None:
    release.kind = "toplanti"
    release.event.host = Organisation(name="Kahramanmaraş OSB")
    release.event.purpose = "enerji verimliliği"
    release.photos = []
    doc = compose(release)
    assert doc.headline == "Enerji Verimliliği Kahramanmaraş OSB’de Ele Alındı"
    # The subject is said with its verb, never "… konulu bir toplantı yapıldı".
    assert doc.spot.startswith(
        "Enerji verimliliği, Kahramanmaraş OSB’nin ev sahipliğinde ve Japonya Uluslararası "
        "İşbirliği Ajansının (JICA) katılımıyla Kahramanmaraş OSB Müdürlüğünde düzenlenen "
        "toplantıda ele alındı."
    )
    assert paragraphs(doc)[0].startswith(
        "Kahramanmaraş, 24 Kasım 2024 – Toplantıya Kahramanmaraş OSB Müdürü Hasan Köse, "
    )


def test_photo_name_is_its_content_hash_whether_stored_or_on_disk(release: Release) -> None:
    data = sample_media("ziyaret.jpg")
    digest = hashlib.sha256(data).hexdigest()
    release.photos[0].image = f"sha256:{digest}"
    stored = compose(release, media=lambda ref: data).body[-1]
    release.photos[0].image = "ziyaret.jpg"
    on_disk = compose(release, media=sample_media).body[-1]
    assert isinstance(stored, Figure) and isinstance(on_disk, Figure)
    assert stored.name == on_disk.name == f"foto-01-{digest[:10]}"


def test_sample_media_names_a_missing_file() -> None:
    with pytest.raises(MediaError, match="yok"):
        sample_media("yok.png")


def test_suggest_gives_what_empty_fields_would_get(release: Release, profile: Profile) -> None:
    suggestions = suggest(release, profile)
    doc = compose(release, profile, media=sample_media)
    assert suggestions.headline == doc.headline
    assert suggestions.spot == doc.spot
    assert suggestions.lead and not suggestions.closing  # nothing invented to close with
    # Taking the suggestions over as typed text changes nothing in the output.
    typed = release.model_copy(
        update={
            "headline": suggestions.headline,
            "spot": suggestions.spot,
            "lead": suggestions.lead,
            "closing": suggestions.closing,
        }
    )
    assert compose(typed, profile, media=sample_media) == doc


def test_taking_one_suggestion_over_changes_nothing(release: Release, profile: Profile) -> None:
    doc = compose(release, profile, media=sample_media)
    for field in ("headline", "spot", "lead"):
        typed = release.model_copy(update={field: getattr(suggest(release, profile), field)})
        assert compose(typed, profile, media=sample_media) == doc, field


def test_suggest_ignores_what_the_officer_typed(release: Release, profile: Profile) -> None:
    typed = release.model_copy(update={"headline": "Elle yazılmış başlık"})
    assert suggest(typed, profile).headline != "Elle yazılmış başlık"


def test_the_headline_alone_is_the_one_suggest_gives() -> None:
    release, profile = sample_release(), sample_profile()
    assert suggested_headline(release, profile) == suggest(release, profile).headline
    release.headline = "Elle Yazılmış Başlık"
    assert suggested_headline(release, profile) == suggest(release, profile).headline
    assert suggested_headline(release, profile) != "Elle Yazılmış Başlık"


@pytest.mark.parametrize("typed", [(), ("headline",), ("spot", "lead"), ("headline", "closing")])
def test_composition_is_compose_suggest_and_notices_from_one_pass(
    release: Release, profile: Profile, typed: tuple[str, ...]
) -> None:
    release = release.model_copy(
        update={field: f"Elle yazılmış {field} metni, burada." for field in typed}
    )
    result = composition(release, profile, media=sample_media)
    assert result.document == compose(release, profile, media=sample_media)
    assert list(result.notices) == notices(release, profile)
    suggested = suggest(release, profile)
    for field in ("headline", "spot", "lead", "closing"):
        # A typed field shows no suggestion; an empty one shows exactly suggest's.
        expected = "" if field in typed else getattr(suggested, field)
        assert getattr(result.suggestions, field) == expected, field


def test_one_prose_pass_builds_the_facts_and_the_abbreviations_once(
    release: Release, profile: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The headline and compose's own spot are written apart from the reading
    # order; they reset who has been named instead of building the facts again.
    from osbpress.compose import facts, prose, typed

    calls = {"build": 0, "abbreviations_of": 0}

    def counted(module: object, name: str) -> None:
        original = getattr(module, name)

        def wrapper(*args: object, **kwargs: object) -> object:
            calls[name] += 1
            return original(*args, **kwargs)

        monkeypatch.setattr(module, name, wrapper)

    counted(prose, "build")
    counted(prose, "abbreviations_of")
    counted(facts, "abbreviations_of")
    counted(typed, "abbreviations_of")
    emptied = release.model_copy(update={"headline": "", "spot": "", "lead": "", "closing": ""})
    composition(emptied, profile, media=sample_media)
    assert calls["build"] == 1
    assert calls["abbreviations_of"] == 1
