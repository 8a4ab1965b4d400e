"""Printable as is (issue 18): each rule an editor still applied, shown by a draft with the
fault and the sentence expected. Drafts are small and made up; the golden corpus holds
whole releases, the agreement with the checklist is in ``checks/test_agreement.py``.
"""

from __future__ import annotations

import datetime as dt

from osbpress.compose import compose
from osbpress.compose.headlines import HEADLINE_MAX, pick
from osbpress.compose.places import locative_place
from osbpress.compose.signing import agreement
from osbpress.model import Event, Organisation, Participant, Quote, Release, Section, Side
from osbpress.turkish import SuffixStyle
from tests.osbpress.test_compose_rules import DAY, KAYSERI, body, guest, host, text, visit

GAZIANTEP_OSB = Organisation(name="Gaziantep Organize Sanayi Bölgesi", short_name="Gaziantep OSB")
GAUN = Organisation(name="Gaziantep Üniversitesi", short_name="GAÜN")


def signing_with_governor() -> Release:
    """The issue's measurement: a university and an OSB sign, the governor attends,
    two quotes, typed as a new user would (venue in lower case, "İlçe / İl")."""
    return Release(
        kind="imza",
        dateline_city="Gaziantep",
        release_date=DAY,
        event=Event(
            when=dt.datetime(2025, 3, 6, 10, 30),
            place="toplantı salonu",
            city="Şehitkamil / Gaziantep",
            host=GAZIANTEP_OSB,
            guest=GAUN,
            purpose="meslek yüksekokulu öğrencilerinin OSB firmalarında dual eğitim alması",
            topics=["staj olanakları", "ortak laboratuvar kurulması"],
        ),
        participants=[
            Participant(
                id="r",
                name="Arif Özaydın",
                title="Rektör",
                organisation="GAÜN",
                side=Side.GUEST,
                signatory=True,
            ),
            Participant(
                id="b",
                name="Adil Konukoğlu",
                title="Yönetim Kurulu Başkanı",
                organisation="Gaziantep OSB",
                side=Side.HOST,
                signatory=True,
            ),
            Participant(
                id="m",
                name="Mehmet Karagöz",
                title="Bölge Müdürü",
                organisation="Gaziantep OSB",
                side=Side.HOST,
            ),
            Participant(
                id="v",
                name="Kemal Çeber",
                title="Gaziantep Valisi",
                organisation="Gaziantep Valiliği",
                side=Side.OTHER,
            ),
        ],
        quotes=[
            Quote(
                speaker="b",
                text="Sanayicimizin aradığı nitelikli gençleri birlikte yetiştireceğiz.",
            ),
            Quote(speaker="r", text="Öğrencilerimiz teoriyi fabrikada uygulayarak öğrenecek."),
        ],
    )


def test_the_signing_with_a_governor_comes_out_as_an_editor_prints_it() -> None:
    doc = compose(signing_with_governor())
    assert doc.headline == (
        "Gaziantep OSB ile Gaziantep Üniversitesi Arasında İş Birliği Protokolü İmzalandı"
    )
    assert doc.spot == (
        "Gaziantep Organize Sanayi Bölgesi ile Gaziantep Üniversitesi (GAÜN) arasında meslek "
        "yüksekokulu öğrencilerinin OSB firmalarında dual eğitim almasına yönelik iş birliği "
        "protokolü imzalandı. Protokol, staj olanakları ve ortak laboratuvar kurulması "
        "alanlarını kapsıyor."
    )
    assert body(doc) == [
        "Toplantı salonunda düzenlenen ve Gaziantep Valisi Kemal Çeber’in de katıldığı törende "
        "iş birliği protokolünü GAÜN Rektörü Arif Özaydın ve Gaziantep OSB Yönetim Kurulu "
        "Başkanı Adil Konukoğlu imzaladı. Törene ayrıca Gaziantep OSB Bölge Müdürü Mehmet "
        "Karagöz katıldı.",
        "Törende konuşan Konukoğlu, “Sanayicimizin aradığı nitelikli gençleri birlikte "
        "yetiştireceğiz.” dedi.",
        "Özaydın da, “Öğrencilerimiz teoriyi fabrikada uygulayarak öğrenecek.” ifadelerini "
        "kullandı.",
    ]


# 1. The organisation once before a title


def test_a_title_that_names_its_organisation_gets_no_organisation_before_it() -> None:
    mayor = guest("Ali Veli", "Afyonkarahisar Belediye Başkanı", org="Afyonkarahisar Belediyesi")
    release = visit(mayor, guest=Organisation(name="Afyonkarahisar Belediyesi"), purpose="x")
    assert text(compose(release)).startswith("Afyonkarahisar Belediye Başkanı Ali Veli, ")


def test_a_title_opening_with_the_organisations_own_word_is_completed_once() -> None:
    deputy = host("Cem Ak", "OSB Yönetim Kurulu Başkan Vekili")
    release = visit(guest("Ali Can"), deputy, purpose="x")
    assert "Can’ı Kayseri OSB Yönetim Kurulu Başkan Vekili Cem Ak karşıladı." in text(
        compose(release)
    )


# 2. Rank across sides


def test_one_who_outranks_the_signatories_opens_the_ceremony() -> None:
    lead = body(compose(signing_with_governor()))[0]
    assert lead.index("Valisi") < lead.index("Rektörü")
    assert "Törene ayrıca Gaziantep Valisi" not in lead


def test_one_who_outranks_the_hosts_is_no_afterthought_of_a_visit() -> None:
    governor = Participant(name="Ayla Er", title="Kayseri Valisi", side=Side.OTHER)
    release = visit(guest("Ali Can"), host("Cem Ak", "Bölge Müdürü"), governor, purpose="x")
    assert body(compose(release))[0] == (
        "Kayseri Valisi Ayla Er’in de katıldığı ziyarette Can’ı Kayseri OSB Bölge Müdürü "
        "Cem Ak karşıladı."
    )


def test_a_visit_to_an_office_keeps_the_visitor_as_the_subject_and_says_it_once() -> None:
    governor = Participant(name="Aylin Ekinci", title="Vali", side=Side.HOST)
    release = visit(
        guest("Ayşe Demir", "Yönetim Kurulu Başkanı"),
        governor,
        host=Organisation(name="Kayseri Valiliği"),
        purpose="x",
    )
    composed = text(compose(release))
    assert "Kayseri Valisi Aylin Ekinci’yi makamında ziyaret etti." in composed
    assert composed.count("ziyaret") == 1 and "kabul etti" not in composed


# 3. What was signed


def test_a_purpose_clause_becomes_what_the_protocol_is_for() -> None:
    clause = agreement("öğrencilerin dual eğitim alması", "iş birliği")
    assert clause.name == "öğrencilerin dual eğitim almasına yönelik iş birliği protokolü"
    assert clause.headline == "iş birliği protokolü"
    assert agreement("kardeş OSB", "iş birliği").accusative == "kardeş OSB protokolünü"
    named = agreement("Ar-Ge İş Birliği Protokolü", "iş birliği")
    assert (named.name, named.accusative) == (
        "Ar-Ge İş Birliği Protokolü",
        "Ar-Ge İş Birliği Protokolünü",
    )


# 4. Places


def test_a_common_noun_venue_takes_no_apostrophe_and_the_slash_goes() -> None:
    style = SuffixStyle()
    assert locative_place("toplantı salonu", "", "Gaziantep", style) == "toplantı salonunda"
    assert locative_place("yönetim binası", "Şehitkamil / Gaziantep", "Gaziantep", style) == (
        "yönetim binasında"
    )
    assert locative_place("yönetim binası", "Şehitkamil / Gaziantep", "Ankara", style) == (
        "Gaziantep’in Şehitkamil ilçesindeki yönetim binasında"
    )
    assert locative_place("Gebze OSB Salonu", "Gebze", "Kocaeli", style) == "Gebze OSB Salonunda"


# 5. Short names


def test_a_short_name_sharing_the_names_first_words_gets_no_brackets() -> None:
    release = visit(guest("Ali Can"), purpose="bilgi almak")
    composed = text(compose(release))
    assert "(OSB)" not in composed
    assert "Kayseri Organize Sanayi Bölgesini ziyaret etti" in composed


# 6. Officialese


def test_a_meeting_says_its_subject_with_a_verb() -> None:
    release = visit(host("Cem Ak", "Bölge Müdürü"), purpose="enerji verimliliği")
    release.kind = "toplanti"
    release.event.guest = Organisation()
    doc = compose(release)
    assert "konulu" not in doc.headline + doc.spot
    assert doc.spot == (
        "Enerji verimliliği, Kayseri Organize Sanayi Bölgesinin ev sahipliğinde düzenlenen "
        "toplantıda ele alındı."
    )


# 7. Headlines


def test_a_headline_never_passes_100_characters_nor_cuts_a_word() -> None:
    long = "çok " * 40 + "uzun"
    assert pick([long, "Kısa Başlık"]) == "Kısa Başlık"
    release = signing_with_governor()
    release.event.purpose = (
        "Organize Sanayi Bölgelerinde Dual Mesleki Eğitim ve Staj İş Birliği Protokolü"
    )
    headline = compose(release).headline
    assert len(headline) <= HEADLINE_MAX and headline.endswith("Protokolü İmzalandı")


def test_a_headline_names_a_local_abbreviation_nationally() -> None:
    izmir = Organisation(name="İzmir Atatürk Organize Sanayi Bölgesi", short_name="İAOSB")
    release = visit(guest("Anna Weber", org="UNIDO"), host=izmir)
    release.event.guest = Organisation(
        name="Birleşmiş Milletler Sınai Kalkınma Örgütü", short_name="UNIDO"
    )
    assert compose(release).headline == "UNIDO’dan İzmir Atatürk OSB’ye Ziyaret"


def test_a_headline_never_puts_a_bare_title_before_a_surname() -> None:
    release = visit(guest("Nihat Uçar", "Başkan", org="OSBÜK"))
    release.event.guest = Organisation(
        name="Organize Sanayi Bölgeleri Üst Kuruluşu", short_name="OSBÜK"
    )
    assert compose(release).headline == "OSBÜK Başkanı Uçar’dan Kayseri OSB’ye Ziyaret"


# 8. The spot


def test_the_spot_is_never_missing_and_never_said_again() -> None:
    release = visit(guest("Ali Can"))
    release.kind = "genel"
    release.sections = [Section(body="Kayseri OSB’de yeni arıtma tesisi açıldı. Tesis 40 hektar.")]
    doc = compose(release)
    assert doc.spot == "Kayseri OSB’de yeni arıtma tesisi açıldı."
    assert "arıtma tesisi açıldı" not in " ".join(body(doc))


# 9. Quotes as reporting


def test_quotes_are_introduced_vary_their_verbs_and_nest_single_marks() -> None:
    release = visit(host("Cem Ak", "Bölge Müdürü"), guest("Ali Can"), purpose="x")
    release.quotes = [
        Quote(speaker=release.participants[0].id, text="Bize “hoş geldiniz” dediler."),
        Quote(speaker=release.participants[0].id, text="Çalışmalar sürüyor."),
        Quote(speaker=release.participants[1].id, text="Teşekkür ederiz."),
    ]
    texts = body(compose(release))[1:]
    assert texts == [
        "Ziyarette konuşan Ak, “Bize ‘hoş geldiniz’ dediler.” dedi.",
        "Ak, “Çalışmalar sürüyor.” ifadelerini kullandı.",
        "Can da, “Teşekkür ederiz.” diye konuştu.",
    ]


# 10. Titles in lists


def test_a_possessive_title_without_its_owner_is_written_plain() -> None:
    release = visit(
        host("Cem Ak", "Bölge Müdürü"),
        Participant(name="Ayşe Kaya", title="Genel Sekreteri", side=Side.OTHER),
        guest("Ali Can"),
        purpose="x",
    )
    assert "Genel Sekreter Ayşe Kaya" in text(compose(release))


# 11. Hurried input


def test_a_name_typed_in_lower_case_is_printed_and_kept_whole_in_the_pdf() -> None:
    release = visit(guest("ahmet yılmaz", "Proje Müdürü"), purpose="x")
    doc = compose(release)
    assert "Ahmet Yılmaz" in text(doc) and "ahmet" not in text(doc)
    assert "Ahmet Yılmaz" in doc.meta.proper_names


def test_an_academic_title_in_the_name_leaves_the_surname_for_later() -> None:
    rector = guest("Prof. Dr. Arif Özaydın", "Rektör", org="Gaziantep OSB")
    release = visit(rector, host("Cem Ak", "Bölge Müdürü"), purpose="x")
    release.quotes = [Quote(speaker=rector.id, text="Teşekkürler.")]
    assert body(compose(release))[-1] == "Ziyarette konuşan Özaydın, “Teşekkürler.” dedi."


def test_a_guest_of_another_organisation_is_not_put_in_the_delegation() -> None:
    mp = guest("Nur Er", "Kayseri Milletvekili", org="TBMM")
    release = visit(guest("Ali Can", "Müdür"), guest("Ece Su"), mp, host("Cem Ak", "Bölge Müdürü"))
    release.event.purpose = "x"
    composed = text(compose(release))
    assert "Heyette ayrıca Ece Su yer aldı." in composed
    assert "Heyette ayrıca Kayseri Milletvekili" not in composed
    assert "Kayseri Milletvekili Nur Er" in composed
    assert KAYSERI.short_name in composed


def test_people_of_one_title_share_it_in_the_plural() -> None:
    mps = [
        Participant(name=name, title="Kayseri Milletvekili", side=Side.OTHER)
        for name in ("Ömer Kılıç", "Fatma Yurt")
    ]
    release = visit(host("Cem Ak", "Yönetim Kurulu Başkanı"), *mps, purpose="enerji verimliliği")
    release.kind = "toplanti"
    release.event.guest = Organisation()
    assert body(compose(release))[0] == (
        "Toplantıya Kayseri Milletvekilleri Ömer Kılıç ile Fatma Yurt ve Kayseri OSB Yönetim "
        "Kurulu Başkanı Cem Ak katıldı."
    )


def test_the_protocols_own_name_is_what_was_signed() -> None:
    release = signing_with_governor()
    release.event.agreement = "Dual Eğitim İş Birliği Protokolü"
    doc = compose(release)
    assert doc.headline == (
        "Gaziantep OSB ile Gaziantep Üniversitesi Arasında Dual Eğitim İş Birliği Protokolü "
        "İmzalandı"
    )
    assert "dual eğitim almasına yönelik Dual Eğitim İş Birliği Protokolü imzalandı." in doc.spot
    assert "törende Dual Eğitim İş Birliği Protokolünü GAÜN Rektörü" in body(doc)[0]


def test_topics_a_section_lists_are_not_said_again_above_it() -> None:
    release = signing_with_governor()
    release.sections = [
        Section(
            heading="Protokolün Kapsamı", body="Staj olanakları ve ortak laboratuvar kurulması."
        )
    ]
    assert "kapsıyor" not in compose(release).spot
    release.sections = []
    assert "Protokol, staj olanakları" in compose(release).spot


def test_names_typed_in_lower_case_are_never_hyphenated_in_the_pdf() -> None:
    # Read back from the PDF: before, "meh-met" and "hacıos-manoğlu" broke at line ends.
    import io

    from pypdf import PdfReader

    from osbpress.render import render_pdf

    names = ["ahmet yılmaz", "mehmet karaoğlanoğlu", "muhammet emin hacıosmanoğlu"]
    people = [Participant(name=n, title="Yönetim Kurulu Üyesi", side=Side.OTHER) for n in names]
    release = visit(*(people * 4), purpose="enerji verimliliği")
    release.kind = "toplanti"
    pdf = PdfReader(io.BytesIO(render_pdf(compose(release), deterministic=True)))
    lines = "\n".join(page.extract_text() for page in pdf.pages).splitlines()
    cut = [line.split()[-1] for line in lines if line.endswith("-") and line.strip() != "-SON-"]
    printed = {word for name in names for word in name.title().split()}
    assert not [word for word in cut if any(p.startswith(word[:-1]) for p in printed)]


def test_one_academic_guest_comes_from_the_university_not_as_its_yetkilisi() -> None:
    university = Organisation(name="Sivas Cumhuriyet Üniversitesi", short_name="SCÜ")
    academic = guest("Prof. Dr. Arif Özaydın", org="SCÜ")
    release = visit(academic, host("Cem Ak", "Bölge Müdürü"), guest=university, purpose="x")
    assert compose(release).spot.startswith(
        "Sivas Cumhuriyet Üniversitesinden (SCÜ) Prof. Dr. Arif Özaydın, x amacıyla"
    )
