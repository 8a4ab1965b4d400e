"""Turkish casing, headline and sentence case, and the search fold."""

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from osbpress.turkish import capitalize_word, fold, headline_case, lower, sentence_case, upper


@pytest.mark.parametrize(
    ("text", "upper_case", "lower_case"),
    [
        ("istanbul", "İSTANBUL", "istanbul"),
        ("ığdır", "IĞDIR", "ığdır"),
        ("İzmir", "İZMİR", "izmir"),
        ("Iğdır", "IĞDIR", "ığdır"),
        ("işbirliği", "İŞBİRLİĞİ", "işbirliği"),
        ("çiğköfte şöyle", "ÇİĞKÖFTE ŞÖYLE", "çiğköfte şöyle"),
        ("Kahramanmaraş OSB’yi", "KAHRAMANMARAŞ OSB’Yİ", "kahramanmaraş osb’yi"),
    ],
)
def test_upper_and_lower_map_the_four_is(text: str, upper_case: str, lower_case: str) -> None:
    assert upper(text) == upper_case
    assert lower(text) == lower_case


def test_lower_folds_a_combining_dot_back() -> None:
    assert lower("i\u0307stanbul") == "istanbul"
    assert lower("I\u0307STANBUL") == "istanbul"


@pytest.mark.parametrize(
    ("word", "capitalised"),
    [
        ("işbirliği", "İşbirliği"),
        ("ılıca", "Ilıca"),
        ("“işte", "“İşte"),
        ("(ankara)", "(Ankara)"),
        ("2024", "2024"),
        ("", ""),
        ("iPhone", "İPhone"),
    ],
)
def test_capitalize_word(word: str, capitalised: str) -> None:
    assert capitalize_word(word) == capitalised


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (
            "JICA yetkilileri Kahramanmaraş OSB’yi ziyaret etti",
            "JICA Yetkilileri Kahramanmaraş OSB’yi Ziyaret Etti",
        ),
        ("işbirliği ve ihracat görüşüldü", "İşbirliği ve İhracat Görüşüldü"),
        ("ve sonra ile birlikte", "Ve Sonra ile Birlikte"),
        ("OSB de ki mi mu mü mı ya veya da", "OSB de ki mi mu mü mı ya veya da"),
        ("ihracat VE istihdam", "İhracat ve İstihdam"),
        ("türk-japon ar-ge işbirliği", "Türk-Japon Ar-Ge İşbirliği"),
        ("osb’yi gezdiler", "Osb’yi Gezdiler"),
        ("“yeşil dönüşüm” semineri", "“Yeşil Dönüşüm” Semineri"),
        ("bilgi www.osb.org.tr ve info@osb.org.tr", "Bilgi www.osb.org.tr ve info@osb.org.tr"),
        ("24 kasım 2024  toplantısı", "24 Kasım 2024  Toplantısı"),
        ("", ""),
    ],
)
def test_headline_case(text: str, headline: str) -> None:
    assert headline_case(text) == headline


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("işbirliği OSB’de görüşüldü", "İşbirliği OSB’de görüşüldü"),
        ("“ılık” bir gün", "“Ilık” bir gün"),
        ("2024 yılında", "2024 yılında"),
        ("  ilk satır", "  İlk satır"),
        ("", ""),
    ],
)
def test_sentence_case(text: str, sentence: str) -> None:
    assert sentence_case(text) == sentence


@pytest.mark.parametrize(
    "variants",
    [
        ("istanbul", "İSTANBUL", "Istanbul", "İstanbul", "ISTANBUL"),
        ("ığdır", "IĞDIR", "Iğdır", "igdir"),
        ("kahramanmaraş", "KAHRAMANMARAŞ", "Kahramanmaras"),
        ("OSB’yi", "OSB'yi", "osb’yi", "osb`yi"),
        ("Çağlayancerit", "caglayancerit", "ÇAĞLAYANCERİT"),
        ("Gölcük", "golcuk", "GÖLCÜK"),
        ("Celâl", "Celal", "CELAL"),
        ("José", "Jose\u0301", "JOSE"),
    ],
)
def test_fold_makes_variants_equal(variants: tuple[str, ...]) -> None:
    assert len({fold(variant) for variant in variants}) == 1


def test_fold_keys() -> None:
    assert fold("İSTANBUL") == "istanbul"
    assert fold("Kahramanmaraş OSB’yi") == "kahramanmaras osb'yi"
    assert fold("“Yeşil” – OSB") == '"yesil" - osb'


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


def _reference_fold(text: str) -> str:
    # fold as first written: every round in full, marks dropped one by one.
    from osbpress.turkish.casing import _FOLD_TABLE

    def once(text: str) -> str:
        text = unicodedata.normalize("NFKD", text.translate(_FOLD_TABLE))
        text = text.casefold().translate(_FOLD_TABLE)
        text = "".join(char for char in text if not unicodedata.combining(char))
        return unicodedata.normalize("NFC", text)

    folded = once(text)
    for _ in range(3):
        again = once(folded)
        if again == folded:
            break
        folded = again
    return folded


@given(st.one_of(st.text(), st.text(alphabet="aıiIİşŞğĞüÜöÖçÇâÂ’`“”–… \u0301\u0307xyzAB")))
def test_the_quick_fold_gives_the_reference_fold(text: str) -> None:
    assert fold(text) == _reference_fold(text)


@given(st.text())
def test_turkish_case_round_trip_keeps_letters_apart(text: str) -> None:
    assert fold(upper(text)) == fold(lower(text))
