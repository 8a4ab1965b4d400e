"""The newsroom rules compose follows, each shown by a draft with the fault and the sentence expected.

Titles and people, protocol order, nothing invented, each fact once, number
agreement, places, spelling and punctuation, typed input, foreign short names
(issue 9). Drafts here are small and made up; the golden corpus holds whole
releases.
"""

from __future__ import annotations

import datetime as dt

from osbpress.compose import compose, notices, suggest
from osbpress.document import Document, Heading, Paragraph, plain
from osbpress.model import (
    Event,
    HouseStyle,
    Organisation,
    Participant,
    Profile,
    Quote,
    Release,
    Section,
    Side,
)

DAY = dt.date(2025, 3, 6)
GAZIANTEP = Organisation(name="Gaziantep Organize Sanayi Bölgesi", short_name="Gaziantep OSB")
KAYSERI = Organisation(name="Kayseri Organize Sanayi Bölgesi", short_name="Kayseri OSB")


def visit(*people: Participant, **event: object) -> Release:
    fields: dict[str, object] = {"when": dt.datetime(2025, 3, 6, 10), "host": KAYSERI}
    fields["guest"] = GAZIANTEP
    fields.update(event)
    return Release(
        kind="ziyaret",
        dateline_city="Kayseri",
        release_date=DAY,
        event=Event.model_validate(fields),
        participants=list(people),
    )


def guest(name: str, title: str = "", org: str = "Gaziantep OSB") -> Participant:
    return Participant(name=name, title=title, organisation=org, side=Side.GUEST)


def host(name: str, title: str = "", org: str = "Kayseri OSB") -> Participant:
    return Participant(name=name, title=title, organisation=org, side=Side.HOST)


def body(doc: Document) -> list[str]:
    """The body paragraphs without the dateline (which stands alone when the spot said all)."""
    texts = [plain(b.runs) for b in doc.body if isinstance(b, Paragraph)]
    if not texts:
        return []
    first = texts[0].split(" – ", 1)[1] if " – " in texts[0] else ""
    return [t for t in (first, *texts[1:]) if t]


def text(doc: Document) -> str:
    return " ".join([doc.spot, *body(doc)])


# 1. Titles and people


def test_a_titled_guest_is_named_with_the_title_never_as_yetkilisi() -> None:
    doc = compose(visit(guest("Ayşe Demir", "Yönetim Kurulu Başkanı"), purpose="bilgi almak"))
    assert text(doc).startswith(
        "Gaziantep Organize Sanayi Bölgesi Yönetim Kurulu Başkanı Ayşe Demir, "
    )
    assert "yetkili" not in text(doc)


def test_the_senior_guest_leads_the_headline_else_the_organisation() -> None:
    led = compose(visit(guest("Ayşe Demir", "Yönetim Kurulu Başkanı"), guest("Ali Can")))
    # Never a bare title ("Başkan Demir’den": which Başkan?): organisation and title.
    assert led.headline == "Gaziantep OSB Başkanı Demir’den Kayseri OSB’ye Ziyaret"
    untitled = compose(visit(guest("Ali Can"), guest("Elif Su")))
    assert untitled.headline == "Gaziantep OSB Heyeti Kayseri OSB’yi Ziyaret Etti"


def test_a_title_no_headline_puts_before_a_surname_leaves_it_to_the_organisation() -> None:
    # "Müdür Berger’den …" or "Uzman Su’dan …" is not how a newsroom writes it.
    one = compose(visit(guest("Thomas Berger", "Proje Müdürü")))
    assert one.headline == "Gaziantep OSB’den Kayseri OSB’ye Ziyaret"
    several = compose(visit(guest("Thomas Berger", "Proje Müdürü"), guest("Elif Su", "Uzman")))
    assert several.headline == "Gaziantep OSB Heyeti Kayseri OSB’yi Ziyaret Etti"
    governor = compose(visit(guest("Ali Can", "Kayseri Valisi"), guest("Elif Su", "Uzman")))
    assert governor.headline == "Kayseri Valisi Can’dan Kayseri OSB’ye Ziyaret"


def test_later_mentions_use_the_surname_only() -> None:
    demir = guest("Ayşe Demir", "Yönetim Kurulu Başkanı")
    release = visit(demir, host("Cem Ak", "Bölge Müdürü"), purpose="bilgi almak")
    release.quotes = [Quote(speaker=demir.id, text="Verimli bir ziyaret oldu.")]
    texts = body(compose(release))
    assert texts[0] == "Demir’i Kayseri OSB Bölge Müdürü Cem Ak karşıladı."
    # The first quote of a speaker is introduced as reporting.
    assert texts[1] == "Ziyarette konuşan Demir, “Verimli bir ziyaret oldu.” dedi."


def test_a_standalone_title_takes_its_organisation_on_first_mention() -> None:
    release = visit(guest("Ayşe Demir", "Başkan"))
    assert "Gaziantep Organize Sanayi Bölgesi Başkanı Ayşe Demir" in text(compose(release))


def test_a_repeated_organisation_is_written_once_in_a_list() -> None:
    release = visit(
        guest("Ali Can"),
        host("Cem Ak", "Yönetim Kurulu Başkanı"),
        host("Nur Er", "Bölge Müdürü"),
    )
    assert "Kayseri OSB Yönetim Kurulu Başkanı Cem Ak ve Bölge Müdürü Nur Er karşıladı." in (
        text(compose(release))
    )


# 2. Protocol order


def test_participants_of_a_side_follow_protocol_rank() -> None:
    release = visit(
        guest("Ali Can"),
        host("Nur Er", "Bölge Müdürü"),
        host("Cem Ak", "Yönetim Kurulu Başkanı"),
        host("Efe Ok", "Yönetim Kurulu Başkan Vekili"),
    )
    sentence = next(t for t in body(compose(release)) if "karşıladı" in t)
    assert sentence.index("Cem Ak") < sentence.index("Efe Ok") < sentence.index("Nur Er")


def test_the_officers_own_order_wins_when_set_by_hand() -> None:
    release = visit(
        guest("Ali Can"),
        host("Nur Er", "Bölge Müdürü"),
        host("Cem Ak", "Yönetim Kurulu Başkanı"),
    )
    release.manual_order = True
    sentence = next(t for t in body(compose(release)) if "karşıladı" in t)
    assert sentence.index("Nur Er") < sentence.index("Cem Ak")


# 3. Nothing invented


def test_no_default_sentences_and_a_spot_that_says_only_the_facts() -> None:
    # No purpose, no topics, nobody received them: the spot says the visit, nothing more,
    # and the body does not say it again.
    doc = compose(visit(guest("Ali Can")))
    assert doc.spot == (
        "Gaziantep Organize Sanayi Bölgesi yetkilisi Ali Can, Kayseri Organize Sanayi "
        "Bölgesini ziyaret etti."
    )
    assert body(doc) == []


def test_only_signatories_sign_others_attend() -> None:
    release = visit(
        host("Cem Ak", "Yönetim Kurulu Başkanı"),
        guest("Ayşe Demir", "Yönetim Kurulu Başkanı"),
        host("Nur Er", "Bölge Müdürü"),
        purpose="kardeş OSB",
    )
    release.kind = "imza"
    release.participants[0].signatory = release.participants[1].signatory = True
    texts = " ".join(body(compose(release)))
    assert (
        "Kardeş OSB protokolünü Kayseri OSB Yönetim Kurulu Başkanı Cem Ak ve Gaziantep OSB Yönetim Kurulu "
        "Başkanı Ayşe Demir imzaladı. Törene ayrıca Kayseri OSB Bölge Müdürü Nur Er katıldı."
    ) in texts


def test_nobody_signs_when_nobody_is_marked() -> None:
    release = visit(host("Cem Ak", "Yönetim Kurulu Başkanı"), purpose="kardeş OSB")
    release.kind = "imza"
    doc = compose(release)
    assert "imzaladı" not in text(doc)
    assert "Törene Kayseri OSB Yönetim Kurulu Başkanı Cem Ak katıldı." in text(doc)


def test_an_empty_closing_stays_empty() -> None:
    for kind in ("ziyaret", "toplanti", "imza"):
        release = visit(guest("Ali Can"), purpose="x", topics=["y"])
        release.kind = kind
        assert suggest(release).closing == ""


# 4. Each fact once


def test_the_lead_leaves_the_date_to_the_dateline() -> None:
    doc = compose(visit(guest("Ali Can")))
    assert "6 Mart 2025" not in text(doc)


def test_an_event_on_another_day_is_dated_once() -> None:
    release = visit(guest("Ali Can"), when=dt.datetime(2025, 3, 5, 10))
    assert text(compose(release)).count("5 Mart 2025’te") == 1


def test_full_name_once_then_the_short_name_never_before() -> None:
    release = visit(guest("Ali Can"), host("Cem Ak", "Bölge Müdürü"), purpose="bilgi almak")
    doc = compose(release)
    all_text = text(doc)
    assert all_text.count("Kayseri Organize Sanayi Bölgesi") == 1
    assert all_text.index("Kayseri Organize Sanayi Bölgesi") < all_text.index("Kayseri OSB")


def test_a_full_name_typed_in_the_spot_counts_as_the_first_mention() -> None:
    release = visit(guest("Ali Can"), host("Cem Ak", "Bölge Müdürü"))
    release.spot = "Gaziantep Organize Sanayi Bölgesi (OSB) heyeti Kayseri’deydi."
    assert "Gaziantep OSB yetkilisi Ali Can" in text(compose(release))


def test_spot_and_lead_do_not_share_a_sentence_pattern() -> None:
    release = visit(guest("Ali Can"), host("Cem Ak", "Bölge Müdürü"), purpose="bilgi almak")
    doc = compose(release)
    assert "ziyaret etti" in doc.spot and "ziyaret etti" not in " ".join(body(doc))
    meeting = release.model_copy(update={"kind": "toplanti"})
    doc = compose(meeting)
    assert "bir toplantı düzenledi" in doc.spot and "düzenle" not in " ".join(body(doc))


# 5. Number agreement


def test_one_guest_is_received_by_name_several_as_a_delegation() -> None:
    one = compose(visit(guest("Ali Can"), host("Cem Ak", "Bölge Müdürü"), purpose="x"))
    assert "Can’ı Kayseri OSB Bölge Müdürü Cem Ak karşıladı." in text(one)
    two = visit(guest("Ayşe Demir", "Başkan"), guest("Ali Can"), host("Cem Ak", "Müdür"))
    two.event.purpose = "x"
    assert "Heyeti Kayseri OSB Müdürü Cem Ak karşıladı." in text(compose(two))


def test_a_governor_receives_in_office() -> None:
    release = visit(
        guest("Ayşe Demir", "Yönetim Kurulu Başkanı"),
        Participant(name="Aylin Ekinci", title="Vali", side=Side.HOST),
        host=Organisation(name="Kayseri Valiliği"),
        purpose="x",
    )
    # The visitor stays the subject; the visit is said once, not "… ziyaret etti. X, … kabul etti."
    composed = text(compose(release))
    assert (
        "Ayşe Demir, x amacıyla Kayseri Valisi Aylin Ekinci’yi makamında ziyaret etti." in composed
    )
    assert "kabul etti" not in composed


# 7. Places


def test_venue_and_city_make_one_place() -> None:
    release = visit(guest("Ali Can"), place="Ticaret Odası Toplantı Salonu", city="Çorum")
    release.kind = "toplanti"
    assert "Çorum’daki Ticaret Odası Toplantı Salonunda düzenlenen" in text(compose(release))
    release.event.city = "Kayseri"  # the dateline's city: not said again
    assert "Ticaret Odası Toplantı Salonunda düzenlenen" in text(compose(release))
    assert "Kayseri’deki" not in text(compose(release))


def test_a_district_that_is_a_compound_takes_the_buffer_n() -> None:
    release = visit(guest("Ali Can"), city="Kuşadası")
    release.kind = "toplanti"
    assert "Kuşadası’nda düzenlenen toplantıya" in text(compose(release))


# 8. Spelling and punctuation


def test_compound_spelling_follows_the_house_style() -> None:
    release = visit(guest("Ali Can"))
    release.kind = "imza"
    assert "İş Birliği Protokolü" in compose(release).headline
    house = Profile(name="Kayseri OSB", style=HouseStyle(compound_spelling="işbirliği"))
    assert "İşbirliği Protokolü" in compose(release, house).headline


def test_a_typed_period_is_not_doubled_into_the_sentence() -> None:
    release = visit(guest("Ali Can"), purpose="bölgeyi tanımak.")
    assert "Ali Can, bölgeyi tanımak amacıyla Kayseri" in text(compose(release))
    assert [n.field for n in notices(release)] == ["event.purpose"]


# 9. Typed input


def test_capitals_and_lower_case_are_brought_to_the_house_case() -> None:
    release = visit(guest("ayşe demir", "YÖNETİM KURULU BAŞKANI"), purpose="x")
    release.headline = "GAZİANTEP OSB HEYETİ KAYSERİ OSB’Yİ ZİYARET ETTİ"
    release.sections = [Section(heading="IĞDIR VE İSTANBUL İLE İŞ BİRLİĞİ")]
    doc = compose(release)
    assert doc.headline == "Gaziantep OSB Heyeti Kayseri OSB’yi Ziyaret Etti"
    assert Heading("Iğdır ve İstanbul ile İş Birliği") in doc.body
    assert "Yönetim Kurulu Başkanı Ayşe Demir, x amacıyla" in text(doc)
    fields = [n.field for n in notices(release)]
    assert fields == [
        "headline",
        "sections[0].heading",
        "participants[0].name",
        "participants[0].title",
    ]


def test_headings_typed_in_lower_case_take_the_house_case() -> None:
    release = visit(guest("Ali Can"))
    release.sections = [Section(heading="ığdır ile istanbul arasında", body="Metin.")]
    headings = [b.text for b in compose(release).body if isinstance(b, Heading)]
    assert headings == ["Iğdır ile İstanbul Arasında"]


def test_mixed_case_is_left_as_typed() -> None:
    release = visit(guest("Ali Can"))
    release.headline = "iPhone üreticisi OSB’de"
    assert compose(release).headline == "iPhone üreticisi OSB’de"
    assert notices(release) == []


# 10. Foreign short names


def test_a_foreign_guests_latin_i_is_read_as_i() -> None:
    release = visit(
        guest("Lena Vogel", org="GIZ"),
        guest=Organisation(name="Alman Uluslararası İşbirliği Kurumu", short_name="GIZ"),
    )
    release.event.guest.country = "Almanya"
    assert compose(release).headline == "GIZ’den Kayseri OSB’ye Ziyaret"
    release.event.guest.reading = "gız"  # the officer's reading wins
    assert compose(release).headline == "GIZ’dan Kayseri OSB’ye Ziyaret"
