"""``inflect``: the brief's exact expectations, house style and odd input."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from osbpress.turkish import Case, SuffixStyle, inflect, inflect_date

TDK = SuffixStyle(institution_apostrophe=False)


@pytest.mark.parametrize(
    ("name", "case", "written"),
    [
        ("OSB", Case.ACCUSATIVE, "OSB’yi"),
        ("JICA", Case.GENITIVE, "JICA’nın"),
        ("Kahramanmaraş", Case.LOCATIVE, "Kahramanmaraş’ta"),
        (
            "Japonya Uluslararası İşbirliği Ajansı",
            Case.GENITIVE,
            "Japonya Uluslararası İşbirliği Ajansı’nın",
        ),
        ("2024", Case.LOCATIVE, "2024’te"),
        ("Kahramanmaraş OSB", Case.ACCUSATIVE, "Kahramanmaraş OSB’yi"),
        ("Gaziantep OSB", Case.DATIVE, "Gaziantep OSB’ye"),
        ("TÜBİTAK", Case.GENITIVE, "TÜBİTAK’ın"),
        ("Ahmet", Case.ACCUSATIVE, "Ahmet’i"),
        ("Zonguldak", Case.DATIVE, "Zonguldak’a"),
        ("Başkent", Case.DATIVE, "Başkent’e"),
        ("Kocaeli", Case.DATIVE, "Kocaeli’ne"),
        ("Tunceli", Case.DATIVE, "Tunceli’ye"),
        ("24 Kasım", Case.LOCATIVE, "24 Kasım’da"),
    ],
)
def test_brief_examples(name: str, case: Case, written: str) -> None:
    assert inflect(name, case) == written


@pytest.mark.parametrize(
    ("name", "case", "written"),
    [
        (
            "Japonya Uluslararası İşbirliği Ajansı",
            Case.GENITIVE,
            "Japonya Uluslararası İşbirliği Ajansının",
        ),
        ("Türk Dil Kurumu", Case.ABLATIVE, "Türk Dil Kurumundan"),
        ("Sanayi ve Teknoloji Bakanlığı", Case.DATIVE, "Sanayi ve Teknoloji Bakanlığına"),
        ("Kocaeli Üniversitesi", Case.LOCATIVE, "Kocaeli Üniversitesinde"),
        (
            "Kahramanmaraş Organize Sanayi Bölgesi",
            Case.LOCATIVE,
            "Kahramanmaraş Organize Sanayi Bölgesinde",
        ),
        # abbreviations, places and people keep the apostrophe
        ("Kahramanmaraş OSB", Case.ACCUSATIVE, "Kahramanmaraş OSB’yi"),
        ("Marmara Bölgesi", Case.LOCATIVE, "Marmara Bölgesi’nde"),
        ("Ağrı Dağı", Case.DATIVE, "Ağrı Dağı’na"),
        ("Kocaeli", Case.LOCATIVE, "Kocaeli’nde"),
        ("Hasan Köse", Case.DATIVE, "Hasan Köse’ye"),
        ("Ajansı", Case.GENITIVE, "Ajansı’nın"),
    ],
)
def test_tdk_style_drops_the_apostrophe_after_institutions_only(
    name: str, case: Case, written: str
) -> None:
    assert inflect(name, case, style=TDK) == written


def test_institution_flag_forces_the_rule_either_way() -> None:
    assert inflect("Türk Telekom", Case.DATIVE, style=TDK, institution=True) == "Türk Telekoma"
    assert inflect("Türk Telekom", Case.DATIVE, style=TDK) == "Türk Telekom’a"
    assert inflect("Türk Dil Kurumu", Case.DATIVE, style=TDK, institution=False) == (
        "Türk Dil Kurumu’na"
    )
    assert inflect("TBMM", Case.DATIVE, style=TDK, institution=True) == "TBMM’ye"
    assert inflect("Kocaeli Üniversitesi (KOÜ)", Case.DATIVE, style=TDK) == (
        "Kocaeli Üniversitesi (KOÜ)’ne"
    )


def test_straight_apostrophe_style() -> None:
    straight = SuffixStyle(apostrophe="'")
    assert inflect("OSB", Case.ACCUSATIVE, style=straight) == "OSB'yi"
    assert inflect("OSB’", Case.ACCUSATIVE, style=straight) == "OSB'yi"


@pytest.mark.parametrize(
    ("name", "case", "written"),
    [
        ("", Case.ACCUSATIVE, ""),
        ("   ", Case.DATIVE, "   "),
        ("OSB.", Case.ACCUSATIVE, "OSB’yi."),
        ("OSB, ", Case.LOCATIVE, "OSB’de,"),
        ("OSB’", Case.ACCUSATIVE, "OSB’yi"),
        ("OSB'", Case.GENITIVE, "OSB’nin"),
        ("“Yeşil OSB”", Case.ACCUSATIVE, "“Yeşil OSB”yi"),
        ("‘Yeşil OSB’", Case.ACCUSATIVE, "‘Yeşil OSB’yi"),
        (
            "Japonya Uluslararası İşbirliği Ajansı (JICA)",
            Case.GENITIVE,
            "Japonya Uluslararası İşbirliği Ajansı (JICA)’nın",
        ),
        ("Yakup Kadri (Karaosmanoğlu)", Case.GENITIVE, "Yakup Kadri (Karaosmanoğlu)’nin"),
        ("Kahramanmaraş OSB (KMOSB).", Case.DATIVE, "Kahramanmaraş OSB (KMOSB)’ye."),
        ("(OSB)", Case.DATIVE, "(OSB’ye)"),
        ("Kahramanmaraş OSB 🏭", Case.LOCATIVE, "Kahramanmaraş OSB’de 🏭"),
        ("🏭", Case.LOCATIVE, "🏭"),
        ("---", Case.LOCATIVE, "---"),
        ("مرحبا", Case.DATIVE, "مرحبا"),
        ("東京", Case.DATIVE, "東京"),
        ("O'Brien", Case.DATIVE, "O'Brien’e"),
        ("José", Case.DATIVE, "José’ye"),
        ("Jose\u0301", Case.DATIVE, "Jose\u0301’ye"),
        ("km", Case.DATIVE, "km’ye"),
        ("OSB\n", Case.ACCUSATIVE, "OSB’yi"),
    ],
)
def test_odd_input_gets_a_sensible_form(name: str, case: Case, written: str) -> None:
    assert inflect(name, case) == written


def test_a_reading_makes_any_script_inflectable() -> None:
    assert inflect("東京", Case.DATIVE, reading="tokyo") == "東京’ya"
    assert inflect("القاهرة", Case.LOCATIVE, reading="kahire") == "القاهرة’de"
    assert inflect("İSTANBUL", Case.LOCATIVE) == "İSTANBUL’da"
    assert inflect("KOCAELİ", Case.LOCATIVE) == "KOCAELİ’nde"


@given(st.text(), st.sampled_from(list(Case)), st.one_of(st.none(), st.text()))
def test_inflect_never_raises(name: str, case: Case, reading: str | None) -> None:
    assert isinstance(inflect(name, case, reading=reading), str)


@given(st.from_regex(r"[A-Za-zÇĞİÖŞÜçğıöşü]{1,12}", fullmatch=True), st.sampled_from(list(Case)))
def test_a_plain_name_is_kept_and_extended(name: str, case: Case) -> None:
    written = inflect(name, case)
    assert written.startswith(name + "’")
    assert len(written) > len(name) + 1


def test_dates_take_suffixes_by_their_last_spoken_word() -> None:
    day = dt.date(2024, 11, 24)
    assert inflect_date(day, Case.LOCATIVE) == "24 Kasım’da"
    assert inflect_date(day, Case.LOCATIVE, year=True) == "24 Kasım 2024’te"
    assert inflect_date(dt.date(2025, 2, 1), Case.ABLATIVE) == "1 Şubat’tan"
    assert inflect_date(dt.date(2025, 9, 1), Case.DATIVE) == "1 Eylül’e"


@pytest.mark.parametrize(
    ("name", "case", "written"),
    [
        ("ABC Tekstil A.Ş.", Case.DATIVE, "ABC Tekstil A.Ş.’ye"),
        ("ABC Tekstil A.Ş.", Case.GENITIVE, "ABC Tekstil A.Ş.’nin"),
        ("T.C.", Case.LOCATIVE, "T.C.’de"),
        ("Sanko Tekstil Ltd. Şti.", Case.DATIVE, "Sanko Tekstil Ltd. Şti.’ye"),
        ("OSB.", Case.DATIVE, "OSB’ye."),
        ("OSB’ler", Case.DATIVE, "OSB’lere"),
        ("OSB’ler", Case.GENITIVE, "OSB’lerin"),
        ("2024’ün", Case.LOCATIVE, "2024’ünde"),
    ],
)
def test_dotted_abbreviations_and_names_already_suffixed(
    name: str, case: Case, written: str
) -> None:
    assert inflect(name, case) == written
